package dev.lede.model;

import dev.lede.tui.Settings;
import java.io.FileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model class that reads files, the environment and the UI's settings: {@code ArchitectureTest} must catch it. */
public final class FileReadingModelFixture {

    boolean exportFileExists(Settings settings) throws IOException {
        try (FileReader reader = new FileReader(System.getProperty("user.home") + "/quotes.md")) {
            return reader.ready() && Files.exists(Path.of(settings.theme()));
        }
    }
}
