package gov.buyamerican.portal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;

/** The seeded ISO 3166-1 table, searched and paged in the database. */
@PortalSpringTest
class CountryServiceTest {

    @Autowired
    CountryService countries;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void searchesByNameOrExactCodeAndPages() {
        TestUsers.actAs("ref-country-reader", Role.REPORTS);
        assertThat(countries.count(null)).isEqualTo(249);
        assertThat(countries.search("usa", PageQuery.first(10))).extracting(CountryEntry::alpha2).containsExactly("US");
        assertThat(countries.search("de", PageQuery.first(10))).extracting(CountryEntry::name)
                .contains("Germany", "Bangladesh");
        assertThat(countries.count("united")).isEqualTo(countries.search("united", PageQuery.first(50)).size());

        List<CountryEntry> byNameDesc = countries.search(null, new PageQuery(0, 3,
                List.of(new PageQuery.SortOrder("name", false), new PageQuery.SortOrder("nonsense; drop table", true))));
        assertThat(byNameDesc).hasSize(3);
        assertThat(byNameDesc.get(0).name()).isGreaterThanOrEqualTo(byNameDesc.get(1).name());
        assertThat(countries.search(null, new PageQuery(248, 10, List.of()))).hasSize(1);
    }

    @Test
    void needsALoggedInUser() {
        assertThatThrownBy(() -> countries.count(null)).isInstanceOf(AuthenticationException.class);
    }
}
