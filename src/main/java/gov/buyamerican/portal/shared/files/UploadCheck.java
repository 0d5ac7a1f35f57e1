package gov.buyamerican.portal.shared.files;

import gov.buyamerican.portal.shared.BusinessRuleException;
import java.util.Locale;

/**
 * The checks an evidence upload passes before it is stored, on its bytes: not empty, within the size limit, an accepted
 * type by content ({@link FileTypeDetector}), and a file name whose extension matches that content. Pure code, used by
 * {@link StoredFileService} and, for an immediate answer, by the upload component.
 */
public final class UploadCheck {

    /** The form field the messages belong to. */
    public static final String FIELD = "file";
    private static final int NAME_MAX = 255;

    private UploadCheck() {
    }

    /**
     * An upload that passed.
     *
     * @param fileName the cleaned file name (no folder part, no control or direction-changing characters)
     * @param type     the type detected from the bytes
     */
    public record Passed(String fileName, FileType type) {
    }

    /**
     * @param declaredName the name the browser sent (may contain a folder path, e.g. {@code C:\fakepath\a.pdf})
     * @param content      the bytes
     * @param maxBytes     the size limit
     * @throws BusinessRuleException on field {@link #FIELD}, with a message naming the file
     */
    public static Passed check(String declaredName, byte[] content, long maxBytes) {
        String name = cleanName(declaredName);
        String quoted = "\u201c" + (name.isEmpty() ? "The file" : name) + "\u201d";
        if (content == null || content.length == 0) {
            throw refuse(quoted + " is empty (0 bytes). Choose the document itself.");
        }
        if (content.length > maxBytes) {
            String actual = size(content.length);
            String limit = size(maxBytes);
            throw refuse(actual.equals(limit)
                    ? quoted + " is " + bytes(content.length) + "; the limit is " + bytes(maxBytes) + " (" + limit + ")."
                    : quoted + " is " + actual + "; the limit is " + limit + ".");
        }
        FileType type = switch (FileTypeDetector.detect(content)) {
            case FileTypeDetector.Accepted a -> a.type();
            case FileTypeDetector.Refused r -> throw refuse(quoted + " is " + r.what() + switch (r.reason()) {
                case DANGEROUS -> ", whatever its name says. Programs, scripts, archives and web pages are never "
                        + "accepted: upload a PDF, PNG or JPEG file.";
                case OTHER_FORMAT -> ". Only PDF, PNG and JPEG files are accepted: save or scan it as one of these.";
                case DAMAGED -> ". Save or export it again, then upload the new file.";
                case UNRECOGNISED, EMPTY -> ".";
            });
        };
        String extension = extension(name);
        if (extension.isEmpty()) {
            throw refuse(quoted + " has no extension. It is a " + type.label() + ", so its name should end in "
                    + type.extensionsText() + ".");
        }
        if (!type.extensions().contains(extension)) {
            throw refuse(quoted + " is a " + type.label() + " but its name ends in ." + extension
                    + ". Rename it to end in " + type.extensionsText() + ", or choose the right file.");
        }
        return new Passed(name, type);
    }

    /**
     * The file name without any folder part, control characters or bidirectional-override characters (which can make
     * {@code exe.pdf} display for a name that ends in {@code .exe}), trimmed to 255 characters keeping the extension.
     */
    public static String cleanName(String declared) {
        if (declared == null) {
            return "";
        }
        String name = declared;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp))
                .filter(cp -> !(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069)
                        && cp != 0x200E && cp != 0x200F && cp != 0x061C)
                .forEach(sb::appendCodePoint);
        name = sb.toString().strip();
        if (name.length() > NAME_MAX) {
            String ext = extension(name);
            int keep = NAME_MAX - (ext.isEmpty() ? 0 : ext.length() + 1);
            name = name.substring(0, keep) + (ext.isEmpty() ? "" : "." + ext);
        }
        return name;
    }

    /** {@return the lower-case extension without the dot, or "" when there is none} */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.length() > 10 ? "" : ext;
    }

    /** E.g. "812 bytes", "340 KB", "12.4 MB" (binary units). */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        String mb = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return (mb.endsWith(".0") ? mb.substring(0, mb.length() - 2) : mb) + " MB";
    }

    private static String bytes(long n) {
        return String.format(Locale.US, "%,d bytes", n);
    }

    private static BusinessRuleException refuse(String message) {
        return new BusinessRuleException(FIELD, message);
    }
}
