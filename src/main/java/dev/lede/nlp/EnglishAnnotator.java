package dev.lede.nlp;

/** Placeholder until the English pipeline lands: finds nothing. */
public final class EnglishAnnotator implements Annotator {

    @Override
    public Annotation annotate(String text) {
        return Annotation.EMPTY;
    }

    @Override
    public String version() {
        return "0";
    }
}
