package gov.buyamerican.portal.waiver.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;
import static gov.buyamerican.portal.waiver.WaiverFixtures.complete;
import static gov.buyamerican.portal.waiver.WaiverFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.ui.AccessDeniedView;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.waiver.InboxItem;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The approver inbox without a browser: what waits for whom, oldest first, with its age. */
class ApproverInboxViewTest extends KaribuTest {

    @Autowired
    WaiverService waivers;
    @Autowired
    DSLContext dsl;

    private WaiverDetails submittedBy(String requester, WaiverType type, Role... roles) {
        TestUsers.actAs(requester, roles);
        WaiverDetails d = waivers.createDraft(complete(type, unique("Inbox")));
        WaiverDetails s = waivers.submit(d.id(), d.version());
        TestUsers.clear();
        return s;
    }

    /** Moves the submission back, as if it had waited {@code days} days. */
    private void submittedDaysAgo(long id, int days) {
        dsl.update(WAIVER_REQUEST).set(WAIVER_REQUEST.SUBMITTED_AT, WAIVER_REQUEST.SUBMITTED_AT.minus(days))
                .where(WAIVER_REQUEST.ID.eq(id)).execute();
    }

    @SuppressWarnings("unchecked")
    private List<InboxItem> openInbox() {
        UI.getCurrent().navigate(ApproverInboxView.class);
        return GridKt._findAll((Grid<InboxItem>) _get(Grid.class));
    }

    @Test
    void showsWhatWaitsForMeOldestFirstWithItsAge() {
        testUsers.ensure("ui-inbox-staff", Role.STAFF);
        WaiverDetails older = submittedBy("ui-inbox-staff", WaiverType.UNREASONABLE_COST, Role.STAFF);
        WaiverDetails newer = submittedBy("ui-inbox-staff", WaiverType.RESALE, Role.STAFF);
        WaiverDetails publicInterest = submittedBy("ui-inbox-staff", WaiverType.PUBLIC_INTEREST, Role.STAFF);
        submittedDaysAgo(older.id(), 12);
        submittedDaysAgo(newer.id(), 3);

        testUsers.ensure("ui-inbox-co", AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        login("ui-inbox-co", Role.APPROVER);
        List<InboxItem> items = openInbox();
        List<Long> ids = items.stream().map(i -> i.waiver().id()).toList();
        assertThat(ids).contains(older.id(), newer.id()).doesNotContain(publicInterest.id());
        assertThat(ids.indexOf(older.id())).isLessThan(ids.indexOf(newer.id()));

        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = _get(Grid.class);
        int row = ids.indexOf(older.id());
        assertThat(items.get(row).ageInDays()).isEqualTo(12);
        assertThat(((Span) GridKt._getCellComponent(grid, row, "age")).getText()).isEqualTo("12 days");
        assertThat(((Span) GridKt._getCellComponent(grid, ids.indexOf(newer.id()), "age")).getText()).isEqualTo("3 days");
    }

    @Test
    void myOwnRequestIsNeverInMyInboxEvenWhenIAmAnApprover() {
        testUsers.ensure("ui-inbox-dual", AuthorityLevel.AGENCY_HEAD, Role.STAFF, Role.APPROVER);
        WaiverDetails own = submittedBy("ui-inbox-dual", WaiverType.UNREASONABLE_COST, Role.STAFF, Role.APPROVER);

        login("ui-inbox-dual", Role.STAFF, Role.APPROVER);
        assertThat(openInbox()).extracting(i -> i.waiver().id()).doesNotContain(own.id());

        testUsers.ensure("ui-inbox-co2", AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        login("ui-inbox-co2", Role.APPROVER);
        assertThat(openInbox()).extracting(i -> i.waiver().id()).contains(own.id());
    }

    @Test
    void staffWithoutTheApproverRoleCannotOpenTheInbox() {
        login("ui-inbox-staffonly", Role.STAFF);
        UI.getCurrent().navigate("waivers/inbox");
        assertThat(_find(ApproverInboxView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }
}
