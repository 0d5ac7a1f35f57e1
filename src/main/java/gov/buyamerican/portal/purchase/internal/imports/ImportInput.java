package gov.buyamerican.portal.purchase.internal.imports;

import gov.buyamerican.portal.purchase.PurchaseImportException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The uploaded bytes on their way to the CSV parser: counted (for progress), hashed (SHA-256, for the import record),
 * checked for the binary files people upload by mistake, and decoded strictly as UTF-8 (a byte that is not UTF-8 stops
 * the import instead of turning names into replacement characters). Never holds more than a buffer of the file.
 */
final class ImportInput {

    private final Counting counting;
    private final DigestInputStream digest;
    private final BufferedInputStream buffered;
    private final long size;
    private String sha256;

    ImportInput(InputStream in, long size) {
        this.counting = new Counting(in);
        try {
            this.digest = new DigestInputStream(counting, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.buffered = new BufferedInputStream(digest, 1 << 16);
        this.size = size;
        rejectBinary();
    }

    /** The bytes (for the USAspending reader, which decodes them itself), positioned at the start. */
    InputStream bytes() {
        return buffered;
    }

    /** The text, strictly decoded as UTF-8, without a byte order mark. */
    Reader text() {
        try {
            buffered.mark(3);
            byte[] bom = buffered.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    double fractionRead() {
        return size <= 0 ? 0 : Math.min(1.0, (double) counting.count / size);
    }

    long bytesRead() {
        return counting.count;
    }

    /**
     * SHA-256 of the whole file as hex: the first call reads what is left (call it before the parser closes the
     * stream), later calls return the same value.
     */
    synchronized String sha256Hex() {
        if (sha256 == null) {
            try {
                buffered.transferTo(OutputStreamNull.INSTANCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
        }
        return sha256;
    }

    static boolean isEncodingProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    static PurchaseImportException notUtf8() {
        return new PurchaseImportException("The file is not UTF-8 text: it was probably saved in another encoding, "
                + "such as Excel's 'CSV (Comma delimited)'. Save it as 'CSV UTF-8' and upload it again. Nothing was "
                + "imported.");
    }

    private void rejectBinary() {
        byte[] magic = new byte[4];
        int read;
        try {
            buffered.mark(8);
            read = buffered.readNBytes(magic, 0, 4);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read == 0) {
            throw new PurchaseImportException("The file is empty (0 bytes). Nothing was imported.");
        }
        int b0 = magic[0] & 0xFF;
        int b1 = read > 1 ? magic[1] & 0xFF : -1;
        String what = null;
        if (b0 == 'P' && b1 == 'K') {
            what = "a ZIP archive (a zipped download or an Excel workbook)";
        } else if (b0 == 0x1F && b1 == 0x8B) {
            what = "gzip-compressed";
        } else if (b0 == 0xD0 && b1 == 0xCF) {
            what = "a legacy Excel workbook (.xls)";
        } else if (b0 == '%' && b1 == 'P') {
            what = "a PDF document";
        } else if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            what = "UTF-16 text";
        } else if (b0 == 0x89 && b1 == 'P' || b0 == 0xFF && b1 == 0xD8) {
            what = "an image";
        } else {
            for (int i = 0; i < read; i++) {
                if (magic[i] == 0) {
                    what = "a binary file";
                }
            }
        }
        if (what != null) {
            throw new PurchaseImportException("The file is " + what + ", not a CSV text file. Nothing was imported.");
        }
    }

    private static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
