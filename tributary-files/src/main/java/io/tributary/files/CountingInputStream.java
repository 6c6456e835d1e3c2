package io.tributary.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports the number of bytes read so far (at most every 1 MiB) to a progress listener. */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer progress;
    private long count;
    private long reported;

    CountingInputStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress == null ? x -> {} : progress;
    }

    private void add(long n) {
        if (n > 0) {
            count += n;
            if (count - reported >= (1 << 20)) {
                reported = count;
                progress.accept(count);
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        add(n);
        return n;
    }

    @Override
    public void close() throws IOException {
        progress.accept(count);
        super.close();
    }
}
