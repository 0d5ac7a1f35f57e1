package gov.buyamerican.portal.purchase.ui;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Badge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** Small helpers shared by the purchase views. */
final class PurchaseUi {

    private PurchaseUi() {
    }

    static boolean canEdit() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    static Badge.Tone tone(PurchaseClass c) {
        return switch (c) {
            case DOMESTIC -> Badge.Tone.SUCCESS;
            case FOREIGN_WAIVED -> Badge.Tone.INFO;
            case EXEMPT_MICRO_PURCHASE, EXEMPT_OTHER -> Badge.Tone.NEUTRAL;
            case FOREIGN_UNWAIVED -> Badge.Tone.ERROR;
            case UNKNOWN -> Badge.Tone.WARNING;
        };
    }

    static Badge badge(PurchaseClass c) {
        return new Badge(c.label(), tone(c));
    }

    static String toneName(PurchaseClass c) {
        return tone(c).name().toLowerCase(Locale.ROOT);
    }

    static <T> Stream<T> fetch(int offset, int limit, List<PageQuery.SortOrder> sort, Function<PageQuery, List<T>> page) {
        List<T> rows = new ArrayList<>();
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
}
