package dev.lede.nlp;

/** The kinds of named entity Lede tells apart; OTHER is kept but not shown in the sidebar groups. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER;

    /** People and organizations say things; a place or an OTHER is never a quote's speaker. */
    public boolean canSpeak() {
        return this == PERSON || this == ORGANIZATION;
    }
}
