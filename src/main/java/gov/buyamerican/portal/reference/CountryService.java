package gov.buyamerican.portal.reference;

import static gov.buyamerican.portal.db.Tables.COUNTRY;

import gov.buyamerican.portal.shared.PageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The country reference table (ISO 3166-1), read-only here: searched and paged in the database. */
@Service
public class CountryService {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "alpha2", COUNTRY.ALPHA2,
            "alpha3", COUNTRY.ALPHA3,
            "name", COUNTRY.NAME);

    private final DSLContext dsl;

    public CountryService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of the countries whose name or code contains {@code search} (case-insensitive). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CountryEntry> search(String search, PageQuery page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : page.sort()) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc() : f.desc());
            }
        }
        order.add(COUNTRY.ALPHA2.asc());
        return dsl.selectFrom(COUNTRY).where(condition(search)).orderBy(order).limit(page.limit()).offset(page.offset())
                .fetch(r -> new CountryEntry(r.getAlpha2(), r.getAlpha3(), r.getNumericCode(), r.getName(),
                        r.getActive()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(String search) {
        return dsl.fetchCount(COUNTRY, condition(search));
    }

    private static Condition condition(String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        String s = search.strip();
        return COUNTRY.NAME.containsIgnoreCase(s).or(COUNTRY.ALPHA2.equalIgnoreCase(s)).or(COUNTRY.ALPHA3.equalIgnoreCase(s));
    }
}
