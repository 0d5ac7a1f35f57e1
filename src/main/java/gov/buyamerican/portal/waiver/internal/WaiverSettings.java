package gov.buyamerican.portal.waiver.internal;

import gov.buyamerican.portal.rules.waiver.ApprovalValueLimits;
import gov.buyamerican.portal.rules.waiver.AuthorityLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.waivers.*}: the agency's dollar limits per approver authority level (its delegation, not the FAR; an
 * empty value is unlimited), the largest attachment accepted, and how often approved waivers are checked for
 * expiry.
 */
@ConfigurationProperties("portal.waivers")
public record WaiverSettings(ValueLimits valueLimits, @DefaultValue("10MB") DataSize attachmentMaxSize,
                             @DefaultValue("PT1H") Duration expiryCheckInterval) {

    public WaiverSettings {
        if (valueLimits == null) {
            valueLimits = new ValueLimits(null, null, null);
        }
        approvalValueLimits(valueLimits); // fail at start-up on a bad table, not at the first decision
    }

    /** Limits as text: blank means unlimited. */
    public record ValueLimits(String contractingOfficer, String headOfContractingActivity, String agencyHead) {
    }

    /** {@return the limits in the shape the decision rule takes} */
    public ApprovalValueLimits approvalValueLimits() {
        return approvalValueLimits(valueLimits);
    }

    private static ApprovalValueLimits approvalValueLimits(ValueLimits v) {
        Map<AuthorityLevel, Optional<BigDecimal>> m = new EnumMap<>(AuthorityLevel.class);
        m.put(AuthorityLevel.CONTRACTING_OFFICER, parse("contracting-officer", v.contractingOfficer()));
        m.put(AuthorityLevel.HEAD_OF_CONTRACTING_ACTIVITY, parse("head-of-contracting-activity", v.headOfContractingActivity()));
        m.put(AuthorityLevel.AGENCY_HEAD, parse("agency-head", v.agencyHead()));
        return new ApprovalValueLimits(m);
    }

    private static Optional<BigDecimal> parse(String key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip().replace(",", "").replace("_", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("portal.waivers.value-limits." + key + " must be a dollar amount or empty "
                    + "(unlimited), not '" + value + "'", e);
        }
    }
}
