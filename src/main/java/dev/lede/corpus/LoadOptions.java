package dev.lede.corpus;

import java.util.function.Consumer;

/**
 * How to read the files: which columns hold what, and where one-line notices about a file go (records of a web
 * archive that are not articles, for example). A notice is not a failure: the file's articles still load.
 */
public record LoadOptions(Columns columns, Consumer<String> notices) {

    public static final LoadOptions DEFAULT = new LoadOptions(Columns.COMMON_NAMES, notice -> { });

    public LoadOptions withNotices(Consumer<String> to) {
        return new LoadOptions(columns, to);
    }
}
