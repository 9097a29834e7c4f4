package dev.lede.corpus;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Gzip data that ends early or turns corrupt reads as an end of data, with the reason kept aside: parsers that read
 * ahead in large blocks would otherwise lose the records they had already got when the exception hits.
 */
final class CutGzip extends FilterInputStream {

    /** Why the data ended early, once it has. */
    static final class Flag {
        private String reason;

        String reason() {
            return reason;
        }
    }

    private final Flag flag;

    CutGzip(InputStream gunzipped, Flag flag) {
        super(gunzipped);
        this.flag = flag;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (flag.reason != null) return -1;
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException e) {
            flag.reason = "gzip data ends early (truncated file)";
        } catch (ZipException e) {
            flag.reason = "bad gzip data (" + e.getMessage() + ")";
        }
        return -1;
    }
}
