package gov.buyamerican.portal.attestation;

/**
 * The certification a signer agrees to. An attestation stores the version and the full text it was signed with, so
 * that a later change of the wording does not change what was certified.
 */
public final class Certification {

    public static final String VERSION = "BA-ORIGIN-2026-1";

    public static final String TEXT = "I certify, on behalf of the offeror, that the place of manufacture and the "
            + "component list given here are true, complete and correct to the best of my knowledge; that component "
            + "costs were established as stated (purchased components at acquisition cost including transportation "
            + "and duty; components made by the manufacturer at manufacturing cost plus allocable overhead, excluding "
            + "profit); that components of unknown origin are declared as unknown; and that I will inform the agency "
            + "promptly if any of it changes. I understand that this statement supports the Buy American certificate "
            + "of FAR 52.225-2 and that a false statement may be punishable under 18 U.S.C. 1001.";

    private Certification() {
    }
}
