package gov.buyamerican.portal.reporting;

import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Portal waiver requests first submitted in the period, by type and status, and the median time to decision in US
 * federal business days (first submission → approval or rejection; weekends and federal holidays not counted).
 */
public record WaiverStats(List<TypeStatusCount> counts, List<DecisionTime> decisionTimes, BigDecimal medianBusinessDays,
                          int decided) {

    public WaiverStats {
        counts = List.copyOf(counts);
        decisionTimes = List.copyOf(decisionTimes);
    }

    public long total() {
        return counts.stream().mapToLong(TypeStatusCount::count).sum();
    }

    public record TypeStatusCount(WaiverType type, WaiverStatus status, long count) {
    }

    /** Decided requests of one type and their median business days to decision (null when none was decided). */
    public record DecisionTime(WaiverType type, int decided, BigDecimal medianBusinessDays) {
    }
}
