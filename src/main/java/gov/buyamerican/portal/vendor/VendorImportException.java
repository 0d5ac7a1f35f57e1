package gov.buyamerican.portal.vendor;

import gov.buyamerican.portal.shared.BusinessRuleException;

/**
 * The file as a whole cannot be imported (not a CSV file, empty, unknown header, not UTF-8, broken CSV syntax):
 * nothing was imported. The message is written for the person who uploaded the file.
 */
public class VendorImportException extends BusinessRuleException {

    public VendorImportException(String message) {
        super("file", message);
    }
}
