package dev.lede.cli;

import dev.lede.corpus.Columns;
import dev.lede.corpus.LoadOptions;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --columns title=headline,text=body}: which CSV columns or JSON fields hold what, shared by every command. */
final class ColumnsOption {

    @Option(names = "--columns", paramLabel = "FIELD=NAME,...", converter = Parse.class,
            description = "Which CSV/TSV columns (or JSON fields) hold title, text, date, url, source, author, "
                    + "e.g. title=headline,text=body; the rest are found by their common names.")
    Columns columns = Columns.COMMON_NAMES;

    LoadOptions options(Consumer<String> notices) {
        return new LoadOptions(columns, notices);
    }

    static final class Parse implements ITypeConverter<Columns> {
        @Override
        public Columns convert(String value) {
            try {
                return Columns.parse(value);
            } catch (IllegalArgumentException wrong) {
                throw new TypeConversionException(wrong.getMessage());
            }
        }
    }
}
