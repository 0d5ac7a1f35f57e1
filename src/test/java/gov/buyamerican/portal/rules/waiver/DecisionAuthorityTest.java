package gov.buyamerican.portal.rules.waiver;

import static gov.buyamerican.portal.rules.waiver.AuthorityLevel.*;
import static gov.buyamerican.portal.rules.waiver.WaiverType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionAuthorityTest {

    private static final String REQUESTER = "requester-1";
    private static final String APPROVER = "approver-7";
    private static final BigDecimal VALUE = new BigDecimal("50000");

    /** An example delegation table: CO up to $250,000, HCA up to $5,000,000, agency head unlimited. */
    private static ApprovalValueLimits limits() {
        Map<AuthorityLevel, Optional<BigDecimal>> m = new EnumMap<>(AuthorityLevel.class);
        m.put(CONTRACTING_OFFICER, Optional.of(new BigDecimal("250000.00")));
        m.put(HEAD_OF_CONTRACTING_ACTIVITY, Optional.of(new BigDecimal("5000000")));
        m.put(AGENCY_HEAD, Optional.empty());
        return new ApprovalValueLimits(m);
    }

    /** Required level per type, from the domain table (written out independently). */
    private static final Map<WaiverType, AuthorityLevel> REQUIRED = Map.of(
            PUBLIC_INTEREST, AGENCY_HEAD,
            NONAVAILABILITY_INDIVIDUAL, HEAD_OF_CONTRACTING_ACTIVITY,
            NONAVAILABILITY_LISTED_CLASS, CONTRACTING_OFFICER,
            UNREASONABLE_COST, CONTRACTING_OFFICER,
            RESALE, CONTRACTING_OFFICER,
            COMMERCIAL_IT, CONTRACTING_OFFICER);

    static Stream<Arguments> everyTypeAndLevel() {
        List<Arguments> all = new ArrayList<>();
        for (WaiverType t : WaiverType.values()) {
            for (AuthorityLevel l : AuthorityLevel.values()) {
                all.add(Arguments.of(t, l));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} decided by {1}")
    @MethodSource("everyTypeAndLevel")
    void authorityTable(WaiverType type, AuthorityLevel level) {
        Decision d = DecisionAuthority.decide(type, level, VALUE, ApprovalValueLimits.unlimited(), APPROVER, REQUESTER);
        boolean expected = level.compareTo(REQUIRED.get(type)) >= 0;
        assertThat(d.isAllowed()).as(d.reason()).isEqualTo(expected);
        if (!expected) {
            assertThat(d.reason()).contains(type.farCitation())
                    .contains("by the " + REQUIRED.get(type).label().toLowerCase());
        }
    }

    @ParameterizedTest
    @EnumSource(WaiverType.class)
    void requiredAuthorityAndCitations(WaiverType type) {
        assertThat(type.requiredAuthority()).isEqualTo(REQUIRED.get(type));
        assertThat(type.farCitation()).startsWith("FAR 25.10");
    }

    @Test
    void citationsAndMiaoReview() {
        assertThat(PUBLIC_INTEREST.farCitation()).isEqualTo("FAR 25.103(a)");
        assertThat(NONAVAILABILITY_INDIVIDUAL.farCitation()).isEqualTo("FAR 25.103(b)(2)");
        assertThat(NONAVAILABILITY_LISTED_CLASS.farCitation()).contains("FAR 25.104");
        assertThat(UNREASONABLE_COST.farCitation()).contains("FAR 25.103(c)").contains("FAR 25.106");
        assertThat(RESALE.farCitation()).isEqualTo("FAR 25.103(d)");
        assertThat(COMMERCIAL_IT.farCitation()).isEqualTo("FAR 25.103(e)");
        assertThat(Stream.of(WaiverType.values()).filter(WaiverType::requiresMadeInAmericaOfficeReview))
                .containsExactly(NONAVAILABILITY_INDIVIDUAL);
        assertThat(Stream.of(WaiverType.values()).filter(WaiverType::isAutomatic)).containsExactly(COMMERCIAL_IT);
    }

    @ParameterizedTest(name = "{0} at {1}: allowed={2}")
    @CsvSource({
            "CONTRACTING_OFFICER, 249999.99, true",
            "CONTRACTING_OFFICER, 250000, true",
            "CONTRACTING_OFFICER, 250000.00, true",
            "CONTRACTING_OFFICER, 250000.01, false",
            "CONTRACTING_OFFICER, 0, true",
            "HEAD_OF_CONTRACTING_ACTIVITY, 4999999.99, true",
            "HEAD_OF_CONTRACTING_ACTIVITY, 5000000.00, true",
            "HEAD_OF_CONTRACTING_ACTIVITY, 5000000.001, false",
            "AGENCY_HEAD, 999999999999.99, true",
    })
    void valueLimitsAtAboveBelow(AuthorityLevel level, BigDecimal value, boolean allowed) {
        Decision d = DecisionAuthority.decide(UNREASONABLE_COST, level, value, limits(), APPROVER, REQUESTER);
        assertThat(d.isAllowed()).as(d.reason()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(d.reason()).contains("exceeds the").contains("a higher authority must decide");
        }
    }

    @Test
    void aHigherLevelDecidesWhatTheLowerCannotForValue() {
        BigDecimal value = new BigDecimal("300000");
        assertThat(DecisionAuthority.decide(RESALE, CONTRACTING_OFFICER, value, limits(), APPROVER, REQUESTER))
                .isInstanceOf(Decision.Refused.class);
        assertThat(DecisionAuthority.decide(RESALE, HEAD_OF_CONTRACTING_ACTIVITY, value, limits(), APPROVER, REQUESTER))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void refusalMessagesAreReadable() {
        assertThat(DecisionAuthority.decide(PUBLIC_INTEREST, HEAD_OF_CONTRACTING_ACTIVITY, VALUE, limits(), APPROVER, REQUESTER)
                .reason()).isEqualTo("A public interest waiver (FAR 25.103(a)) must be decided by the head of the agency; "
                + "the approver's authority is head of the contracting activity.");
        assertThat(DecisionAuthority.decide(NONAVAILABILITY_INDIVIDUAL, CONTRACTING_OFFICER, VALUE, limits(), APPROVER, REQUESTER)
                .reason()).isEqualTo("A nonavailability (individual determination) waiver (FAR 25.103(b)(2)) must be "
                + "decided by the head of the contracting activity or higher; the approver's authority is contracting officer.");
        assertThat(DecisionAuthority.decide(UNREASONABLE_COST, CONTRACTING_OFFICER, VALUE, limits(), APPROVER, REQUESTER)
                .reason()).isEqualTo("The contracting officer may decide an unreasonable cost waiver (FAR 25.103(c); "
                + "FAR 25.106; requires the contracting officer or higher) of $50,000.00 (limit: $250,000.00).");
        assertThat(DecisionAuthority.decide(UNREASONABLE_COST, CONTRACTING_OFFICER, new BigDecimal("250000.01"), limits(),
                APPROVER, REQUESTER).reason()).isEqualTo("The estimated value $250,000.01 exceeds the $250,000.00 limit "
                + "of the contracting officer; a higher authority must decide.");
        assertThat(DecisionAuthority.decide(COMMERCIAL_IT, CONTRACTING_OFFICER, VALUE, limits(), APPROVER, REQUESTER)
                .reason()).startsWith("The contracting officer may confirm a commercial information technology waiver");
    }

    @ParameterizedTest
    @EnumSource(AuthorityLevel.class)
    void selfApprovalIsRefusedAtEveryLevelForEveryType(AuthorityLevel level) {
        for (WaiverType type : WaiverType.values()) {
            Decision d = DecisionAuthority.decide(type, level, VALUE, ApprovalValueLimits.unlimited(), "jsmith", "jsmith");
            assertThat(d).isInstanceOf(Decision.Refused.class);
            assertThat(d.reason()).startsWith("Separation of duties: jsmith requested this waiver");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSmith", " jsmith ", "JSMITH"})
    void selfApprovalIsRecognisedWhateverTheCaseOrSpacing(String approverId) {
        Decision d = DecisionAuthority.decide(PUBLIC_INTEREST, AGENCY_HEAD, VALUE, limits(), approverId, "jsmith");
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.reason()).contains("Separation of duties");
    }

    @Test
    void separationOfDutiesComesBeforeEverythingElse() {
        // Too low a level and too high a value, but the first reason given is the self-approval.
        Decision d = DecisionAuthority.decide(PUBLIC_INTEREST, CONTRACTING_OFFICER, new BigDecimal("1e12"), limits(), "a", "a");
        assertThat(d.reason()).startsWith("Separation of duties");
    }

    @Test
    void missingUserIdsAreRefused() {
        assertThat(DecisionAuthority.decide(RESALE, AGENCY_HEAD, VALUE, limits(), " ", REQUESTER).reason())
                .contains("approver is not identified");
        assertThat(DecisionAuthority.decide(RESALE, AGENCY_HEAD, VALUE, limits(), APPROVER, null).reason())
                .contains("requester of this waiver is not recorded");
    }

    @Test
    void negativeValueIsAnError() {
        assertThatThrownBy(() -> DecisionAuthority.decide(RESALE, AGENCY_HEAD, new BigDecimal("-1"), limits(), APPROVER, REQUESTER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be negative");
    }

    @Test
    void limitsTableMustBeCompleteAndMonotonic() {
        Map<AuthorityLevel, Optional<BigDecimal>> missing = new EnumMap<>(AuthorityLevel.class);
        missing.put(CONTRACTING_OFFICER, Optional.empty());
        assertThatThrownBy(() -> new ApprovalValueLimits(missing))
                .hasMessageContaining("No value limit given for Head of the contracting activity");

        Map<AuthorityLevel, Optional<BigDecimal>> inverted = new EnumMap<>(AuthorityLevel.class);
        inverted.put(CONTRACTING_OFFICER, Optional.of(new BigDecimal("1000000")));
        inverted.put(HEAD_OF_CONTRACTING_ACTIVITY, Optional.of(new BigDecimal("500000")));
        inverted.put(AGENCY_HEAD, Optional.empty());
        assertThatThrownBy(() -> new ApprovalValueLimits(inverted))
                .hasMessageContaining("is lower than the limit for Contracting officer");

        Map<AuthorityLevel, Optional<BigDecimal>> cappedAboveUnlimited = new EnumMap<>(AuthorityLevel.class);
        cappedAboveUnlimited.put(CONTRACTING_OFFICER, Optional.empty());
        cappedAboveUnlimited.put(HEAD_OF_CONTRACTING_ACTIVITY, Optional.of(new BigDecimal("500000")));
        cappedAboveUnlimited.put(AGENCY_HEAD, Optional.empty());
        assertThatThrownBy(() -> new ApprovalValueLimits(cappedAboveUnlimited))
                .hasMessageContaining("(unlimited)");

        Map<AuthorityLevel, Optional<BigDecimal>> negative = new EnumMap<>(AuthorityLevel.class);
        negative.put(CONTRACTING_OFFICER, Optional.of(new BigDecimal("-5")));
        negative.put(HEAD_OF_CONTRACTING_ACTIVITY, Optional.empty());
        negative.put(AGENCY_HEAD, Optional.empty());
        assertThatThrownBy(() -> new ApprovalValueLimits(negative)).hasMessageContaining("negative");
    }

    /** Property: a higher level may always decide what a lower level may (random types, values, monotonic limits). */
    @ParameterizedTest
    @ValueSource(longs = {7, 11, 2022})
    void monotonicity(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal co = BigDecimal.valueOf(random.nextInt(1_000_000));
            BigDecimal hca = co.add(BigDecimal.valueOf(random.nextInt(1_000_000)));
            Map<AuthorityLevel, Optional<BigDecimal>> m = new EnumMap<>(AuthorityLevel.class);
            m.put(CONTRACTING_OFFICER, Optional.of(co));
            m.put(HEAD_OF_CONTRACTING_ACTIVITY, random.nextBoolean() ? Optional.of(hca) : Optional.empty());
            m.put(AGENCY_HEAD, Optional.empty());
            if (m.get(HEAD_OF_CONTRACTING_ACTIVITY).isEmpty()) {
                m.put(AGENCY_HEAD, Optional.empty());
            }
            ApprovalValueLimits limits = new ApprovalValueLimits(m);
            WaiverType type = WaiverType.values()[random.nextInt(WaiverType.values().length)];
            BigDecimal value = BigDecimal.valueOf(random.nextInt(3_000_000), 2 * random.nextInt(2));
            boolean lowerAllowed = false;
            for (AuthorityLevel level : AuthorityLevel.values()) {
                boolean allowed = DecisionAuthority.decide(type, level, value, limits, APPROVER, REQUESTER).isAllowed();
                if (lowerAllowed) {
                    assertThat(allowed).as("%s %s %s", type, level, value).isTrue();
                }
                lowerAllowed |= allowed;
            }
        }
    }
}
