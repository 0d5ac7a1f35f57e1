package gov.buyamerican.portal.rules.domesticcontent;

/**
 * The threshold reference table cannot give the numbers for a delivery year (a required value is
 * missing), or is inconsistent (two values of one key overlap in time).
 */
public class ThresholdScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ThresholdScheduleException(String message) {
        super(message);
    }
}
