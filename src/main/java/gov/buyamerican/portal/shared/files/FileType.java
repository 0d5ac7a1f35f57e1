package gov.buyamerican.portal.shared.files;

import java.util.List;

/**
 * The kinds of evidence document the portal accepts: PDF, and PNG or JPEG images (scans and photos of certificates).
 * All three open in any browser, which is what an auditor needs; everything else is refused.
 */
public enum FileType {
    PDF("application/pdf", "PDF document", List.of("pdf")),
    PNG("image/png", "PNG image", List.of("png")),
    JPEG("image/jpeg", "JPEG image", List.of("jpg", "jpeg"));

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    /** {@return the media type stored and served, e.g. "application/pdf"} */
    public String mediaType() {
        return mediaType;
    }

    /** {@return e.g. "PDF document"} */
    public String label() {
        return label;
    }

    /** {@return the file name extensions that go with this type, lower case, without the dot} */
    public List<String> extensions() {
        return extensions;
    }

    /** {@return e.g. ".jpg or .jpeg"} */
    public String extensionsText() {
        return String.join(" or ", extensions.stream().map(e -> "." + e).toList());
    }
}
