package gov.buyamerican.portal.vendor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorRules;
import gov.buyamerican.portal.vendor.VendorStatus;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void everyGeneratedVendorPassesTheRulesAlreadyNormalized() {
        List<VendorRow> rows = new VendorGenerator(42, TODAY).next(5_000);
        for (VendorRow r : rows) {
            VendorForm form = new VendorForm(r.legalName(), r.dbaName(), r.uei(), r.cageCode(), r.countryCode(),
                    r.addressLine1(), r.addressLine2(), r.city(), r.stateRegion(), r.postalCode(), r.phone(), r.website(),
                    r.kind(), r.size(), r.categories(), r.samExpiryDate());
            var checked = VendorRules.check(form, TODAY, true);
            assertThat(checked.problems()).as(r.toString()).isEmpty();
            assertThat(checked.value()).as("stored as normalized").isEqualTo(form);
            assertThat(VendorRules.statusReason(r.status(), r.statusReason()).isValid()).isTrue();
        }
    }

    @Test
    void identifiersAreUniqueAndTheMixIsRealistic() {
        List<VendorRow> rows = new VendorGenerator(7, TODAY).next(20_000);
        Set<String> ueis = new HashSet<>();
        Set<String> cages = new HashSet<>();
        rows.forEach(r -> assertThat(ueis.add(r.uei())).isTrue());
        rows.stream().map(VendorRow::cageCode).filter(Objects::nonNull).forEach(c -> assertThat(cages.add(c)).isTrue());
        long us = rows.stream().filter(r -> r.countryCode().equals("US")).count();
        assertThat(us).isBetween(15_000L, 17_000L);
        assertThat(rows.stream().filter(r -> r.kind() == VendorKind.MARKETPLACE).count()).isPositive();
        assertThat(rows.stream().filter(r -> r.kind() == null).count()).isPositive();
        assertThat(rows.stream().filter(r -> r.status() == VendorStatus.SUSPENDED).count()).isPositive();
        assertThat(rows.stream().filter(r -> r.samExpiryDate() != null && r.samExpiryDate().isBefore(TODAY)).count())
                .isPositive();
    }

    @Test
    void theSameSeedGivesTheSameVendors() {
        assertThat(new VendorGenerator(3, TODAY).next(100)).isEqualTo(new VendorGenerator(3, TODAY).next(100));
        assertThat(new VendorGenerator(3, TODAY).next(10)).isNotEqualTo(new VendorGenerator(4, TODAY).next(10));
    }

    @Test
    void writesTheTemplateFormat() {
        StringWriter out = new StringWriter();
        new VendorGenerator(1, TODAY).writeTemplateCsv(3, out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("uei,legal_name,doing_business_as,cage_code,country,");
    }
}
