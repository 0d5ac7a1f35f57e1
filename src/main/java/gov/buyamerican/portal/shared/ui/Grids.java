package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/** Makes grids whose rows open something usable without a mouse. */
public final class Grids {

    private static final String ITEM_KEY = "(element.getEventContext(event).item || {}).key";

    private Grids() {
    }

    /**
     * Opens a row with a click, and with Enter on a focused row or body cell. A grid's item click listener hears mouse
     * clicks only (and Space on some cells, not on plain text), so without this a grid whose rows lead somewhere
     * cannot be used with the keyboard (WCAG 2.1.1). The arrow keys move between rows as usual; the grid tells which
     * row the key was pressed on ({@code getEventContext}), so no state is kept here.
     */
    public static <T> void openOnClickOrEnter(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.getElement().addEventListener("keydown", e -> {
            String key = e.getEventData().has(ITEM_KEY) ? e.getEventData().get(ITEM_KEY).asString() : null;
            T item = key == null || key.isEmpty() ? null : grid.getDataCommunicator().getKeyMapper().get(key);
            if (item != null) {
                open.accept(item);
            }
        }).addEventData(ITEM_KEY)
                .setFilter("event.key === 'Enter' && !event.repeat && event.composedPath().some(n => n.id === 'items')"
                        // a link or button inside a cell does its own thing on Enter
                        + " && !event.composedPath().some(n => n.localName === 'a' || n.localName === 'vaadin-button')");
    }
}
