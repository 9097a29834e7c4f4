package dev.lede.model;

import org.junit.jupiter.api.Test;

/** The checks every corpus must pass: one mention set per entity, honest sets, one quoted set per speaker. */
abstract class OneTruthChecks {

    abstract Library library();

    /** How many speakers to open with the keys (s, Enter); every speaker's set is checked without keys. */
    abstract int speakersToOpen();

    @Test
    void everyViewHasOneMentionSetPerEntity() {
        ViewAgreement.everyMentionSetAgrees(library());
    }

    @Test
    void everyMentionSetIsNamedInItsArticles() {
        ViewAgreement.everyMentionSetIsNamedInItsArticles(library());
    }

    @Test
    void everyViewHasOneQuotedSetPerSpeaker() {
        ViewAgreement.everyQuotedSetAgrees(library(), speakersToOpen());
    }
}
