package dev.lede.nlp;

/**
 * The sieve's answer for one quote: the speaking entity's index (-1 for none) and the pass that decided,
 * or null when no pass did.
 */
record Attribution(int speaker, SpeakerPass pass) {
    static final Attribution UNDECIDED = new Attribution(-1, null);
}
