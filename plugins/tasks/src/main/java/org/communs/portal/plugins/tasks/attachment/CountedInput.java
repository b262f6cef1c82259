package org.communs.portal.plugins.tasks.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload read through a count, refused past a size (the stream fails, the count says why). */
final class CountedInput extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    CountedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            counted(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    /** @return the bytes read */
    long count() {
        return count;
    }

    /** @return whether the content was longer than the limit */
    boolean exceeded() {
        return exceeded;
    }

    private void counted(int bytes) throws IOException {
        count += bytes;
        if (count > limit) {
            exceeded = true;
            throw new IOException("longer than " + limit + " bytes");
        }
    }
}
