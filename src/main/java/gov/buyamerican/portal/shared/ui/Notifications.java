package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent toasts: success messages fade, errors stay until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void info(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_END);
    }

    public static void error(String message) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        var text = new com.vaadin.flow.component.html.Span(message);
        var close = new com.vaadin.flow.component.button.Button("Close", e -> n.close());
        close.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        close.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        var box = new com.vaadin.flow.component.html.Div(text, close);
        box.getStyle().set("display", "flex").set("align-items", "center");
        n.add(box);
        n.getElement().setAttribute("role", "alert");
        n.open();
    }
}
