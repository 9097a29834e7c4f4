package dev.lede.cache;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The fields of the corpus index's entries ({@link DiskCorpus}) and the file fields every entry carries. */
final class EntryFields {

    static final String KIND = "kind";
    static final String FILE = "file";
    static final String FILE_ID = "fileId";
    /** The article's key: file identity and record id. Indexed (lookup) and as doc values (search hits to the corpus). */
    static final String ARTICLE = "article";
    /** The annotation's key: the article's key and the annotator version. */
    static final String ANNOTATION = "annotation";
    static final String VERSION = "version";
    static final String BODY = "body";

    private EntryFields() {
    }

    /** The fields that say which file (and which state of it) an entry came from. */
    static Document fileFields(Path source, String fileId, String kind) {
        Document entry = new Document();
        entry.add(new StringField(KIND, kind, Field.Store.NO));
        entry.add(new StringField(FILE, FileState.absolute(source), Field.Store.NO));
        entry.add(new StringField(FILE_ID, fileId, Field.Store.NO));
        return entry;
    }

    /** Every annotation kept by an annotator version other than {@code version}. */
    static Query otherVersions(String version) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, ANNOTATION)), Occur.MUST)
                .add(new TermQuery(new Term(VERSION, version)), Occur.MUST_NOT).build();
    }

    /** Every entry of the file at {@code path} from a state other than {@code fileId}. */
    static Query otherStates(String path, String fileId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FILE, path)), Occur.MUST)
                .add(new TermQuery(new Term(FILE_ID, fileId)), Occur.MUST_NOT).build();
    }
}
