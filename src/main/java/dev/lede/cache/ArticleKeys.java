package dev.lede.cache;

/**
 * From an article's key in the index (file state and record, see {@link FileState#articleKey}) to its document in a
 * listing, through a table of the files alone: the keys of a million articles are never all held at once.
 */
final class ArticleKeys {

    private final Listing listing;
    /** A file read again in the same state (it could not be read before) is listed again after: the later wins. */
    private final FileNumbers fileByState;

    ArticleKeys(Listing listing) {
        this.listing = listing;
        this.fileByState = new FileNumbers(listing.files().size(), listing.files()::fileId);
    }

    /** The listing's file in this state, or -1. */
    int fileOf(String fileId) {
        return fileByState.get(fileId);
    }

    /** The document with this key, or -1 when the listing has none. */
    int indexOf(String articleKey) {
        int cut = articleKey.indexOf('\u0000');
        if (cut < 0) return -1;
        int f = fileByState.get(articleKey.substring(0, cut));
        if (f < 0) return -1;
        StoredFile file = listing.files().get(f);
        int position = file.position(articleKey.substring(cut + 1));
        return position < 0 || file.isFailed(position) ? -1 : listing.starts()[f] + position;
    }
}
