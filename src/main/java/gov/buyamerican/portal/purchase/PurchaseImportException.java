package gov.buyamerican.portal.purchase;

import gov.buyamerican.portal.shared.BusinessRuleException;
import java.io.Serial;

/** The file as a whole cannot be imported (not CSV, empty, wrong header, broken syntax); nothing was imported. */
public class PurchaseImportException extends BusinessRuleException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PurchaseImportException(String message) {
        super(message);
    }
}
