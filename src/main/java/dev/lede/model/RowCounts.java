package dev.lede.model;

/**
 * What the document list says of an article ("5e 2q"), and what its sorts by entities and by quotes order by: its
 * entities of a listed type (as the corpus types them) and its quotes.
 */
public record RowCounts(int entities, int quotes) {
}
