package dev.lede.model;

/** A stretch of the open document's text, as String indices. */
public record Span(int start, int end) {
}
