package gov.buyamerican.portal.vendor;

import gov.buyamerican.portal.shared.BusinessRuleException;

/**
 * A UEI or CAGE code that another vendor already holds. Carries that vendor, so that a form can link to it.
 */
public class DuplicateVendorException extends BusinessRuleException {

    private final long existingId;
    private final String existingName;

    public DuplicateVendorException(String field, String message, long existingId, String existingName) {
        super(field, message);
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public long existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}
