package gov.buyamerican.portal.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Verified attestations whose validity ends within the next 90 days (from today, not from the dashboard's period):
 * how many end within 30, 31-60 and 61-90 days, and the first ones to end.
 */
public record ExpiringAttestations(LocalDate today, long within30, long within60, long within90, List<Item> first) {

    public ExpiringAttestations {
        first = List.copyOf(first);
    }

    public long total() {
        return within30 + within60 + within90;
    }

    public record Item(long attestationId, long productId, String productName, String vendorName, LocalDate validUntil) {
    }
}
