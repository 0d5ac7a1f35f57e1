package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.Contact;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One vendor: its data, contacts, marketplace sellers (or the marketplaces it sells on), its history, and the places
 * where its products, attestations and waivers will appear, and a link to its purchases.
 */
@Route("vendors/:" + VendorDetailView.ID + "([0-9]{1,18})")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
@StyleSheet(VendorUi.STYLESHEET)
public class VendorDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private static com.vaadin.flow.component.html.Div linkState(VaadinIcon icon, String heading, String text,
                                                             String linkText, String href) {
        var box = VendorUi.emptyState(icon, heading, text);
        box.add(new com.vaadin.flow.component.html.Anchor(href, linkText));
        return box;
    }

    private final VendorService vendors;
    private final Clock clock;
    private Vendor vendor;
    private String title = "Vendor | Buy American Compliance Portal";
    TabSheet tabs;
    Grid<Contact> contacts;
    Grid<SellerLink> sellers;
    Grid<AuditEvent> history;

    public VendorDetailView(VendorService vendors, Clock clock) {
        this.vendors = vendors;
        this.clock = clock;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            vendor = vendors.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no vendor " + id);
            return;
        }
        title = vendor.legalName() + " | Vendors | Buy American Compliance Portal";
        render(null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Rebuilds the page from the database, staying on the given tab (or the first). */
    void reload(String tab) {
        vendor = vendors.get(vendor.id());
        title = vendor.legalName() + " | Vendors | Buy American Compliance Portal";
        UI.getCurrent().getPage().setTitle(title);
        render(tab);
    }

    private void render(String selectedTab) {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        RouterLink back = new RouterLink("← All vendors", VendorsView.class);
        back.addClassName("vendor-back");

        H1 name = new H1(vendor.legalName());
        name.setId("vendor-name");
        Div badges = new Div(VendorUi.kindBadge(vendor.kind()), VendorUi.statusBadge(vendor.status()));
        if (vendor.size() != null) {
            badges.add(new Badge(vendor.size().label(), Badge.Tone.NEUTRAL));
        }
        vendor.categories().stream().sorted().forEach(c -> badges.add(new Badge(c.label(), Badge.Tone.INFO)));
        Badge sam = VendorUi.samBadge(vendor.samExpiryDate(), today);
        if (sam != null) {
            badges.add(sam);
        }
        badges.addClassName("vendor-badges");
        Div heading = new Div(name);
        if (vendor.dbaName() != null) {
            Span dba = new Span("Doing business as " + vendor.dbaName());
            dba.addClassName("vendor-secondary");
            heading.add(new Div(dba));
        }
        heading.add(badges);
        Div actions = new Div();
        actions.addClassName("vendor-header-actions");
        if (VendorUi.canEdit()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> VendorEditorDialog.forEdit(vendors, clock,
                    vendor, id -> reload(null)).open());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit-vendor");
            Button status = new Button("Change status", VaadinIcon.FLAG_O.create(),
                    e -> new StatusDialog(vendors, vendor, () -> reload(null)).open());
            status.setId("change-status");
            actions.add(status, edit);
        }
        Div header = new Div(heading, actions);
        header.addClassName("vendor-header");
        add(back, header);

        if (vendor.status() != VendorStatus.ACTIVE) {
            String text = vendor.status() == VendorStatus.SUSPENDED
                    ? "Suspended since " + Formats.dateTime(vendor.statusChangedAt()) + ": " + vendor.statusReason()
                    : "Inactive since " + Formats.dateTime(vendor.statusChangedAt())
                    + (vendor.statusReason() == null ? "" : ": " + vendor.statusReason());
            Div alert = new Div(VaadinIcon.WARNING.create(), new Span(text));
            alert.addClassName("vendor-alert");
            if (vendor.status() == VendorStatus.INACTIVE) {
                alert.addClassName("vendor-alert-warning");
            }
            alert.setId("status-alert");
            add(alert);
        }

        TabSheet sheet = new TabSheet();
        tabs = sheet;
        sheet.addThemeVariants(TabSheetVariant.LUMO_BORDERED);
        sheet.addClassName("vendor-tabs");
        sheet.add("Details", details(today));
        List<Contact> contactList = vendors.contacts(vendor.id());
        sheet.add("Contacts (" + contactList.size() + ")", contactsTab(contactList));
        if (vendor.kind() == VendorKind.MARKETPLACE) {
            sheet.add("Sellers (" + Formats.count(vendors.countSellers(vendor.id(), null)) + ")", sellersTab());
        }
        List<SellerLink> sellsOn = vendors.marketplacesOf(vendor.id());
        if (!sellsOn.isEmpty()) {
            sheet.add("Sells on (" + sellsOn.size() + ")", sellsOnTab(sellsOn));
        }
        sheet.add("Products", linkState(VaadinIcon.PACKAGE, "Products in the catalog",
                "The products this vendor offers or makes are kept in the product catalog, each with its origin "
                        + "status and attestation history.",
                "Open this vendor's products", "products?vendor=" + vendor.id()));
        sheet.add("Attestations", linkState(VaadinIcon.DIPLOMA_SCROLL, "Origin attestations by product",
                "Buy American certificates (FAR 52.225-2) are recorded per product; each product's page lists its "
                        + "attestations and the domestic content computed from them.",
                "Open this vendor's products", "products?vendor=" + vendor.id()));
        sheet.add("Waivers", VendorUi.emptyState(VaadinIcon.SCALE, "No waiver requests yet",
                "Waiver requests for this vendor's foreign end products will be listed here."));
        sheet.add("Purchases", sellsOn.isEmpty()
                ? linkState(VaadinIcon.CART, "Purchases from this vendor",
                        "Purchases recorded or imported for this vendor (as contractor or marketplace), with their Buy "
                                + "American classification, are listed in the purchases grid.",
                        "Open this vendor's purchases", "purchases?vendor=" + vendor.id())
                : linkState(VaadinIcon.CART, "Purchases sold by this vendor",
                        "Purchases made through a marketplace name this vendor as the seller; they are listed in the "
                                + "purchases grid.",
                        "Open the purchases it sold", "purchases?seller=" + vendor.id()));
        sheet.add("History", historyTab());
        sheet.setWidthFull();
        sheet.setId("vendor-tabs");
        if (selectedTab != null) {
            sheet.getChildren().filter(c -> c instanceof com.vaadin.flow.component.tabs.Tabs)
                    .flatMap(com.vaadin.flow.component.Component::getChildren)
                    .filter(c -> c instanceof com.vaadin.flow.component.tabs.Tab t && t.getLabel().startsWith(selectedTab))
                    .findFirst().ifPresent(t -> sheet.setSelectedTab((com.vaadin.flow.component.tabs.Tab) t));
        }
        add(sheet);
    }

    private Component details(LocalDate today) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("vendor-facts");
        fact(facts, "UEI", mono(vendor.uei() == null ? "Not registered in SAM.gov" : vendor.uei()));
        fact(facts, "CAGE code", mono(vendor.cageCode() == null ? "—" : vendor.cageCode()));
        fact(facts, "Country", new Span(vendor.countryName() + " (" + vendor.countryCode() + ")"));
        String address = Stream.of(vendor.addressLine1(), vendor.addressLine2(),
                        Stream.of(vendor.city(), vendor.stateRegion(), vendor.postalCode())
                                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" ")))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        fact(facts, "Address", new Span(address.isEmpty() ? "—" : address));
        fact(facts, "Phone", vendor.phone() == null ? new Span("—") : new Anchor("tel:" + vendor.phone().split(" ")[0],
                vendor.phone()));
        if (vendor.website() != null) {
            Anchor site = new Anchor(vendor.website(), vendor.website(), AnchorTarget.BLANK);
            site.getElement().setAttribute("rel", "noopener noreferrer");
            fact(facts, "Website", site);
        } else {
            fact(facts, "Website", new Span("—"));
        }
        fact(facts, "Kind", new Span(vendor.kind() == null
                ? "Not classified yet: edit the vendor to say whether it manufactures, resells or is a marketplace"
                : vendor.kind().label() + " — " + vendor.kind().description()));
        fact(facts, "Business size", new Span(VendorUi.sizeLabel(vendor.size())));
        fact(facts, "Socioeconomic categories", new Span(vendor.categories().isEmpty() ? "None"
                : vendor.categories().stream().sorted().map(c -> c.description() + " (" + c.label() + ")")
                        .collect(Collectors.joining(", "))));
        Span sam = new Span(vendor.samExpiryDate() == null ? "Not recorded" : Formats.date(vendor.samExpiryDate()));
        Badge samBadge = VendorUi.samBadge(vendor.samExpiryDate(), today);
        fact(facts, "SAM registration expires", samBadge == null ? sam : new Span(sam, new Span(" "), samBadge));
        fact(facts, "Status", new Span(vendor.status().label() + (vendor.statusReason() == null ? ""
                : ": " + vendor.statusReason())));
        fact(facts, "Registered", new Span(Formats.dateTime(vendor.createdAt())));
        fact(facts, "Last changed", new Span(Formats.dateTime(vendor.updatedAt())));
        if (vendor.lastImportId() != null) {
            vendors.importInfo(vendor.lastImportId()).ifPresent(i -> fact(facts, "Last import", new Span(
                    "Import #" + i.id() + " of " + i.fileName() + " (" + i.format().label() + ") by " + i.importedBy()
                            + ", " + Formats.dateTime(i.importedAt()))));
        }
        // the tab sheet makes its content the tab panel (role=tabpanel); a <dl> cannot take that role and keep its
        // terms and descriptions, so the list sits inside a plain panel
        return new Div(facts);
    }

    private static Span mono(String text) {
        Span s = new Span(text);
        s.addClassName("vendor-mono");
        return s;
    }

    /** A term and its value, grouped in a div (valid inside a dl) so that the grid lays them out as one cell. */
    private static void fact(DescriptionList list, String term, Component value) {
        list.add(new Div(new DescriptionList.Term(term), new DescriptionList.Description(value)));
    }

    private Component contactsTab(List<Contact> list) {
        Div box = new Div();
        Div toolbar = new Div(new Span("The people to reach at " + vendor.legalName() + "."));
        toolbar.addClassName("vendor-tab-toolbar");
        if (VendorUi.canEdit()) {
            Button add = new Button("Add contact", VaadinIcon.PLUS.create(),
                    e -> new ContactDialog(vendors, vendor.id(), null, () -> reload("Contacts")).open());
            add.setId("add-contact");
            toolbar.add(add);
        }
        box.add(toolbar);
        if (list.isEmpty()) {
            box.add(VendorUi.emptyState(VaadinIcon.USERS, "No contacts yet",
                    "Add the people who sign attestations or answer for orders at this vendor."));
            return box;
        }
        contacts = new Grid<>(Contact.class, false);
        contacts.addColumn(Contact::name).setHeader("Name").setFlexGrow(2);
        contacts.addColumn(c -> c.title() == null ? "" : c.title()).setHeader("Title").setFlexGrow(2);
        contacts.addColumn(LitRenderer.<Contact>of("<a href=\"mailto:${item.email}\" ?hidden=${!item.email}>${item.email}</a>")
                .withProperty("email", c -> c.email() == null ? "" : c.email())).setHeader("E-mail").setFlexGrow(2);
        contacts.addColumn(LitRenderer.<Contact>of("<a href=\"tel:${item.tel}\" ?hidden=${!item.phone}>${item.phone}</a>")
                .withProperty("phone", c -> c.phone() == null ? "" : c.phone())
                .withProperty("tel", c -> c.phone() == null ? "" : c.phone().split(" ")[0])).setHeader("Phone")
                .setFlexGrow(1);
        if (VendorUi.canEdit()) {
            contacts.addComponentColumn(c -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        e -> new ContactDialog(vendors, vendor.id(), c, () -> reload("Contacts")).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel("Edit contact " + c.name());
                edit.setTooltipText("Edit");
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemoveContact(c));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove contact " + c.name());
                remove.setTooltipText("Remove");
                return new Div(edit, remove);
            }).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        contacts.setItems(list);
        contacts.setAllRowsVisible(true);
        contacts.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        contacts.setAriaLabel("Contacts of " + vendor.legalName());
        contacts.setId("contacts-grid");
        box.add(contacts);
        return box;
    }

    private void confirmRemoveContact(Contact c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove " + c.name() + "?");
        confirm.setText(c.name() + " will no longer be listed as a contact of " + vendor.legalName()
                + ". The history keeps a record of the removal.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove contact");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            vendors.removeContact(c.id(), c.version());
            Notifications.success("Removed " + c.name());
            reload("Contacts");
        });
        confirm.setId("confirm-remove-contact");
        confirm.open();
    }

    private Component sellersTab() {
        Div box = new Div();
        TextField search = new TextField();
        search.setPlaceholder("Seller or store name");
        search.setAriaLabel("Search the sellers");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Div toolbar = new Div(search);
        toolbar.addClassName("vendor-tab-toolbar");
        if (VendorUi.canEdit()) {
            var summary = vendors.summary(vendor.id()).orElseThrow();
            Button addExisting = new Button("Add a registered vendor", VaadinIcon.LINK.create(),
                    e -> new SellerDialog(vendors, summary, null, () -> reload("Sellers")).open());
            addExisting.setId("add-seller");
            Button register = new Button("Register a new seller", VaadinIcon.PLUS.create(),
                    e -> VendorEditorDialog.forNewSeller(vendors, clock, summary, id -> reload("Sellers")).open());
            register.setId("register-seller");
            toolbar.add(new Div(addExisting, register));
        }
        box.add(toolbar);
        sellers = new Grid<>(SellerLink.class, false);
        sellers.addComponentColumn(l -> vendorLink(l.seller().id(), l.seller().legalName())).setHeader("Seller")
                .setFlexGrow(3);
        sellers.addColumn(l -> l.storeName() == null ? "" : l.storeName()).setHeader("Store name").setFlexGrow(2);
        sellers.addColumn(l -> l.sellerRef() == null ? "" : l.sellerRef()).setHeader("Seller id").setAutoWidth(true);
        sellers.addColumn(l -> l.seller().countryName()).setHeader("Country").setAutoWidth(true);
        sellers.addColumn(l -> VendorUi.kindLabel(l.seller().kind())).setHeader("Kind").setAutoWidth(true);
        sellers.addComponentColumn(l -> VendorUi.statusBadge(l.seller().status())).setHeader("Status").setAutoWidth(true);
        if (VendorUi.canEdit()) {
            sellers.addComponentColumn(l -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> new SellerDialog(vendors, l.marketplace(), l,
                        () -> reload("Sellers")).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel("Edit store name and seller id of " + l.seller().legalName());
                edit.setTooltipText("Edit store name and seller id");
                Button remove = new Button(VaadinIcon.UNLINK.create(), e -> confirmRemoveSeller(l));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove " + l.seller().legalName() + " from the sellers");
                remove.setTooltipText("Remove from the sellers");
                return new Div(edit, remove);
            }).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        sellers.setItems(query -> VendorUi.fetch(query.getOffset(), query.getLimit(), List.of(),
                        page -> vendors.sellers(vendor.id(), search.getValue(), page)),
                query -> vendors.countSellers(vendor.id(), search.getValue()));
        search.addValueChangeListener(e -> sellers.getDataProvider().refreshAll());
        sellers.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        sellers.setEmptyStateText("No third-party sellers yet");
        sellers.setAriaLabel("Sellers on " + vendor.legalName());
        sellers.setHeight("24rem");
        sellers.setId("sellers-grid");
        box.add(sellers);
        return box;
    }

    private void confirmRemoveSeller(SellerLink l) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove " + l.seller().legalName() + " from the sellers?");
        confirm.setText(l.seller().legalName() + " will no longer be listed as a seller on " + l.marketplace().legalName()
                + ". Both stay registered as vendors.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove seller");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            vendors.removeSeller(l.id(), l.version());
            Notifications.success("Removed " + l.seller().legalName() + " from the sellers");
            reload("Sellers");
        });
        confirm.open();
    }

    private Component sellsOnTab(List<SellerLink> links) {
        Grid<SellerLink> grid = new Grid<>(SellerLink.class, false);
        grid.addComponentColumn(l -> vendorLink(l.marketplace().id(), l.marketplace().legalName()))
                .setHeader("Marketplace").setFlexGrow(2);
        grid.addColumn(l -> l.storeName() == null ? "" : l.storeName()).setHeader("Store name").setFlexGrow(2);
        grid.addColumn(l -> l.sellerRef() == null ? "" : l.sellerRef()).setHeader("Seller id").setAutoWidth(true);
        grid.setItems(links);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAriaLabel("Marketplaces " + vendor.legalName() + " sells on");
        Paragraph p = new Paragraph(vendor.legalName() + " is a third-party seller on these marketplaces.");
        return new Div(p, grid);
    }

    private static RouterLink vendorLink(long id, String name) {
        return new RouterLink(name, VendorDetailView.class, new RouteParameters(ID, Long.toString(id)));
    }

    private Component historyTab() {
        history = new Grid<>(AuditEvent.class, false);
        history.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(AuditEvent::actor).setHeader("User").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AuditEvent::summary).setHeader("What").setFlexGrow(1);
        history.setItemDetailsRenderer(new ComponentRenderer<>(VendorDetailView::historyDetails));
        history.setItems(query -> VendorUi.fetch(query.getOffset(), query.getLimit(), List.of(),
                page -> vendors.history(vendor.id(), page)));
        history.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText("No recorded changes");
        history.setAriaLabel("History of " + vendor.legalName());
        history.setHeight("24rem");
        history.setId("history-grid");
        Paragraph note = new Paragraph("Every change to this vendor, its contacts and its sellers, newest first. "
                + "Select a row for the values before and after."
                + (vendor.lastImportId() == null ? "" : " Changes made by imports are recorded once per import file "
                + "(see Last import on the Details tab)."));
        note.addClassName("vendor-secondary");
        return new Div(note, history);
    }

    private static Component historyDetails(AuditEvent e) {
        Div box = new Div();
        box.addClassName("portal-audit-details");
        if (e.beforeJson() != null) {
            box.add(new Details("Before", new Pre(e.beforeJson())));
        }
        if (e.afterJson() != null) {
            Details after = new Details("After", new Pre(e.afterJson()));
            after.setOpened(true);
            box.add(after);
        }
        if (box.getComponentCount() == 0) {
            box.add(new Span("No recorded values for this entry."));
        }
        return box;
    }
}
