package gov.buyamerican.portal.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells what a file is from its first bytes (its "magic number"), never from its name or the type the browser
 * declared: a Windows program renamed {@code invoice.pdf} is still a Windows program. Pure code.
 *
 * <p>Accepted: PDF ({@code %PDF-} then a version, and an {@code %%EOF} marker in the last kilobyte), PNG (signature
 * and IHDR chunk) and JPEG ({@code FF D8 FF}). Recognised and refused: programs and libraries (Windows, Linux, macOS,
 * Java, WebAssembly), scripts, archives (ZIP and what is built on it: .jar, .docx, .xlsx, .apk; gzip, RAR, 7-Zip), old
 * Office and installer files, HTML, XML and SVG (they can carry scripts), Windows shortcuts, and images or documents
 * of other formats (GIF, WebP, TIFF, HEIC/AVIF, RTF, PostScript). Anything else is refused as unrecognised.
 */
public final class FileTypeDetector {

    private static final int PDF_EOF_WINDOW = 1024;

    private FileTypeDetector() {
    }

    /** What the bytes are. */
    public sealed interface Detection permits Accepted, Refused {
    }

    /** An accepted evidence type. */
    public record Accepted(FileType type) implements Detection {
    }

    /** Why a content is refused, which decides what the user is told to do. */
    public enum Reason {
        /** Can run code or hide files (program, script, archive, markup): never accepted, whatever its name. */
        DANGEROUS,
        /** A document or image of another format: convert it. */
        OTHER_FORMAT,
        /** Starts like an accepted type but is broken or cut off: export it again. */
        DAMAGED,
        /** Nothing known. */
        UNRECOGNISED,
        /** No bytes at all. */
        EMPTY
    }

    /**
     * A refused content.
     *
     * @param what   what the content is, for the user, e.g. "a Windows program or library"
     * @param reason the kind of refusal
     */
    public record Refused(String what, Reason reason) implements Detection {
    }

    public static Detection detect(byte[] b) {
        if (b == null || b.length == 0) {
            return new Refused("an empty file", Reason.EMPTY);
        }
        if (startsWith(b, "%PDF-")) {
            if (b.length < 8 || !isDigit(b[5]) || b[6] != '.' || !isDigit(b[7])) {
                return new Refused("a damaged PDF (no version after %PDF-)", Reason.DAMAGED);
            }
            if (!containsInTail(b, "%%EOF".getBytes(StandardCharsets.US_ASCII), PDF_EOF_WINDOW)) {
                return new Refused("an incomplete PDF (it has no end-of-file marker: it was cut off or is damaged)", Reason.DAMAGED);
            }
            return new Accepted(FileType.PDF);
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return b.length >= 16 && startsWithAt(b, 12, "IHDR")
                    ? new Accepted(FileType.PNG)
                    : new Refused("a damaged PNG image (it has no image header)", Reason.DAMAGED);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return new Accepted(FileType.JPEG);
        }
        return refused(b);
    }

    private static Refused refused(byte[] b) {
        // programs and libraries
        if (startsWith(b, 'M', 'Z')) {
            return danger("a Windows program or library");
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return danger("a Linux program or library");
        }
        if (startsWith(b, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(b, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(b, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE)) {
            return danger("a macOS program or library");
        }
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return danger("a macOS universal program or a Java class");
        }
        if (startsWith(b, 0x00, 'a', 's', 'm')) {
            return danger("a WebAssembly module");
        }
        if (startsWith(b, 0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00)) {
            return danger("a Windows shortcut");
        }
        if (startsWith(b, '#', '!')) {
            return danger("a script");
        }
        // archives and containers
        if (startsWith(b, 'P', 'K', 0x03, 0x04) || startsWith(b, 'P', 'K', 0x05, 0x06) || startsWith(b, 'P', 'K', 0x07, 0x08)) {
            return danger("a ZIP archive (the format of .zip, .jar, .apk, .docx and .xlsx files)");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return danger("a gzip archive");
        }
        if (startsWith(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return danger("a RAR archive");
        }
        if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return danger("a 7-Zip archive");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return danger("an old Microsoft Office document or Windows installer (.doc, .xls, .msi)");
        }
        if (looksLikeMarkup(b)) {
            return danger("an HTML, XML or SVG file, which can contain scripts");
        }
        // other documents and images: not accepted, but convertible
        if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) {
            return new Refused("a GIF image", Reason.OTHER_FORMAT);
        }
        if (startsWith(b, "RIFF") && b.length >= 12 && startsWithAt(b, 8, "WEBP")) {
            return new Refused("a WebP image", Reason.OTHER_FORMAT);
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return new Refused("a TIFF image", Reason.OTHER_FORMAT);
        }
        if (b.length >= 12 && startsWithAt(b, 4, "ftyp")) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            return Arrays.asList("heic", "heix", "hevc", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "avif", "avis")
                    .contains(brand)
                    ? new Refused("a HEIC, HEIF or AVIF photo", Reason.OTHER_FORMAT)
                    : new Refused("a video or other media file", Reason.OTHER_FORMAT);
        }
        if (startsWith(b, "{\\rtf")) {
            return new Refused("an RTF document", Reason.OTHER_FORMAT);
        }
        if (startsWith(b, "%!PS")) {
            return new Refused("a PostScript document", Reason.OTHER_FORMAT);
        }
        return new Refused("not a PDF, PNG or JPEG file: its content is not recognised", Reason.UNRECOGNISED);
    }

    private static Refused danger(String what) {
        return new Refused(what, Reason.DANGEROUS);
    }

    /** Text that starts (after an optional byte-order mark and white space) with {@code <}: HTML, XML, SVG. */
    private static boolean looksLikeMarkup(byte[] b) {
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && i < 512 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i >= b.length || b[i] != '<') {
            return false;
        }
        String head = new String(b, i, Math.min(64, b.length - i), StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("<svg") || head.startsWith("<script") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<!--");
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsWith(byte[] b, String ascii) {
        return startsWithAt(b, 0, ascii);
    }

    private static boolean startsWithAt(byte[] b, int offset, String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < offset + p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[offset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsInTail(byte[] b, byte[] needle, int window) {
        int from = Math.max(0, b.length - window);
        outer:
        for (int i = from; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
