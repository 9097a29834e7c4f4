package dev.lede.bench;

import dev.lede.nlp.EnglishAnnotator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles annotated per CPU-second of one thread, over a folder of .txt articles: three warm-up rounds,
 * then five measured. CPU time is disturbed far less than wall time when other builds share the machine,
 * so two annotators can be compared side by side there. Usage: {@code AnnotationCpuBench FOLDER}.
 */
public final class AnnotationCpuBench {

    private AnnotationCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) if (p.toString().endsWith(".txt")) texts.add(Files.readString(p));
        }
        EnglishAnnotator annotator = new EnglishAnnotator();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long quotes = 0;
        for (int round = 1; round <= 8; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String t : texts) quotes += annotator.annotate(t).quotes().size();
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (round > 3) System.out.printf("round %d: %.0f articles per CPU-second%n", round, texts.size() / seconds);
        }
        System.out.println("quotes seen: " + quotes);
    }
}
