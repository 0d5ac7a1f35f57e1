package gov.buyamerican.portal.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated value to add to a rule (ADMIN), e.g. a new threshold from a future date.
 *
 * @param key            the rule
 * @param value          the number, in the key's unit
 * @param effectiveFrom  first day it applies
 * @param effectiveUntil last day it applies (inclusive), or null for open-ended
 * @param citation       where the number comes from (required)
 * @param note           optional remark
 */
public record NewRuleValue(RuleKey key, BigDecimal value, LocalDate effectiveFrom, LocalDate effectiveUntil,
                           String citation, String note) {
}
