package gov.buyamerican.portal.attestation.ui;

import gov.buyamerican.portal.attestation.AttestationStatus;
import gov.buyamerican.portal.attestation.AttestationSummary;
import gov.buyamerican.portal.attestation.ProductOrigin;
import gov.buyamerican.portal.rules.domesticcontent.Classification;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.ui.Badge;

/** Small helpers shared by the attestation views. */
final class AttestationUi {

    private AttestationUi() {
    }

    static boolean canWrite() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    static String route(long attestationId) {
        return "attestations/" + attestationId;
    }

    static Badge statusBadge(AttestationStatus s) {
        Badge.Tone tone = switch (s) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case SUBMITTED -> Badge.Tone.INFO;
            case VERIFIED -> Badge.Tone.SUCCESS;
            case REJECTED -> Badge.Tone.ERROR;
            case SUPERSEDED, EXPIRED -> Badge.Tone.WARNING;
        };
        return new Badge(s.label(), tone);
    }

    static Badge classificationBadge(Classification c) {
        if (c == null) {
            return new Badge("Not computed", Badge.Tone.NEUTRAL);
        }
        return c == Classification.DOMESTIC ? new Badge("Domestic", Badge.Tone.SUCCESS)
                : new Badge("Foreign", Badge.Tone.ERROR);
    }

    static Badge originBadge(ProductOrigin o) {
        if (!o.hasValidAttestation()) {
            return new Badge(o.pendingId() != null ? "No valid attestation (one awaits verification)"
                    : "No valid attestation", Badge.Tone.WARNING);
        }
        return o.classification() == Classification.DOMESTIC
                ? new Badge("DOMESTIC until " + o.validUntil(), Badge.Tone.SUCCESS)
                : new Badge("FOREIGN until " + o.validUntil(), Badge.Tone.ERROR);
    }

    static String share(AttestationSummary a) {
        return a.domesticSharePercent() == null ? "" : a.domesticSharePercent().toPlainString() + "%";
    }
}
