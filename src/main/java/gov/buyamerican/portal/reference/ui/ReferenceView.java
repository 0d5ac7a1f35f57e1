package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.reference.CountryService;
import gov.buyamerican.portal.reference.CriticalItemService;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Reference data: the dated rule values with their sources, the critical items list and the countries. ADMIN, AUDITOR
 * and REPORTS read it; only ADMIN sees the controls to change it, and the services check the role again.
 */
@Route("reference")
@PageTitle("Reference data | Buy American Compliance Portal")
@Menu(order = 85, icon = "vaadin:book", title = "Reference data")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.REPORTS})
public class ReferenceView extends Main {

    public ReferenceView(RuleValueService rules, CriticalItemService criticalItems, CountryService countries,
                         StoredFileService files, Clock clock) {
        addClassName("portal-view");
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        TabSheet tabs = new TabSheet();
        tabs.add("Rule values", new RuleValuesPanel(rules, files, clock, admin)).setId("tab-rule-values");
        tabs.add("Critical items", new CriticalItemsPanel(criticalItems, clock, admin)).setId("tab-critical-items");
        tabs.add("Countries", new CountriesPanel(countries)).setId("tab-countries");
        tabs.addClassName("portal-reference-tabs");
        tabs.setWidthFull();
        add(new ViewToolbar("Reference data", "The numbers the rules use, each with the dates it applies and its source; "
                + "click a value for its source documents."
                + (admin ? " A value that has taken effect is history: change a number by adding a value from a later date."
                        : " Read-only: an administrator keeps these tables.")), tabs);
    }
}
