package gov.buyamerican.portal.waiver.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks an uploaded market-research document before it is stored: PDF, PNG or JPEG only, recognised by their first
 * bytes (the name and the browser's content type are not trusted), not empty, not above the size limit, never an
 * executable or script whatever its name. The file name must end with an extension that matches the content. Pure:
 * no Spring, no database.
 */
public final class AttachmentCheck {

    /** An accepted attachment. */
    public record Accepted(String fileName, String contentType, long size, String sha256) {
    }

    /** The attachment is refused; the message is for the user. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private enum Kind {
        PDF("application/pdf", "PDF", ".pdf"),
        PNG("image/png", "PNG image", ".png"),
        JPEG("image/jpeg", "JPEG image", ".jpg", ".jpeg");

        final String contentType;
        final String label;
        final String[] extensions;

        Kind(String contentType, String label, String... extensions) {
            this.contentType = contentType;
            this.label = label;
            this.extensions = extensions;
        }
    }

    private static final int MAX_NAME_LENGTH = 200;

    private AttachmentCheck() {
    }

    /**
     * @param originalName the name the browser sent (a path is cut off)
     * @param content      the bytes
     * @param maxBytes     the largest size accepted
     * @return the cleaned name, the content type found, size and SHA-256
     * @throws Refused with a message for the user
     */
    public static Accepted check(String originalName, byte[] content, long maxBytes) {
        Objects.requireNonNull(content, "content");
        String name = cleanName(originalName);
        if (content.length == 0) {
            throw new Refused("\"" + name + "\" is empty; attach the document itself.");
        }
        if (content.length > maxBytes) {
            throw new Refused("\"" + name + "\" is " + megabytes(content.length) + "; attachments may be at most "
                    + megabytes(maxBytes) + ".");
        }
        if (isExecutable(content)) {
            throw new Refused("\"" + name + "\" is a program or script, not a document; it is refused.");
        }
        Kind kind = detect(content);
        if (kind == null) {
            throw new Refused("\"" + name + "\" is not a PDF, PNG or JPEG file (checked by its content, not its name). "
                    + "Save the document as PDF and attach that.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean extensionMatches = false;
        for (String ext : kind.extensions) {
            extensionMatches |= lower.endsWith(ext);
        }
        if (!extensionMatches) {
            throw new Refused("\"" + name + "\" contains a " + kind.label + " but its name does not end with "
                    + String.join(" or ", kind.extensions) + "; rename it and attach it again.");
        }
        return new Accepted(name, kind.contentType, content.length, sha256(content));
    }

    /** Keeps the last path segment, drops control and path characters, limits the length. */
    static String cleanName(String originalName) {
        String n = originalName == null ? "" : originalName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && c != ':' && c != '"' && c != '<' && c != '>' && c != '|' && c != '*' && c != '?')
                .forEach(b::appendCodePoint);
        n = b.toString().strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "attachment";
        }
        if (n.length() > MAX_NAME_LENGTH) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 6 ? n.substring(dot) : "";
            n = n.substring(0, MAX_NAME_LENGTH - ext.length()) + ext;
        }
        return n;
    }

    private static Kind detect(byte[] c) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF;
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Kind.PNG;
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Kind.JPEG;
        }
        return null;
    }

    private static boolean isExecutable(byte[] c) {
        return startsWith(c, new byte[] {'M', 'Z'})                              // Windows PE
                || startsWith(c, new byte[] {0x7F, 'E', 'L', 'F'})               // ELF
                || startsWith(c, new byte[] {'#', '!'})                          // script with interpreter line
                || startsWith(c, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}) // Mach-O fat / Java class
                || startsWith(c, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}) // Mach-O 64
                || startsWith(c, new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF});
    }

    private static boolean startsWith(byte[] c, byte[] prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
