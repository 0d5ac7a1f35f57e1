package gov.buyamerican.portal.shared;

import java.util.List;
import java.util.Objects;

/**
 * One page of a grid, asked of a service: offset and limit from the grid, sort orders by whitelisted column keys.
 * Services translate the keys to columns; unknown keys are ignored, never put into SQL.
 */
public record PageQuery(int offset, int limit, List<SortOrder> sort) {

    public static final int MAX_LIMIT = 500;

    public PageQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        sort = List.copyOf(Objects.requireNonNullElse(sort, List.of()));
    }

    public static PageQuery first(int limit) {
        return new PageQuery(0, limit, List.of());
    }

    /** A sort order on a whitelisted key. */
    public record SortOrder(String key, boolean ascending) {
        public SortOrder {
            Objects.requireNonNull(key, "key");
        }
    }
}
