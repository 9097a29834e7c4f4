package dev.lede.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The PATHs a user names, checked before anything is loaded: a typo is an error, as {@code ls} makes it. */
final class Inputs {

    private Inputs() {
    }

    /** "no such file or folder: PATH" for the first path that does not exist (a dangling link exists: it is listed as failed). */
    static Optional<String> missing(List<Path> paths) {
        return paths.stream().filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS)).findFirst()
                .map(p -> "no such file or folder: " + p);
    }

    /** The paths as the user wrote them, for "no articles in …". */
    static String describe(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(" "));
    }
}
