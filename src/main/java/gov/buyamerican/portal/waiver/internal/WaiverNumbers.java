package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.WAIVER_NUMBER_COUNTER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable waiver numbers, W-2026-0042: one counter row per year, locked FOR UPDATE in the caller's
 * transaction, so two requests (even from two application instances) never get the same number. The row of a new
 * year is created first in a short transaction of its own, so that two first requests of a year cannot deadlock on
 * inserting it. A rolled-back request gives its number back; numbers may still have gaps (e.g. a failed insert after
 * the counter moved in another transaction), never duplicates.
 */
@Component
public class WaiverNumbers {

    private final DSLContext dsl;
    private final TransactionTemplate newTransaction;

    WaiverNumbers(DSLContext dsl, PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of {@code year}; call inside the transaction that stores the request. */
    public String next(int year) {
        newTransaction.executeWithoutResult(status -> dsl.insertInto(WAIVER_NUMBER_COUNTER)
                .set(WAIVER_NUMBER_COUNTER.YEAR, year)
                .set(WAIVER_NUMBER_COUNTER.LAST_NUMBER, 0)
                .onDuplicateKeyIgnore()
                .execute());
        int last = dsl.select(WAIVER_NUMBER_COUNTER.LAST_NUMBER).from(WAIVER_NUMBER_COUNTER)
                .where(WAIVER_NUMBER_COUNTER.YEAR.eq(year))
                .forUpdate()
                .fetchSingle(WAIVER_NUMBER_COUNTER.LAST_NUMBER);
        int next = last + 1;
        dsl.update(WAIVER_NUMBER_COUNTER).set(WAIVER_NUMBER_COUNTER.LAST_NUMBER, next)
                .where(WAIVER_NUMBER_COUNTER.YEAR.eq(year)).execute();
        return format(year, next);
    }

    /** {@return e.g. "W-2026-0042"; four digits at least} */
    public static String format(int year, int number) {
        return "W-%d-%04d".formatted(year, number);
    }
}
