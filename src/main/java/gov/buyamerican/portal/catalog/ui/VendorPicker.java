package gov.buyamerican.portal.catalog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.util.List;

/** A vendor picker that searches the registry as the user types, a page at a time. */
final class VendorPicker extends ComboBox<VendorSummary> {

    VendorPicker(String label, VendorService vendors) {
        super(label);
        setItemLabelGenerator(v -> v.legalName() + (v.uei() == null ? "" : " (UEI " + v.uei() + ")"));
        setItems(query -> vendors.search(VendorFilter.all().withText(query.getFilter().orElse("")),
                new PageQuery(query.getOffset(), query.getLimit(), List.of())).stream());
        setPlaceholder("Type a name, UEI or CAGE code");
        setClearButtonVisible(true);
    }
}
