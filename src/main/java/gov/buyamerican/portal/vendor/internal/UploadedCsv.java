package gov.buyamerican.portal.vendor.internal;

import gov.buyamerican.portal.vendor.VendorImportException;
import gov.buyamerican.portal.vendor.VendorImportFormat;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded file on its way to the CSV parser: refuses what is not UTF-8 CSV text with a message saying what the
 * file is instead, recognises the format from the header row, counts the bytes read (for progress) and hashes them
 * (for the import record). Decoding is strict: a byte sequence that is not UTF-8 anywhere in the file stops the import
 * rather than turning names into replacement characters.
 */
final class UploadedCsv {

    /** The longest header row looked at: the USAspending header is about 8 KB. */
    private static final int HEADER_LIMIT = 1 << 20;

    private final CountingInputStream counting;
    private final DigestInputStream digest;
    private final BufferedInputStream buffered;
    private final VendorImportFormat format;
    private final long size;
    private StrictUtf8Reader reader;

    private UploadedCsv(CountingInputStream counting, DigestInputStream digest, BufferedInputStream buffered,
                        VendorImportFormat format, long size) {
        this.counting = counting;
        this.digest = digest;
        this.buffered = buffered;
        this.format = format;
        this.size = size;
    }

    /**
     * Looks at the start of the file and decides whether and how to read it.
     *
     * @param size the file's size in bytes as the upload announced it (for progress), or -1
     * @throws VendorImportException if the file is empty, binary, not UTF-8 or has an unknown header
     */
    static UploadedCsv open(InputStream in, long size) {
        CountingInputStream counting = new CountingInputStream(in);
        DigestInputStream digest = new DigestInputStream(counting, sha256());
        BufferedInputStream buffered = new BufferedInputStream(digest, 1 << 16);
        byte[] head;
        try {
            buffered.mark(HEADER_LIMIT + 1);
            head = readFirstLine(buffered);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rejectNonText(head);
        String header = decodeHeader(head);
        VendorImportFormat format = detect(header);
        return new UploadedCsv(counting, digest, buffered, format, size);
    }

    VendorImportFormat format() {
        return format;
    }

    /** The file's text, strictly decoded as UTF-8, without a byte order mark. */
    Reader reader() {
        try {
            buffered.mark(3);
            byte[] bom = buffered.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = new StrictUtf8Reader(buffered);
        return reader;
    }

    /**
     * The line the decoder has reached: after a decoding error, the line of the first byte that is not UTF-8.
     */
    long decodedLine() {
        return reader == null ? 1 : reader.line();
    }

    /** Share of the file read so far, from 0 to 1 (0 when the size is unknown). */
    double fractionRead() {
        return size <= 0 ? 0 : Math.min(1.0, (double) counting.count / size);
    }

    /** SHA-256 of the bytes read so far, as hex; call after reading the whole file. */
    String sha256Hex() {
        try {
            buffered.transferTo(OutputStreamSink.INSTANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }

    /** Whether an exception from the CSV parser means the text was not UTF-8. */
    static boolean isEncodingProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** @param line the line with the first byte that is not UTF-8, or 0 for the header */
    static VendorImportException notUtf8(long line) {
        return new VendorImportException("The file is not UTF-8 text" + (line > 0 ? " (line " + line + ")" : "")
                + ": it was probably saved in another encoding, such as Excel's 'CSV (Comma delimited)' on Windows. "
                + "Save it as 'CSV UTF-8' and upload it again. Nothing was imported.");
    }

    private static byte[] readFirstLine(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int length = 0;
        while (length < HEADER_LIMIT) {
            int b = in.read();
            if (b < 0 || b == '\n') {
                break;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[length++] = (byte) b;
        }
        return Arrays.copyOf(buffer, length);
    }

    private static void rejectNonText(byte[] head) {
        if (head.length == 0) {
            throw new VendorImportException("The file is empty (0 bytes). Nothing was imported.");
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            throw new VendorImportException("The file is a ZIP archive or an Excel workbook (.xlsx), not a CSV file: "
                    + "extract the CSV file, or save the sheet as 'CSV UTF-8', and upload that. Nothing was imported.");
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            throw new VendorImportException("The file is gzip-compressed, not a CSV file: decompress it and upload the "
                    + "CSV file inside. Nothing was imported.");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new VendorImportException("The file is a legacy Excel workbook (.xls), not a CSV file: save the sheet "
                    + "as 'CSV UTF-8' and upload that. Nothing was imported.");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new VendorImportException("The file is a PDF document, not a CSV file. Nothing was imported.");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, 'G', 'I', 'F', '8')) {
            throw new VendorImportException("The file is an image, not a CSV file. Nothing was imported.");
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) || startsWith(head, 0, 0, 0xFE, 0xFF)) {
            throw new VendorImportException("The file is UTF-16 text (Excel's 'Unicode text'), not UTF-8: save it as "
                    + "'CSV UTF-8' and upload it again. Nothing was imported.");
        }
        for (byte b : head) {
            if (b == 0 || (b >= 1 && b < 32 && b != '\t' && b != '\r' && b != '\n' && b != 0x0C)) {
                throw new VendorImportException("The file is not a CSV text file: its first line contains binary data. "
                        + "Nothing was imported.");
            }
        }
    }

    private static String decodeHeader(byte[] head) {
        int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, head.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(0);
        }
    }

    static VendorImportFormat detect(String headerLine) {
        String line = headerLine.strip();
        if (line.isEmpty()) {
            throw new VendorImportException("The file has no header row: its first line is blank. The first line must "
                    + "name the columns (download the template). Nothing was imported.");
        }
        List<String> names = Arrays.stream(line.split(",", -1))
                .map(n -> n.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
        if (names.contains("recipient_uei")) {
            return VendorImportFormat.USASPENDING;
        }
        if (names.contains("uei") || names.contains("legal_name")) {
            return VendorImportFormat.TEMPLATE;
        }
        if (names.size() == 1 && (line.contains(";") || line.contains("\t"))) {
            throw new VendorImportException("The columns are separated by " + (line.contains(";") ? "semicolons" : "tabs")
                    + ", not commas: save the file as comma-separated 'CSV UTF-8'. Nothing was imported.");
        }
        throw new VendorImportException("The first row is not a header the vendor import knows. Use the vendor template "
                + "(columns uei, legal_name, country, ...) or a USAspending contract transactions file (with a "
                + "recipient_uei column). Nothing was imported.");
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes that pass through. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
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

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Discards bytes (to finish the hash of a file whose end the parser did not need). */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
