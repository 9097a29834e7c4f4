package dev.lede.nlp;

/** The kinds of named entity Lede tells apart; OTHER is kept but not shown in the sidebar groups. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER
}
