package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Labels, badges and small helpers shared by the vendor views. */
final class VendorUi {

    static final String STYLESHEET = "context://styles/vendor.css";

    private VendorUi() {
    }

    /** Whether the logged-in user may change vendors (the service checks again). */
    static boolean canEdit() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    static String kindLabel(VendorKind kind) {
        return kind == null ? "Not classified" : kind.label();
    }

    static String sizeLabel(VendorSize size) {
        return size == null ? "Not stated" : size.label();
    }

    static String categories(Set<SocioeconomicCategory> categories) {
        return categories.stream().sorted().map(SocioeconomicCategory::label).collect(Collectors.joining(", "));
    }

    static Badge.Tone statusTone(VendorStatus status) {
        return switch (status) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case INACTIVE -> Badge.Tone.NEUTRAL;
            case SUSPENDED -> Badge.Tone.ERROR;
        };
    }

    static Badge statusBadge(VendorStatus status) {
        return new Badge(status.label(), statusTone(status));
    }

    static Badge kindBadge(VendorKind kind) {
        return new Badge(kindLabel(kind), kind == null ? Badge.Tone.WARNING : Badge.Tone.INFO);
    }

    /** "Expired" or "Expires in 20 days" when the SAM registration needs attention, else null. */
    static Badge samBadge(LocalDate expiry, LocalDate today) {
        if (expiry == null) {
            return null;
        }
        if (expiry.isBefore(today)) {
            return new Badge("SAM expired", Badge.Tone.ERROR);
        }
        if (!expiry.isAfter(today.plusDays(30))) {
            return new Badge("SAM expires soon", Badge.Tone.WARNING);
        }
        return null;
    }

    /**
     * Fetches a range of rows in pages the service accepts ({@link PageQuery#MAX_LIMIT} at most): grids ask for their
     * page size, but some callers (item counts of lazy grids, tests) ask for more at once.
     */
    static <T> java.util.stream.Stream<T> fetch(int offset, int limit, List<PageQuery.SortOrder> sort,
                                                java.util.function.Function<PageQuery, List<T>> page) {
        List<T> rows = new java.util.ArrayList<>();
        int from = offset;
        int left = limit;
        while (left > 0) {
            int size = Math.min(left, PageQuery.MAX_LIMIT);
            List<T> chunk = page.apply(new PageQuery(from, size, sort));
            rows.addAll(chunk);
            if (chunk.size() < size) {
                break;
            }
            from += size;
            left -= size;
        }
        return rows.stream();
    }

    static List<PageQuery.SortOrder> sort(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream()
                .map(o -> new PageQuery.SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    /** An "empty state": an icon, a heading and a sentence, for a section with nothing to show. */
    static Div emptyState(VaadinIcon icon, String heading, String text) {
        Icon i = icon.create();
        i.getElement().setAttribute("aria-hidden", "true");
        Div box = new Div(i, new H2(heading), new Paragraph(text));
        box.addClassName("vendor-empty");
        return box;
    }

    /**
     * Shows a service's message next to the field it names; a message without a known field becomes an error
     * notification.
     */
    static void showError(BusinessRuleException ex, Map<String, ? extends HasValidation> fields) {
        gov.buyamerican.portal.shared.ui.FieldErrors.show(ex, fields);
    }
}
