package gov.buyamerican.portal.waiver.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.waiver.WaiverNotification;
import gov.buyamerican.portal.waiver.WaiverNotificationService;

/**
 * A bell with the number of unread waiver notifications; opening it lists the newest, and choosing one marks it read
 * and opens its waiver. (In-app only; e-mail delivery is a later step.)
 */
class NotificationBell extends Composite<Div> {

    private final WaiverNotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();

    NotificationBell(WaiverNotificationService notifications) {
        this.notifications = notifications;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setId("notifications");
        count.addClassName("portal-bell-count");
        Div wrapper = getContent();
        wrapper.addClassName("portal-bell");
        wrapper.add(bell, count);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.setAriaLabel("Notifications");
        Button markAll = new Button("Mark all read", e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(new H3("Notifications"), markAll);
        header.addClassName("portal-notifications-header");
        list.addClassName("portal-notifications");
        popover.add(header, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        wrapper.add(popover);
        refresh();
    }

    private void refresh() {
        int unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        bell.setTooltipText(unread == 0 ? "Notifications" : unread + " unread notification" + (unread == 1 ? "" : "s"));
        list.removeAll();
        var items = notifications.mine(10);
        if (items.isEmpty()) {
            list.add(new Paragraph("No notifications yet."));
        }
        for (WaiverNotification n : items) {
            Span message = new Span(n.message());
            Span when = new Span(Formats.dateTime(n.createdAt()));
            when.addClassName("portal-notification-when");
            Div item = new Div(message, when);
            item.addClassNames("portal-notification", n.read() ? "portal-notification-read" : "portal-notification-unread");
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("tabindex", "0");
            item.addClickListener(e -> open(n));
            item.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter' || event.key === ' '");
            list.add(item);
        }
    }

    private void open(WaiverNotification n) {
        notifications.markRead(n.id());
        popover.close();
        refresh();
        if (n.link() != null) {
            UI.getCurrent().navigate(n.link());
        }
    }
}
