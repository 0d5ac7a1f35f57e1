package gov.buyamerican.portal.audit;

/**
 * Result of re-computing the audit trail's hash chain: how many entries were checked and, when the chain is broken,
 * the first entry that does not match (edited, deleted or inserted directly in the database).
 */
public record ChainVerification(long checked, boolean intact, Long firstBrokenId, String problem) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(checked, true, null, null);
    }

    public static ChainVerification broken(long checked, Long id, String problem) {
        return new ChainVerification(checked, false, id, problem);
    }
}
