package gov.buyamerican.portal.rules.purchase;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A waiver linked to the purchase (chosen by staff or matched on the PIID).
 *
 * @param id        the waiver request
 * @param number    its number as shown to users (W-2026-0042, or the MIAO id)
 * @param approved  true when it was approved (still in force or expired since), false when it is pending, returned,
 *                  rejected or withdrawn
 * @param expiresOn its last day in force, or null when it has no end
 */
public record WaiverFact(long id, String number, boolean approved, LocalDate expiresOn) {

    public WaiverFact {
        Objects.requireNonNull(number, "number");
    }

    /** {@return true when the waiver was approved and had not expired on that day} */
    public boolean coversDate(LocalDate date) {
        return approved && (expiresOn == null || !date.isAfter(expiresOn));
    }
}
