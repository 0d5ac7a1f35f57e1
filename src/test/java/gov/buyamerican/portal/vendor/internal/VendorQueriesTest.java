package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.shared.PageQuery.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendorQueriesTest {

    @Test
    void defaultOrderIsByNameThenId() {
        assertThat(VendorQueries.orderBy(List.of())).containsExactly(VENDOR.LEGAL_NAME.asc(), VENDOR.ID.asc());
    }

    @Test
    void unknownSortKeysAreIgnored() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("legal_name; DROP TABLE vendor", false),
                new SortOrder("password", true)))).containsExactly(VENDOR.LEGAL_NAME.asc(), VENDOR.ID.asc());
    }

    @Test
    void groupingColumnsAreFollowedByTheNameInTheSameDirection() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("status", false))))
                .containsExactly(VENDOR.STATUS.desc(), VENDOR.LEGAL_NAME.desc(), VENDOR.ID.desc());
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("country", true))))
                .containsExactly(VENDOR.COUNTRY_CODE.asc(), VENDOR.LEGAL_NAME.asc(), VENDOR.ID.asc());
    }

    @Test
    void uniqueOrDateColumnsAreFollowedByTheIdOnly() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("uei", true))))
                .containsExactly(VENDOR.UEI.asc(), VENDOR.ID.asc());
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("samExpiryDate", false))))
                .containsExactly(VENDOR.SAM_EXPIRY_DATE.desc(), VENDOR.ID.desc());
    }

    @Test
    void everyGridColumnKeyIsSortable() {
        assertThat(VendorQueries.sortKeys()).contains("legalName", "uei", "cageCode", "country", "kind", "status",
                "size", "samExpiryDate", "updatedAt");
    }
}
