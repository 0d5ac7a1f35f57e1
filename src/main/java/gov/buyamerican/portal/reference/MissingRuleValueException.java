package gov.buyamerican.portal.reference;

import gov.buyamerican.portal.shared.BusinessRuleException;
import java.time.LocalDate;

/**
 * No value of a rule is in force on the date asked for. The portal then refuses to decide rather than guess a number;
 * an administrator adds the missing value under Reference data.
 */
public class MissingRuleValueException extends BusinessRuleException {

    private final RuleKey key;
    private final LocalDate date;

    public MissingRuleValueException(RuleKey key, LocalDate date) {
        super("No value of \u201c" + key.label() + "\u201d is in force on " + date
                + ". An administrator can add it under Reference data.");
        this.key = key;
        this.date = date;
    }

    public RuleKey key() {
        return key;
    }

    public LocalDate date() {
        return date;
    }
}
