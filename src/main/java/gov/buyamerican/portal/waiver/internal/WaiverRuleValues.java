package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.RULE_VALUE;

import gov.buyamerican.portal.db.tables.records.RuleValueRecord;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The dated reference values the waiver rules need, read from {@code rule_value}: the FAR 25.105 evaluation factors
 * (stored as percentages) and the Made in America Office review period. The row in force on the given date wins.
 *
 * <p>A small query of our own until the {@code reference} module's service is merged; then this class asks it.
 */
@Component
public class WaiverRuleValues {

    static final String FACTOR_LARGE = "EVAL_FACTOR_LARGE_BUSINESS";
    static final String FACTOR_SMALL = "EVAL_FACTOR_SMALL_BUSINESS";
    static final String MIAO_REVIEW_DAYS = "MIAO_REVIEW_BUSINESS_DAYS";

    private final DSLContext dsl;

    WaiverRuleValues(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The evaluation factors in force on {@code date}, as fractions (20% = 0.20). */
    public EvaluationFactors evaluationFactors(LocalDate date) {
        RuleValueRecord large = inForce(FACTOR_LARGE, date);
        RuleValueRecord small = inForce(FACTOR_SMALL, date);
        LocalDate from = large.getEffectiveFrom().isAfter(small.getEffectiveFrom()) ? large.getEffectiveFrom()
                : small.getEffectiveFrom();
        String citation = large.getCitation().equals(small.getCitation()) ? large.getCitation()
                : large.getCitation() + "; " + small.getCitation();
        // percentages in the table; movePointLeft is exact (no rounding)
        return new EvaluationFactors(from, large.getValue().movePointLeft(2), small.getValue().movePointLeft(2), citation);
    }

    /** The number of business days the Made in America Office has to answer, in force on {@code date}. */
    public int miaoReviewBusinessDays(LocalDate date) {
        RuleValueRecord r = inForce(MIAO_REVIEW_DAYS, date);
        try {
            return r.getValue().intValueExact();
        } catch (ArithmeticException e) {
            throw new BusinessRuleException("The reference value " + MIAO_REVIEW_DAYS + " in force on " + date
                    + " is not a whole number of days (" + r.getValue().toPlainString() + "); ask an administrator to correct it.");
        }
    }

    private RuleValueRecord inForce(String key, LocalDate date) {
        RuleValueRecord r = dsl.selectFrom(RULE_VALUE)
                .where(RULE_VALUE.RULE_KEY.eq(key))
                .and(RULE_VALUE.EFFECTIVE_FROM.le(date))
                .and(RULE_VALUE.EFFECTIVE_UNTIL.isNull().or(RULE_VALUE.EFFECTIVE_UNTIL.ge(date)))
                .orderBy(RULE_VALUE.EFFECTIVE_FROM.desc())
                .limit(1)
                .fetchOne();
        if (r == null) {
            throw new BusinessRuleException("No reference value " + key + " is in force on " + date
                    + "; ask an administrator to add it to the rule values.");
        }
        return r;
    }
}
