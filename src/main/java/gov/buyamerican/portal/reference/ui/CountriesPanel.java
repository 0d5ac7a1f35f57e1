package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import gov.buyamerican.portal.reference.CountryEntry;
import gov.buyamerican.portal.reference.CountryService;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Badge;
import java.util.List;

/** The ISO 3166-1 countries, read-only, searched and paged in the database. */
class CountriesPanel extends Div {

    private final Grid<CountryEntry> grid = new Grid<>(CountryEntry.class, false);
    private final TextField search = new TextField();

    CountriesPanel(CountryService countries) {
        addClassNames("portal-section", "portal-countries");
        search.setPlaceholder("Search name or code");
        search.setAriaLabel("Search countries");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        search.setId("country-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Paragraph about = new Paragraph("ISO 3166-1 countries and territories. Forms and records use the two-letter "
                + "code; USAspending files use the three-letter one.");
        about.addClassName("portal-rule-description");
        Div filters = new Div(search, about);
        filters.addClassName("portal-filters");

        grid.addColumn(CountryEntry::alpha2).setHeader("Alpha-2").setKey("alpha2").setSortable(true).setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(CountryEntry::alpha3).setHeader("Alpha-3").setKey("alpha3").setSortable(true).setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(CountryEntry::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(c -> c.active() ? new Badge("Active", Badge.Tone.SUCCESS) : new Badge("Inactive",
                Badge.Tone.NEUTRAL)).setHeader("In forms").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> countries.search(search.getValue(), new PageQuery(query.getOffset(), query.getLimit(),
                query.getSortOrders().stream().map(o -> new PageQuery.SortOrder(o.getSorted(),
                        o.getDirection() == SortDirection.ASCENDING)).toList())).stream(),
                query -> countries.count(search.getValue()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Countries");
        grid.setEmptyStateText("No country matches the search");
        grid.setId("grid-countries");
        grid.setHeight("32rem");
        add(filters, grid);
    }
}
