package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.shared.PageQuery.SortOrder;
import java.util.List;
import org.jooq.SortField;
import org.junit.jupiter.api.Test;

class VendorQueriesTest {

    private static final List<SortField<?>> BY_NAME = List.of(VENDOR.LEGAL_NAME.asc(), VENDOR.STATUS.asc(),
            VENDOR.KIND.asc(), VENDOR.COUNTRY_CODE.asc(), VENDOR.BUSINESS_SIZE.asc(), VENDOR.SDB.asc(), VENDOR.WOSB.asc(),
            VENDOR.SDVOSB.asc(), VENDOR.HUBZONE.asc(), VENDOR.SBA_8A.asc(), VENDOR.ID.asc());

    @Test
    void defaultOrderIsByNameWithTheNameIndexColumnsAsTieBreakers() {
        assertThat(VendorQueries.orderBy(List.of())).isEqualTo(BY_NAME);
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("legalName", true)))).isEqualTo(BY_NAME);
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("legalName", false)))).first()
                .isEqualTo(VENDOR.LEGAL_NAME.desc());
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("legalName", false)))).last().isEqualTo(VENDOR.ID.desc());
    }

    @Test
    void unknownSortKeysAreIgnored() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("legal_name; DROP TABLE vendor", false),
                new SortOrder("password", true)))).isEqualTo(BY_NAME);
    }

    @Test
    void otherColumnsAreFollowedByTheIdInTheSameDirection() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("status", false))))
                .containsExactly(VENDOR.STATUS.desc(), VENDOR.ID.desc());
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("samExpiryDate", true))))
                .containsExactly(VENDOR.SAM_EXPIRY_DATE.asc(), VENDOR.ID.asc());
    }

    @Test
    void uniqueIdentifiersNeedNoTieBreaker() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("uei", true)))).containsExactly(VENDOR.UEI.asc());
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("cageCode", false)))).containsExactly(VENDOR.CAGE_CODE.desc());
    }

    @Test
    void multipleSortsKeepTheirOrder() {
        assertThat(VendorQueries.orderBy(List.of(new SortOrder("country", true), new SortOrder("legalName", true))))
                .startsWith(VENDOR.COUNTRY_CODE.asc(), VENDOR.LEGAL_NAME.asc(), VENDOR.STATUS.asc())
                .doesNotContainSequence(VENDOR.COUNTRY_CODE.asc(), VENDOR.COUNTRY_CODE.asc())
                .endsWith(VENDOR.ID.asc());
    }

    @Test
    void everyGridColumnKeyIsSortable() {
        assertThat(VendorQueries.sortKeys()).contains("legalName", "uei", "cageCode", "country", "kind", "status",
                "size", "samExpiryDate", "updatedAt");
    }
}
