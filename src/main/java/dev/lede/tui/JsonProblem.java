package dev.lede.tui;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a config file (keys.json, a theme) in the words of someone who wrote it, not the
 * parser's: "keys.json line 3: expected a comma, found \"". One short line, for the status bar.
 */
final class JsonProblem {

    /** A phrase of Jackson's, and what it means for the file's writer. */
    private record Meaning(String jackson, String said) {
    }

    private static final List<Meaning> MEANINGS = List.of(
            new Meaning("double-quote to start field name", "expected a quoted name"),
            new Meaning("comma to separate Object entries", "expected a comma"),
            new Meaning("comma to separate Array entries", "expected a comma"),
            new Meaning("colon to separate field name and value", "expected a colon"),
            new Meaning("Unrecognized token", "expected a quoted value"),
            new Meaning("end-of-input", "a closing } or ] is missing"),
            new Meaning("nesting depth", "nested too deeply"),
            new Meaning("CTRL-CHAR", "not text: a control character"),
            new Meaning("Invalid UTF-8", "not text: invalid UTF-8"));

    /** The character (or token) found where something else was expected, as Jackson quotes it. */
    private static final Pattern FOUND = Pattern.compile("^(?:Unexpected character \\('(.)'|Unrecognized token '([^']{1,10}))");

    private JsonProblem() {
    }

    /**
     * "FILE line N: what was expected, found X"; Jackson's first line without its source dump stands in for
     * the words when the phrase is new to us.
     */
    static String describe(String file, JsonProcessingException e) {
        Throwable cause = e.getCause();
        String original = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        String message = original == null ? "" : original.lines().findFirst().orElse("");
        String said = MEANINGS.stream().filter(m -> message.contains(m.jackson())).map(Meaning::said).findFirst()
                .orElse(message.replaceAll(" \\(code \\d+\\)", "").replaceAll(" \\(start marker at .*", ""));
        Matcher found = FOUND.matcher(message);
        if (found.find() && !said.startsWith("not text")) said += ", found " + (found.group(1) != null ? found.group(1) : found.group(2));
        JsonLocation at = e.getLocation();
        return file + (at == null || at.getLineNr() < 1 ? ": " : " line " + at.getLineNr() + ": ") + said;
    }
}
