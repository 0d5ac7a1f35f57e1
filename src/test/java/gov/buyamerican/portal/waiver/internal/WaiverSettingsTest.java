package gov.buyamerican.portal.waiver.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.rules.waiver.AuthorityLevel;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class WaiverSettingsTest {

    private static WaiverSettings settings(String co, String hca, String head) {
        return new WaiverSettings(new WaiverSettings.ValueLimits(co, hca, head), DataSize.ofMegabytes(10), Duration.ofHours(1));
    }

    @Test
    void blankLimitsAreUnlimitedAndAmountsMayCarryThousandsSeparators() {
        var limits = settings("1,000,000", " 25000000.50 ", "").approvalValueLimits();
        assertThat(limits.limitFor(AuthorityLevel.CONTRACTING_OFFICER)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000000"));
        assertThat(limits.limitFor(AuthorityLevel.HEAD_OF_CONTRACTING_ACTIVITY)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25000000.50"));
        assertThat(limits.limitFor(AuthorityLevel.AGENCY_HEAD)).isEmpty();
        assertThat(new WaiverSettings(null, DataSize.ofMegabytes(1), Duration.ofHours(1)).approvalValueLimits())
                .isEqualTo(gov.buyamerican.portal.rules.waiver.ApprovalValueLimits.unlimited());
    }

    @Test
    void aBadTableFailsAtStartUpWithTheKeyNamed() {
        assertThatThrownBy(() -> settings("lots", null, null))
                .hasMessageContaining("portal.waivers.value-limits.contracting-officer");
        assertThatThrownBy(() -> settings("5000000", "1000", null)).hasMessageContaining("lower than the limit");
    }

    @Test
    void everyAuthorityLevelOfAUserMapsToTheRulesLevelOfTheSameName() {
        assertThat(Arrays.stream(gov.buyamerican.portal.security.AuthorityLevel.values()).map(Authorities::toRules))
                .containsExactly(AuthorityLevel.values());
        assertThat(Authorities.toRules(null)).isNull();
    }
}
