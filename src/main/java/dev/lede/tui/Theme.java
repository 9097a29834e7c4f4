package dev.lede.tui;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A theme as its JSON file says it: a style for each {@link Role}. Roles left out look like {@code text}.
 * Colours are {@code "#rrggbb"} or {@code "default"} (the terminal's own); {@link Palette} fits them to
 * what the terminal can show.
 */
/* "description" is for people choosing a theme; the explorer has no use for it. */
@JsonIgnoreProperties({"description"})
public record Theme(String name, Map<Role, Style> styles) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** One role's look. Null colours mean the terminal's default. */
    public record Style(String fg, String bg, boolean bold, boolean reverse, boolean underline, boolean italic) {
        @JsonCreator
        public Style(@JsonProperty("fg") String fg, @JsonProperty("bg") String bg, @JsonProperty("bold") boolean bold,
                     @JsonProperty("reverse") boolean reverse, @JsonProperty("underline") boolean underline,
                     @JsonProperty("italic") boolean italic) {
            this.fg = checkColour(fg);
            this.bg = checkColour(bg);
            this.bold = bold;
            this.reverse = reverse;
            this.underline = underline;
            this.italic = italic;
        }

        static final Style PLAIN = new Style(null, null, false, false, false, false);
    }

    @JsonCreator
    static Theme fromJson(@JsonProperty("name") String name, @JsonProperty(value = "styles", required = true) Map<String, Style> byName) {
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) roles.put(r.jsonName(), r);
        byName.forEach((key, style) -> {
            Role role = roles.get(key);
            if (role == null) throw new IllegalArgumentException("unknown style \"" + key + "\" (known: " + String.join(", ", roles.keySet()) + ")");
            if (style == null) throw new IllegalArgumentException("style \"" + key + "\" is empty");
            styles.put(role, style);
        });
        return new Theme(name, styles);
    }

    public Style style(Role role) {
        return styles.getOrDefault(role, styles.getOrDefault(Role.TEXT, Style.PLAIN));
    }

    private static String checkColour(String colour) {
        if (colour == null || colour.equals("default")) return null;
        if (!HEX.matcher(colour).matches()) throw new IllegalArgumentException("bad colour \"" + colour + "\" (use #rrggbb or default)");
        return colour;
    }
}
