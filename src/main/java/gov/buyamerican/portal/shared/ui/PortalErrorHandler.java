package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
        switch (ErrorKind.of(t)) {
            case BUSINESS_RULE, NOT_FOUND -> Notifications.error(t.getMessage());
            case CONFLICT -> showConflict(t instanceof ConcurrentEditException ? t.getMessage()
                    : "This record was changed by someone else after you opened it. Reload to see their changes; nothing was saved.");
            case ACCESS_DENIED -> Notifications.error("You do not have permission to do that.");
            case DATABASE_UNAVAILABLE -> databaseUnavailable(t);
            case UNEXPECTED -> {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, reference {}", ref, event.getThrowable());
                Notifications.error("Something went wrong and nothing was saved. If it happens again, quote reference "
                        + ref + " to your administrator.");
            }
        }
    }

    private static void databaseUnavailable(Throwable e) {
        log.warn("Database unavailable: {}", e.getMessage());
        Notifications.error(ErrorKind.DATABASE_UNAVAILABLE_MESSAGE);
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

    static Throwable rootOfInterest(Throwable t) {
        return ErrorKind.rootOfInterest(t);
    }
}
