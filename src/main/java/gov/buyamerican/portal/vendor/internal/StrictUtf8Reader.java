package gov.buyamerican.portal.vendor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and knows where it stopped: every character before a byte sequence that is not UTF-8 is
 * handed over first, then the error is thrown, and {@link #line()} tells the line of the bad bytes. (The JDK's
 * {@code InputStreamReader} throws as soon as a buffer it decodes holds a bad sequence, losing the line.)
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult error;
    private long lineBreaks;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** The 1-based line of the last character handed over, or of the bad bytes after an error. */
    long line() {
        return lineBreaks + 1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (error != null) {
            error.throwException();
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                error = result;
                if (out.position() == offset) {
                    result.throwException();
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == offset) {
                    return -1;
                }
                break;
            }
            fill();
        }
        int n = out.position() - offset;
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                lineBreaks++;
            }
        }
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
