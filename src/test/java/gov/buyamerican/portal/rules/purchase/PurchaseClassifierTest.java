package gov.buyamerican.portal.rules.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurchaseClassifierTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final BigDecimal MICRO = new BigDecimal("15000");

    /**
     * One row per case: amount, place of manufacture, country, attestation (D = domestic, F = foreign, '-' none;
     * valid 2026-01-01..2026-12-31 unless 'x' expired before the day), waiver ('A' approved in force, 'E' approved but
     * expired before the day, 'P' pending, '-' none), exemption, expected class, expected reason.
     */
    @ParameterizedTest(name = "{0} pom={1} country={2} att={3} waiver={4} exemption={5} -> {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # amount,   pom, ctry, att, waiver, exemption,        class,                 reason
            50000,      -,   -,    D,   -,      -,                DOMESTIC,              ATTESTATION_DOMESTIC
            50000,      B,   CN,   D,   -,      -,                DOMESTIC,              ATTESTATION_DOMESTIC
            50000,      D,   -,    -,   -,      -,                DOMESTIC,              PLACE_OF_MANUFACTURE_DOMESTIC
            50000,      D,   -,    F,   -,      -,                FOREIGN_UNWAIVED,      ATTESTATION_FOREIGN
            50000,      D,   -,    Dx,  -,      -,                DOMESTIC,              PLACE_OF_MANUFACTURE_DOMESTIC
            100,        D,   -,    -,   -,      -,                DOMESTIC,              PLACE_OF_MANUFACTURE_DOMESTIC
            100,        B,   CN,   -,   -,      -,                EXEMPT_MICRO_PURCHASE, MICRO_PURCHASE
            15000,      B,   CN,   -,   -,      -,                EXEMPT_MICRO_PURCHASE, MICRO_PURCHASE
            15000.0001, B,   CN,   -,   -,      -,                FOREIGN_UNWAIVED,      PLACE_OF_MANUFACTURE_FOREIGN
            100,        -,   -,    -,   -,      -,                EXEMPT_MICRO_PURCHASE, MICRO_PURCHASE
            100,        -,   -,    F,   A,      -,                EXEMPT_MICRO_PURCHASE, MICRO_PURCHASE
            0,          B,   CN,   -,   -,      -,                FOREIGN_UNWAIVED,      PLACE_OF_MANUFACTURE_FOREIGN
            -2500,      -,   DE,   -,   -,      -,                FOREIGN_UNWAIVED,      FOREIGN_COUNTRY_OF_ORIGIN
            -2500,      D,   -,    -,   -,      -,                DOMESTIC,              PLACE_OF_MANUFACTURE_DOMESTIC
            50000,      B,   CN,   -,   A,      -,                FOREIGN_WAIVED,        WAIVER_IN_FORCE
            50000,      -,   -,    F,   A,      -,                FOREIGN_WAIVED,        WAIVER_IN_FORCE
            50000,      B,   CN,   -,   E,      -,                FOREIGN_UNWAIVED,      WAIVER_NOT_IN_FORCE
            50000,      B,   CN,   -,   P,      -,                FOREIGN_UNWAIVED,      WAIVER_NOT_IN_FORCE
            50000,      -,   -,    -,   P,      -,                FOREIGN_UNWAIVED,      WAIVER_NOT_IN_FORCE
            50000,      I,   MX,   -,   -,      -,                FOREIGN_WAIVED,        FPDS_REPORTED_WAIVER
            50000,      J,   -,    -,   -,      -,                FOREIGN_WAIVED,        FPDS_REPORTED_WAIVER
            50000,      K,   -,    -,   -,      -,                FOREIGN_WAIVED,        FPDS_REPORTED_WAIVER
            50000,      J,   -,    -,   E,      -,                FOREIGN_WAIVED,        FPDS_REPORTED_WAIVER
            50000,      C,   -,    -,   -,      -,                EXEMPT_OTHER,          FPDS_REPORTED_EXCEPTION
            50000,      F,   -,    -,   -,      -,                EXEMPT_OTHER,          FPDS_REPORTED_EXCEPTION
            50000,      G,   GB,   -,   -,      -,                EXEMPT_OTHER,          FPDS_REPORTED_EXCEPTION
            50000,      H,   -,    -,   -,      -,                EXEMPT_OTHER,          FPDS_REPORTED_EXCEPTION
            50000,      L,   -,    -,   -,      -,                EXEMPT_OTHER,          FPDS_REPORTED_EXCEPTION
            50000,      -,   CN,   -,   -,      TRADE_AGREEMENT,  EXEMPT_OTHER,          DECLARED_EXEMPTION
            50000,      -,   -,    F,   -,      NOT_MANUFACTURED, EXEMPT_OTHER,          DECLARED_EXEMPTION
            50000,      A,   US,   -,   -,      -,                FOREIGN_UNWAIVED,      PLACE_OF_MANUFACTURE_FOREIGN
            50000,      E,   -,    -,   -,      -,                FOREIGN_UNWAIVED,      PLACE_OF_MANUFACTURE_FOREIGN
            50000,      -,   -,    F,   -,      -,                FOREIGN_UNWAIVED,      ATTESTATION_FOREIGN
            50000,      -,   cn,   -,   -,      -,                FOREIGN_UNWAIVED,      FOREIGN_COUNTRY_OF_ORIGIN
            50000,      -,   US,   -,   -,      -,                UNKNOWN,               US_ORIGIN_UNATTESTED
            50000,      -,   US,   Dx,  -,      -,                UNKNOWN,               ATTESTATION_NOT_VALID_ON_DATE
            50000,      -,   CN,   Dx,  -,      -,                FOREIGN_UNWAIVED,      FOREIGN_COUNTRY_OF_ORIGIN
            50000,      -,   -,    -,   -,      -,                UNKNOWN,               NO_ORIGIN_DATA
            0,          -,   -,    -,   -,      -,                UNKNOWN,               NO_ORIGIN_DATA
            """)
    void classifies(BigDecimal amount, String pom, String country, String att, String waiver, Exemption exemption,
            PurchaseClass expected, Reason reason) {
        PurchaseFacts facts = new PurchaseFacts(DAY, amount, MICRO,
                pom == null ? null : PlaceOfManufacture.valueOf(pom), country, attestation(att), waiver(waiver),
                exemption);

        PurchaseClassification result = PurchaseClassifier.classify(facts);

        assertThat(result.purchaseClass()).isEqualTo(expected);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.explanation()).isNotBlank();
        assertThat(result.purchaseClass().isComplianceException()).isEqualTo(expected == PurchaseClass.FOREIGN_UNWAIVED);
    }

    private static AttestationFact attestation(String code) {
        if (code == null) {
            return null;
        }
        boolean expired = code.endsWith("x");
        LocalDate until = expired ? DAY.minusDays(1) : LocalDate.of(2026, 12, 31);
        return new AttestationFact(7, code.startsWith("D"), LocalDate.of(2025, 3, 1), until);
    }

    private static WaiverFact waiver(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "A" -> new WaiverFact(42, "W-2026-0042", true, DAY.plusMonths(6));
            case "E" -> new WaiverFact(42, "W-2026-0042", true, DAY.minusDays(1));
            case "P" -> new WaiverFact(42, "W-2026-0042", false, null);
            default -> throw new IllegalArgumentException(code);
        };
    }

    @Test
    void attestationAndWaiverBoundariesAreInclusive() {
        AttestationFact att = new AttestationFact(1, true, DAY, DAY);
        assertThat(classify(new BigDecimal("50000"), att, null).purchaseClass()).isEqualTo(PurchaseClass.DOMESTIC);
        assertThat(classify(new BigDecimal("50000"), new AttestationFact(1, true, DAY.plusDays(1), DAY.plusYears(1)),
                null).reason()).isEqualTo(Reason.ATTESTATION_NOT_VALID_ON_DATE);

        WaiverFact lastDay = new WaiverFact(3, "W-1", true, DAY);
        assertThat(classifyForeign(lastDay).purchaseClass()).isEqualTo(PurchaseClass.FOREIGN_WAIVED);
        WaiverFact dayBefore = new WaiverFact(3, "W-1", true, DAY.minusDays(1));
        assertThat(classifyForeign(dayBefore).purchaseClass()).isEqualTo(PurchaseClass.FOREIGN_UNWAIVED);
        WaiverFact openEnded = new WaiverFact(3, "W-1", true, null);
        assertThat(classifyForeign(openEnded).reason()).isEqualTo(Reason.WAIVER_IN_FORCE);
    }

    @Test
    void microPurchaseThresholdIsTheOneInForceOnTheDate() {
        // $12,000 of Chinese goods: above the $10,000 threshold before 2025-10-01, at or below $15,000 from then on.
        PurchaseFacts before = new PurchaseFacts(LocalDate.of(2025, 9, 30), new BigDecimal("12000"),
                new BigDecimal("10000"), null, "CN", null, null, null);
        PurchaseFacts after = new PurchaseFacts(LocalDate.of(2025, 10, 1), new BigDecimal("12000"),
                new BigDecimal("15000"), null, "CN", null, null, null);
        assertThat(PurchaseClassifier.classify(before).purchaseClass()).isEqualTo(PurchaseClass.FOREIGN_UNWAIVED);
        assertThat(PurchaseClassifier.classify(before).explanation()).contains("$10,000.00");
        assertThat(PurchaseClassifier.classify(after).purchaseClass()).isEqualTo(PurchaseClass.EXEMPT_MICRO_PURCHASE);
        assertThat(PurchaseClassifier.classify(after).explanation()).contains("$15,000.00").contains("2025-10-01");
    }

    @Test
    void recordsWhichAttestationOrWaiverDecided() {
        PurchaseClassification byAttestation = classify(new BigDecimal("50000"),
                new AttestationFact(9, true, DAY.minusYears(1), DAY), null);
        assertThat(byAttestation.attestationId()).isEqualTo(9L);
        assertThat(byAttestation.waiverId()).isNull();
        PurchaseClassification byWaiver = classifyForeign(new WaiverFact(5, "W-5", true, null));
        assertThat(byWaiver.waiverId()).isEqualTo(5L);
        assertThat(byWaiver.explanation()).contains("W-5");
    }

    @Test
    void everyReasonSaysWhatIsMissingExactlyWhenTheClassNeedsAction() {
        for (Reason r : Reason.values()) {
            boolean needsAction = r.purchaseClass() == PurchaseClass.FOREIGN_UNWAIVED
                    || r.purchaseClass() == PurchaseClass.UNKNOWN;
            assertThat(r.missing() != null).as(r.name()).isEqualTo(needsAction);
        }
        assertThatThrownBy(() -> new PurchaseClassification(PurchaseClass.DOMESTIC, Reason.MICRO_PURCHASE, "x", null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesDollarsWithGroupingAndCents() {
        assertThat(PurchaseClassifier.usd(new BigDecimal("15000"))).isEqualTo("$15,000.00");
        assertThat(PurchaseClassifier.usd(new BigDecimal("1234567.8949"))).isEqualTo("$1,234,567.89");
        assertThat(PurchaseClassifier.usd(new BigDecimal("-2500.005"))).isEqualTo("-$2,500.01");
        assertThat(PurchaseClassifier.usd(BigDecimal.ZERO)).isEqualTo("$0.00");
    }

    @Test
    void readsPlaceOfManufactureCodes() {
        assertThat(PlaceOfManufacture.fromCode(" d ")).contains(PlaceOfManufacture.D);
        assertThat(PlaceOfManufacture.fromCode("")).isEmpty();
        assertThat(PlaceOfManufacture.fromCode("Z")).isEmpty();
        assertThat(PlaceOfManufacture.fromCode("DD")).isEmpty();
        assertThat(PlaceOfManufacture.fromCode(null)).isEmpty();
        assertThat(PlaceOfManufacture.C.isForeign()).isFalse();
        assertThat(PlaceOfManufacture.A.isForeign()).isTrue();
    }

    private static PurchaseClassification classify(BigDecimal amount, AttestationFact att, WaiverFact waiver) {
        return PurchaseClassifier.classify(new PurchaseFacts(DAY, amount, MICRO, null, null, att, waiver, null));
    }

    private static PurchaseClassification classifyForeign(WaiverFact waiver) {
        return PurchaseClassifier.classify(new PurchaseFacts(DAY, new BigDecimal("50000"), MICRO,
                PlaceOfManufacture.B, "CN", null, waiver, null));
    }
}
