package gov.buyamerican.portal.vendor;

import static gov.buyamerican.portal.vendor.VendorFixtures.form;
import static gov.buyamerican.portal.vendor.VendorFixtures.uei;
import static gov.buyamerican.portal.vendor.VendorFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The vendor service on the real database: rules, duplicates, optimistic locking, sellers, history and roles. */
@PortalSpringTest
class VendorServiceIT {

    @Autowired
    VendorService vendors;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void actAsStaff() {
        testUsers.ensure("vendor-it-staff", Role.STAFF);
        TestUsers.actAs("vendor-it-staff", Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void registersAVendorNormalizedAndAuditsIt() {
        String uei = uei();
        Vendor v = vendors.create(new VendorForm(" Keystone  Forge " + word(), "Keystone", uei.toLowerCase(), null, "usa",
                "2200 Smallman St", null, "Pittsburgh", "pa", "152221234", "412-555-0143", "keystone.example",
                VendorKind.MANUFACTURER, VendorSize.SMALL, Set.of(SocioeconomicCategory.HUBZONE), LocalDate.now().plusMonths(3)));
        assertThat(v.uei()).isEqualTo(uei);
        assertThat(v.countryCode()).isEqualTo("US");
        assertThat(v.countryName()).isEqualTo("United States");
        assertThat(v.stateRegion()).isEqualTo("PA");
        assertThat(v.postalCode()).isEqualTo("15222-1234");
        assertThat(v.phone()).isEqualTo("+14125550143");
        assertThat(v.website()).isEqualTo("https://keystone.example");
        assertThat(v.status()).isEqualTo(VendorStatus.ACTIVE);
        assertThat(vendors.get(v.id())).isEqualTo(v);
        assertThat(vendors.findByUei(" " + uei.toLowerCase() + " ")).map(VendorSummary::id).contains(v.id());

        List<AuditEvent> history = vendors.history(v.id(), PageQuery.first(10));
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().action()).isEqualTo(AuditActions.CREATE);
        assertThat(history.getFirst().actor()).isEqualTo("vendor-it-staff");
        assertThat(history.getFirst().summary()).startsWith("Registered vendor Keystone Forge").contains(uei);
        assertThat(history.getFirst().afterJson()).contains("\"uei\":\"" + uei + "\"");
    }

    @Test
    void refusesInvalidValuesNamingTheField() {
        assertThatThrownBy(() -> vendors.create(form("Bad UEI " + word()).withUei("0NXEYQN41M87")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("UEI cannot start with 0")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("uei");
        assertThatThrownBy(() -> vendors.create(form("Bad CAGE " + word()).withCageCode("12")))
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("cageCode");
        assertThatThrownBy(() -> vendors.create(form("Bad country " + word()).withCountryCode("ZZ")))
                .hasMessage("Unknown country code ZZ");
        assertThatThrownBy(() -> vendors.create(form("No kind " + word()).withKind(null)))
                .hasMessage("Choose what kind of vendor this is");
        assertThatThrownBy(() -> vendors.create(form("Far date " + word()).withSamExpiryDate(LocalDate.now().plusYears(5))))
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("samExpiryDate");
    }

    @Test
    void refusesADuplicateUeiOrCageWithTheVendorThatHasIt() {
        Vendor first = vendors.create(form("First " + word()));
        assertThatThrownBy(() -> vendors.create(form("Second " + word()).withUei(first.uei().toLowerCase())))
                .isInstanceOfSatisfying(DuplicateVendorException.class, e -> {
                    assertThat(e.field()).isEqualTo("uei");
                    assertThat(e.existingId()).isEqualTo(first.id());
                    assertThat(e.getMessage()).isEqualTo("UEI " + first.uei() + " is already registered for "
                            + first.legalName());
                });
        assertThatThrownBy(() -> vendors.create(form("Third " + word()).withCageCode(first.cageCode())))
                .isInstanceOfSatisfying(DuplicateVendorException.class, e -> {
                    assertThat(e.field()).isEqualTo("cageCode");
                    assertThat(e.existingId()).isEqualTo(first.id());
                });
        Vendor other = vendors.create(form("Other " + word()));
        assertThatThrownBy(() -> vendors.update(other.id(), other.version(), other.toForm().withUei(first.uei())))
                .isInstanceOf(DuplicateVendorException.class);
    }

    @Test
    void updatesWithTheExpectedVersionAndRecordsWhatChanged() {
        Vendor v = vendors.create(form("Before " + word()));
        String newName = "After " + word();
        Vendor after = vendors.update(v.id(), v.version(), v.toForm().withLegalName(newName).withCageCode(null));
        assertThat(after.legalName()).isEqualTo(newName);
        assertThat(after.cageCode()).isNull();
        assertThat(after.version()).isEqualTo(v.version() + 1);
        AuditEvent last = vendors.history(v.id(), PageQuery.first(1)).getFirst();
        assertThat(last.action()).isEqualTo(AuditActions.UPDATE);
        assertThat(last.summary()).endsWith(": legal name, CAGE code");
        assertThat(last.beforeJson()).contains(v.legalName());
        assertThat(last.afterJson()).contains(newName);

        Vendor same = vendors.update(after.id(), after.version(), after.toForm());
        assertThat(same.version()).as("nothing changed, nothing written").isEqualTo(after.version());
        assertThat(vendors.history(v.id(), PageQuery.first(10))).hasSize(2);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndLosesNothing() {
        Vendor opened = vendors.create(form("Concurrent " + word()));
        Vendor firstSave = vendors.update(opened.id(), opened.version(), opened.toForm().withCity("Akron"));
        assertThatThrownBy(() -> vendors.update(opened.id(), opened.version(), opened.toForm().withCity("Toledo")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(vendors.get(opened.id()).city()).isEqualTo("Akron");
        assertThat(vendors.get(opened.id()).version()).isEqualTo(firstSave.version());
        assertThatThrownBy(() -> vendors.changeStatus(opened.id(), opened.version(), VendorStatus.INACTIVE, null))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aSuspensionNeedsAReasonAndReactivationClearsIt() {
        Vendor v = vendors.create(form("Suspend " + word()));
        assertThatThrownBy(() -> vendors.changeStatus(v.id(), v.version(), VendorStatus.SUSPENDED, "  "))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Give the reason for the suspension");
        Vendor suspended = vendors.changeStatus(v.id(), v.version(), VendorStatus.SUSPENDED, "Active SAM exclusion");
        assertThat(suspended.status()).isEqualTo(VendorStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("Active SAM exclusion");
        assertThat(suspended.statusChangedAt()).isNotNull();
        assertThat(vendors.history(v.id(), PageQuery.first(1)).getFirst().summary())
                .isEqualTo("Suspended vendor " + v.legalName() + " (UEI " + v.uei() + "): Active SAM exclusion");
        Vendor active = vendors.changeStatus(v.id(), suspended.version(), VendorStatus.ACTIVE, "ignored");
        assertThat(active.statusReason()).isNull();
        assertThatThrownBy(() -> vendors.changeStatus(v.id(), active.version(), VendorStatus.ACTIVE, null))
                .hasMessage("The vendor is already active");
    }

    @Test
    void contactsAreAddedChangedAndRemovedWithHistory() {
        Vendor v = vendors.create(form("Contacts " + word()));
        assertThatThrownBy(() -> vendors.addContact(v.id(), new ContactForm("Nobody", null, null, null)))
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("email");
        Contact c = vendors.addContact(v.id(), new ContactForm("Maria Kowalski", "Contracts", "maria@EXAMPLE.com", null));
        assertThat(c.email()).isEqualTo("maria@example.com");
        Contact changed = vendors.updateContact(c.id(), c.version(), new ContactForm("Maria Kowalski", "Director",
                "maria@example.com", "412 555 0143"));
        assertThat(changed.phone()).isEqualTo("+14125550143");
        assertThatThrownBy(() -> vendors.updateContact(c.id(), c.version(), c.toForm()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> vendors.removeContact(c.id(), c.version())).isInstanceOf(ConcurrentEditException.class);
        vendors.removeContact(c.id(), changed.version());
        assertThat(vendors.contacts(v.id())).isEmpty();
        assertThat(vendors.history(v.id(), PageQuery.first(10))).extracting(AuditEvent::summary).startsWith(
                "Removed contact Maria Kowalski from vendor " + v.legalName(),
                "Changed contact Maria Kowalski of vendor " + v.legalName() + ": title, phone",
                "Added contact Maria Kowalski to vendor " + v.legalName());
    }

    @Test
    void aMarketplaceHasSellersWhoAreVendorsAndMayHaveNoUei() {
        Vendor market = vendors.create(form("Market " + word()).withKind(VendorKind.MARKETPLACE));
        SellerLink foreign = vendors.registerSeller(market.id(), new VendorForm("Shenzhen Seller " + word(), null, null,
                null, "CN", null, null, "Shenzhen", "Guangdong", "518057", null, null, VendorKind.MANUFACTURER, null,
                Set.of(), null), "Bright Store", "A2X9");
        assertThat(foreign.seller().uei()).isNull();
        assertThat(foreign.marketplace().id()).isEqualTo(market.id());
        Vendor us = vendors.create(form("US Seller " + word()));
        SellerLink linked = vendors.addSeller(market.id(), us.id(), null, "A7");
        assertThat(vendors.sellers(market.id(), null, PageQuery.first(10))).extracting(l -> l.seller().id())
                .containsExactlyInAnyOrder(foreign.seller().id(), us.id());
        assertThat(vendors.countSellers(market.id(), "bright")).isEqualTo(1);
        assertThat(vendors.marketplacesOf(us.id())).extracting(l -> l.marketplace().id()).containsExactly(market.id());

        assertThatThrownBy(() -> vendors.addSeller(market.id(), us.id(), null, null))
                .hasMessage(us.legalName() + " already sells on " + market.legalName());
        assertThatThrownBy(() -> vendors.addSeller(us.id(), market.id(), null, null))
                .hasMessageContaining("is not a marketplace");
        assertThatThrownBy(() -> vendors.addSeller(market.id(), market.id(), null, null))
                .hasMessage("A marketplace cannot be its own seller");
        Vendor current = vendors.get(market.id());
        assertThatThrownBy(() -> vendors.update(market.id(), current.version(), current.toForm()
                .withKind(VendorKind.RESELLER))).hasMessage("This marketplace has 2 sellers: remove them before changing its kind");

        // a seller without UEI can be edited without one; a vendor that sells nowhere needs one
        Vendor seller = vendors.get(foreign.seller().id());
        Vendor edited = vendors.update(seller.id(), seller.version(), seller.toForm().withCity("Dongguan"));
        assertThat(edited.uei()).isNull();

        SellerLink renamed = vendors.updateSeller(linked.id(), linked.version(), "US Store", "A7");
        assertThat(renamed.storeName()).isEqualTo("US Store");
        vendors.removeSeller(renamed.id(), renamed.version());
        assertThat(vendors.marketplacesOf(us.id())).isEmpty();
        assertThat(vendors.history(us.id(), PageQuery.first(5))).extracting(AuditEvent::summary)
                .contains("Removed seller " + us.legalName() + " from marketplace " + market.legalName());
    }

    @Test
    void searchFindsNamesIdentifiersAndFilters() {
        String w = word();
        Vendor a = vendors.create(form("Alpha " + w + " Steel LLC"));
        Vendor b = vendors.create(form("Bravo " + w + " Textiles Inc.").withKind(VendorKind.RESELLER)
                .withSize(VendorSize.OTHER).withCategories(Set.of()));
        Vendor c = vendors.create(form("Charlie " + w + " Optics").withCountryCode("DE").withAddress(null, null,
                "Jena", "Thüringen", "07743").withSamExpiryDate(LocalDate.now().minusDays(3)));
        vendors.changeStatus(b.id(), b.version(), VendorStatus.INACTIVE, null);
        VendorFilter mine = VendorFilter.all().withText(w);

        assertThat(names(mine, List.of())).containsExactly(a.legalName(), b.legalName(), c.legalName());
        assertThat(names(mine, List.of(new PageQuery.SortOrder("legalName", false))))
                .containsExactly(c.legalName(), b.legalName(), a.legalName());
        assertThat(names(mine.withText(w + " steel"), List.of())).containsExactly(a.legalName());
        assertThat(names(mine.withText(w.substring(0, 5)), List.of())).as("prefix of a word")
                .contains(a.legalName(), b.legalName(), c.legalName());
        assertThat(names(mine.withKind(VendorKind.RESELLER), List.of())).containsExactly(b.legalName());
        assertThat(names(mine.withStatus(VendorStatus.INACTIVE), List.of())).containsExactly(b.legalName());
        assertThat(names(mine.withCountryCode("de"), List.of())).containsExactly(c.legalName());
        assertThat(names(mine.withSize(VendorSize.OTHER), List.of())).containsExactly(b.legalName());
        assertThat(names(mine.withCategory(SocioeconomicCategory.WOSB), List.of()))
                .containsExactly(a.legalName(), c.legalName());
        assertThat(names(mine.withSamExpiresBefore(LocalDate.now()), List.of())).containsExactly(c.legalName());
        assertThat(names(VendorFilter.all().withText(a.uei()), List.of())).containsExactly(a.legalName());
        assertThat(names(VendorFilter.all().withText(a.cageCode().toLowerCase()), List.of())).contains(a.legalName());

        assertThat(vendors.count(mine, 100)).isEqualTo(3);
        assertThat(vendors.count(mine, 2)).as("capped").isEqualTo(2);
        assertThat(vendors.search(mine, new PageQuery(1, 1, List.of()))).extracting(VendorSummary::legalName)
                .containsExactly(b.legalName());
        assertThat(vendors.search(mine, PageQuery.first(5)).getFirst().categories())
                .containsExactly(SocioeconomicCategory.WOSB);
    }

    private List<String> names(VendorFilter filter, List<PageQuery.SortOrder> sort) {
        return vendors.search(filter, new PageQuery(0, 50, sort)).stream().map(VendorSummary::legalName).toList();
    }

    @Test
    void missingVendorsAreNotFound() {
        assertThatThrownBy(() -> vendors.get(-5)).isInstanceOf(NotFoundException.class).hasMessage("Vendor -5 does not exist");
        assertThatThrownBy(() -> vendors.update(-5, 0, form("x"))).isInstanceOf(NotFoundException.class);
    }

    @Nested
    class Roles {

        @Test
        void readersMayReadButNotChange() {
            Vendor v = vendors.create(form("Roles " + word()));
            for (Role role : List.of(Role.REPORTS, Role.AUDITOR, Role.APPROVER)) {
                TestUsers.actAs("reader-" + role.name().toLowerCase(), role);
                assertThat(vendors.get(v.id()).id()).isEqualTo(v.id());
                assertThat(vendors.search(VendorFilter.all().withText(v.uei()), PageQuery.first(5))).hasSize(1);
                assertThat(vendors.contacts(v.id())).isEmpty();
                assertThatThrownBy(() -> vendors.create(form("Nope " + word()))).as(role.name())
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> vendors.update(v.id(), v.version(), v.toForm())).as(role.name())
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> vendors.changeStatus(v.id(), v.version(), VendorStatus.INACTIVE, null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> vendors.addContact(v.id(), new ContactForm("A", null, "a@example.com", null)))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> vendors.importFile("x.csv", java.io.InputStream.nullInputStream(), 0, null))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }

        @Test
        void administratorsMayChange() {
            TestUsers.actAs("vendor-it-admin", Role.ADMIN);
            assertThat(vendors.create(form("Admin made " + word())).id()).isPositive();
        }

        @Test
        void nobodyLoggedInIsRefused() {
            TestUsers.clear();
            assertThatThrownBy(() -> vendors.search(VendorFilter.all(), PageQuery.first(5)))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> vendors.create(form("Anonymous " + word())))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }
}
