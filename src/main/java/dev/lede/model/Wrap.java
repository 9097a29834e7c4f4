package dev.lede.model;

/** Stepping through a list that wraps around at either end, and the line that says it did. */
record Wrap(int index, boolean wrapped) {

    /**
     * @param current   the index now, or -1 for none (then forward starts at the first, backward at the last)
     * @param direction +1 or -1
     * @param size      the list's size, at least 1
     */
    static Wrap step(int current, int direction, int size) {
        int target = current < 0 ? (direction > 0 ? 0 : size - 1) : current + direction;
        return new Wrap(Math.floorMod(target, size), current >= 0 && (target < 0 || target >= size));
    }

    /** "last quote: back to the first" (forward) or "first quote: on to the last" (backward). */
    static String notice(String what, int direction) {
        return direction > 0 ? "last " + what + ": back to the first" : "first " + what + ": on to the last";
    }
}
