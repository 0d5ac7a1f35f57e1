package gov.buyamerican.portal.waiver.internal;

import gov.buyamerican.portal.reference.MissingRuleValueException;
import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import gov.buyamerican.portal.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The dated reference values the waiver rules need, asked of the {@code reference} module: the evaluation factors
 * (FAR 25.106) and the Made in America Office review period. The value in force on the given date wins.
 */
@Component
public class WaiverRuleValues {

    private final RuleValueService rules;

    WaiverRuleValues(RuleValueService rules) {
        this.rules = rules;
    }

    /** The evaluation factors in force on {@code date}, as fractions (20% = 0.20). */
    public EvaluationFactors evaluationFactors(LocalDate date) {
        try {
            return rules.evaluationFactorsOn(date);
        } catch (MissingRuleValueException e) {
            throw new BusinessRuleException(e.getMessage() + " Ask an administrator to add it to the reference data.");
        }
    }

    /** The number of business days the Made in America Office has to answer, in force on {@code date}. */
    public int miaoReviewBusinessDays(LocalDate date) {
        BigDecimal value;
        try {
            value = rules.valueOn(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, date);
        } catch (MissingRuleValueException e) {
            throw new BusinessRuleException(e.getMessage() + " Ask an administrator to add it to the reference data.");
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new BusinessRuleException("The reference value " + RuleKey.MIAO_REVIEW_BUSINESS_DAYS.label() + " in force on "
                    + date + " is not a whole number of days (" + value.toPlainString() + "); ask an administrator to correct it.");
        }
    }
}
