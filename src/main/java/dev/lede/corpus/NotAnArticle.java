package dev.lede.corpus;

/**
 * Why a file (or one record in it) is not an article: a one-line reason for the user.
 * Expected and frequent, so it carries no stack trace.
 */
class NotAnArticle extends Exception {

    NotAnArticle(String reason) {
        super(reason, null, false, false);
    }
}
