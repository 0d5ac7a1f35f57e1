package gov.buyamerican.portal.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail: entry hash = SHA-256(previous hash, then each field length-prefixed so that no
 * two different entries encode alike). The first entry follows {@link #GENESIS}.
 */
public final class AuditHashing {

    public static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    public static String entryHash(String prevHash, Instant occurredAt, String actor, String action, String entityType,
                                   String entityId, String summary, String before, String after, String remote) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String field : new String[] {prevHash, occurredAt.toString(), actor, action, entityType, entityId, summary,
                before, after, remote}) {
            if (field == null) {
                sha.update((byte) 'N');
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((byte) 'S');
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
