package gov.buyamerican.portal.rules.purchase;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The verified origin attestation of the purchased product that applies on the purchase date (the caller picks the
 * latest verified attestation signed on or before that date; superseded and expired ones still speak for the days
 * they were valid).
 *
 * @param id         the attestation
 * @param domestic   true when its component test found a domestic end product
 * @param validFrom  the day it was signed
 * @param validUntil its last valid day
 */
public record AttestationFact(long id, boolean domestic, LocalDate validFrom, LocalDate validUntil) {

    public AttestationFact {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** {@return true when the attestation is valid on that day (both ends inclusive)} */
    public boolean coversDate(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
