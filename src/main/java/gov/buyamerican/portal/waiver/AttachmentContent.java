package gov.buyamerican.portal.waiver;

/** The stored bytes of an attachment, for download. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
