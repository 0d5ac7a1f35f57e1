package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import java.util.UUID;
import org.jooq.exception.DataChangedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * One place that turns an exception escaping a user action into a readable message, never a stack trace. Unexpected
 * errors are logged with a reference the user can quote.
 */
@Component
class PortalErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = rootOfInterest(event.getThrowable());
        if (UI.getCurrent() == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        switch (t) {
            case BusinessRuleException e -> Notifications.error(e.getMessage());
            case NotFoundException e -> Notifications.error(e.getMessage());
            case ConcurrentEditException e -> showConflict(e.getMessage());
            case DataChangedException e -> showConflict(
                    "This record was changed by someone else after you opened it. Reload to see their changes; nothing was saved.");
            case AccessDeniedException e -> Notifications.error("You do not have permission to do that.");
            case CannotGetJdbcConnectionException e -> databaseUnavailable(e);
            case CannotCreateTransactionException e -> databaseUnavailable(e);
            case DataAccessResourceFailureException e -> databaseUnavailable(e);
            case TransientDataAccessException e -> databaseUnavailable(e);
            default -> {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, reference {}", ref, event.getThrowable());
                Notifications.error("Something went wrong and nothing was saved. If it happens again, quote reference "
                        + ref + " to your administrator.");
            }
        }
    }

    private static void databaseUnavailable(Throwable e) {
        log.warn("Database unavailable: {}", e.getMessage());
        Notifications.error("The database cannot be reached right now. Nothing was saved; please try again in a moment.");
    }

    private static void showConflict(String message) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Someone else changed this record");
        dialog.setText(message);
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(e -> UI.getCurrent().getPage().reload());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my screen");
        dialog.open();
    }

    /** Unwraps the wrappers Vaadin and Spring put around the exception thrown by a service. */
    static Throwable rootOfInterest(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof BusinessRuleException || current instanceof NotFoundException
                    || current instanceof ConcurrentEditException || current instanceof DataChangedException
                    || current instanceof AccessDeniedException
                    || current instanceof org.springframework.dao.DataAccessException
                    || current instanceof CannotCreateTransactionException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
