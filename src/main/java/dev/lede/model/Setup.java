package dev.lede.model;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a session is given by the app when it starts and what never changes during it.
 *
 * @param themes      the theme names {@code t} cycles through
 * @param colours     false without colour (NO_COLOR, TERM=dumb): {@code t} then only says so
 * @param writesFiles false for a remote session, which may not write files on this machine
 * @param exportFile  the file name {@code x} offers, asked when it is pressed (the app knows the working and home folders)
 */
public record Setup(Library library, Keymap keys, List<String> themes, boolean colours, boolean writesFiles, Supplier<String> exportFile) {

    public Setup {
        themes = List.copyOf(themes);
    }
}
