package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.waiver.WaiverFixtures.complete;
import static gov.buyamerican.portal.waiver.WaiverFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.waiver.internal.WaiverExpiry;
import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Approved waivers expire at the end of their duration: once, as the system, in the timeline and the audit trail. */
@PortalSpringTest
class WaiverExpiryIT {

    @Autowired
    WaiverService waivers;
    @Autowired
    WaiverExpiry expiry;
    @Autowired
    WaiverNotificationService notifications;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private WaiverDetails approved(ExpectedWaiverDuration duration) {
        TestUsers.actAs(testUsers.ensure("wexp-staff", Role.STAFF), Role.STAFF);
        WaiverDraft draft = complete(WaiverType.RESALE, unique("Expiring"));
        draft.setExpectedDuration(duration);
        WaiverDetails d = waivers.createDraft(draft);
        d = waivers.submit(d.id(), d.version());
        TestUsers.actAs(testUsers.ensure("wexp-co", AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER), Role.APPROVER);
        d = waivers.startReview(d.id(), d.version());
        d = waivers.approve(d.id(), d.version(), "Commissary resale");
        TestUsers.clear();
        return d;
    }

    @Test
    void anApprovedWaiverExpiresTheDayAfterItsLastDayOnceAndAsTheSystem() {
        WaiverDetails w = approved(ExpectedWaiverDuration.BETWEEN_6_MONTHS_AND_1_YEAR);
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        assertThat(w.workflow().expiresOn()).isEqualTo(lastDay);

        expiry.expireDue(lastDay);
        TestUsers.actAs("wexp-staff", Role.STAFF);
        assertThat(waivers.get(w.id()).status()).as("still in force on its last day").isEqualTo(WaiverStatus.APPROVED);
        TestUsers.clear();

        assertThat(expiry.expireDue(lastDay.plusDays(1))).isPositive();
        assertThat(expiry.expireDue(lastDay.plusDays(1))).as("a second run finds nothing more").isZero();

        TestUsers.actAs("wexp-staff", Role.STAFF);
        WaiverDetails expired = waivers.get(w.id());
        assertThat(expired.status()).isEqualTo(WaiverStatus.EXPIRED);
        assertThat(expired.timeline()).filteredOn(e -> e.action().equals("EXPIRE")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.fromStatus()).isEqualTo(WaiverStatus.APPROVED);
            assertThat(e.toStatus()).isEqualTo(WaiverStatus.EXPIRED);
        });
        assertThat(notifications.mine(20)).extracting(WaiverNotification::message)
                .anySatisfy(m -> assertThat(m).contains(w.number()).contains("expired"));

        TestUsers.actAs(testUsers.ensure("wexp-auditor", Role.AUDITOR), Role.AUDITOR);
        assertThat(audit.page(AuditFilter.forEntity(WaiverService.ENTITY, String.valueOf(w.id())), PageQuery.first(20)))
                .filteredOn(e -> e.action().equals("WAIVER_EXPIRE")).singleElement()
                .extracting(AuditEvent::actor).isEqualTo("system");
    }

    @Test
    void aWaiverWithoutAnUpperBoundDoesNotExpireByDate() {
        WaiverDetails w = approved(ExpectedWaiverDuration.MORE_THAN_5_YEARS);
        assertThat(w.workflow().expiresOn()).isNull();
        expiry.expireDue(LocalDate.now(ZoneOffset.UTC).plusYears(50));
        TestUsers.actAs("wexp-staff", Role.STAFF);
        assertThat(waivers.get(w.id()).status()).isEqualTo(WaiverStatus.APPROVED);
    }
}
