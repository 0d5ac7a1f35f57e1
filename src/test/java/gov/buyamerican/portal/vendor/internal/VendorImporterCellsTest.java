package gov.buyamerican.portal.vendor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template's cell formats, and how a row's values merge into a stored vendor. */
class VendorImporterCellsTest {

    @Test
    void datesAreIsoOrUsStyle() {
        List<String> reasons = new ArrayList<>();
        assertThat(VendorImporter.date("2026-06-30", "d", reasons)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(VendorImporter.date("6/30/2026", "d", reasons)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(VendorImporter.date("2026-06-30 00:00:00", "d", reasons)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(VendorImporter.date(null, "d", reasons)).isNull();
        assertThat(reasons).isEmpty();
        assertThat(VendorImporter.date("30.06.2026", "sam_expiration_date", reasons)).isNull();
        assertThat(VendorImporter.date("2/30/2026", "sam_expiration_date", reasons)).isNull();
        assertThat(reasons).containsExactly(
                "sam_expiration_date: '30.06.2026' is not a date like 2026-06-30",
                "sam_expiration_date: '2/30/2026' is not a date like 2026-06-30");
    }

    @Test
    void kindsAreNamesOrLabels() {
        List<String> reasons = new ArrayList<>();
        assertThat(VendorImporter.kind("manufacturer", reasons)).isEqualTo(VendorKind.MANUFACTURER);
        assertThat(VendorImporter.kind(" Marketplace ", reasons)).isEqualTo(VendorKind.MARKETPLACE);
        assertThat(VendorImporter.kind(null, reasons)).isNull();
        assertThat(VendorImporter.kind("distributor", reasons)).isNull();
        assertThat(reasons).containsExactly("kind: 'distributor' is not MANUFACTURER, RESELLER or MARKETPLACE");
    }

    @Test
    void sizesAreSmallOrOther() {
        List<String> reasons = new ArrayList<>();
        assertThat(VendorImporter.size("S", reasons)).isEqualTo(VendorSize.SMALL);
        assertThat(VendorImporter.size("other than small", reasons)).isEqualTo(VendorSize.OTHER);
        assertThat(VendorImporter.size("medium", reasons)).isNull();
        assertThat(reasons).containsExactly("business_size: 'medium' is not SMALL or OTHER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y", "yes", "T", "true", "1", "x"})
    void trueFlags(String value) {
        assertThat(VendorImporter.flag(value, VendorTemplate.Column.WOSB, new ArrayList<>())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "no", "F", "false", "0"})
    void falseFlags(String value) {
        assertThat(VendorImporter.flag(value, VendorTemplate.Column.WOSB, new ArrayList<>())).isFalse();
    }

    @Test
    void otherFlagsAreRefusedAndBlankMeansUnchanged() {
        List<String> reasons = new ArrayList<>();
        assertThat(VendorImporter.flag(null, VendorTemplate.Column.HUBZONE, reasons)).isNull();
        assertThat(VendorImporter.flag("maybe", VendorTemplate.Column.HUBZONE, reasons)).isNull();
        assertThat(reasons).containsExactly("hubzone: 'maybe' is not Y or N");
    }

    @Test
    void blankValuesKeepWhatIsStored() {
        VendorRow stored = new VendorRow("UNXEYQN41M87", "Old Name", "Old DBA", "7VYR1", "US", "1 Old St", null, "McLean",
                "VA", "22102", "+17035550100", "https://old.example", VendorKind.RESELLER, VendorSize.SMALL, true, false,
                false, false, false, LocalDate.of(2026, 1, 1), VendorStatus.SUSPENDED, "Under review");
        var candidate = new VendorImporter.Candidate(2, "UNXEYQN41M87", "New Name", null, null, "US", null, null, null,
                null, null, null, null, null, null, null, null, true, null, null, LocalDate.of(2027, 1, 1), null);
        VendorRow merged = candidate.mergedInto(stored);
        assertThat(merged.legalName()).isEqualTo("New Name");
        assertThat(merged.dbaName()).isEqualTo("Old DBA");
        assertThat(merged.cageCode()).isEqualTo("7VYR1");
        assertThat(merged.kind()).isEqualTo(VendorKind.RESELLER);
        assertThat(merged.sdb()).isTrue();
        assertThat(merged.sdvosb()).isTrue();
        assertThat(merged.samExpiryDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(merged.status()).isEqualTo(VendorStatus.SUSPENDED);
        assertThat(merged.statusReason()).isEqualTo("Under review");
    }

    @Test
    void aNewRowIsActiveWithFlagsOffUnlessGiven() {
        var candidate = new VendorImporter.Candidate(2, "UNXEYQN41M87", "Name", null, null, "US", null, null, null,
                null, null, null, null, null, null, null, true, null, null, null, null, null);
        VendorRow row = candidate.newRow();
        assertThat(row.status()).isEqualTo(VendorStatus.ACTIVE);
        assertThat(row.wosb()).isTrue();
        assertThat(row.sdb()).isFalse();
        assertThat(row.kind()).isNull();
    }
}
