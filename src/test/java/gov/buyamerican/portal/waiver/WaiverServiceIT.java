package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.waiver.WaiverFixtures.complete;
import static gov.buyamerican.portal.waiver.WaiverFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.rules.waiver.BusinessDays;
import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The waiver workflow in the service layer: authority, separation of duties and roles are enforced here, whatever the
 * screens show.
 */
@PortalSpringTest
class WaiverServiceIT {

    static final String STAFF = "wsvc-staff";
    static final String STAFF2 = "wsvc-staff2";
    static final String CO = "wsvc-co";
    static final String HCA = "wsvc-hca";
    static final String HEAD = "wsvc-head";
    static final String DUAL = "wsvc-dual";

    @Autowired
    WaiverService waivers;
    @Autowired
    WaiverNotificationService notifications;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void users() {
        testUsers.ensure(STAFF, Role.STAFF);
        testUsers.ensure(STAFF2, Role.STAFF);
        testUsers.ensure(CO, AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        testUsers.ensure(HCA, AuthorityLevel.HEAD_OF_CONTRACTING_ACTIVITY, Role.APPROVER);
        testUsers.ensure(HEAD, AuthorityLevel.AGENCY_HEAD, Role.APPROVER);
        testUsers.ensure(DUAL, AuthorityLevel.AGENCY_HEAD, Role.STAFF, Role.APPROVER);
        testUsers.ensure("wsvc-auditor", Role.AUDITOR);
        testUsers.ensure("wsvc-reports", Role.REPORTS);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private WaiverDetails submitted(String requester, WaiverDraft draft, Role... roles) {
        TestUsers.actAs(requester, roles.length == 0 ? new Role[] {Role.STAFF} : roles);
        WaiverDetails d = waivers.createDraft(draft);
        return waivers.submit(d.id(), d.version());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void staffRequestsTheContractingOfficerReviewsAndApprovesWithTimelineNotificationsAndAudit() {
        String title = unique("Laser system");
        TestUsers.actAs(STAFF, Role.STAFF);
        WaiverDetails draft = waivers.createDraft(complete(WaiverType.UNREASONABLE_COST, title));
        assertThat(draft.number()).matches("W-" + today().getYear() + "-\\d{4,}");
        assertThat(draft.status()).isEqualTo(WaiverStatus.DRAFT);
        assertThat(draft.cost().evaluation().domesticUnreasonable()).isTrue();
        assertThat(draft.cost().evaluation().evaluatedForeignOffer()).isEqualByComparingTo("120000");
        assertThat(draft.cost().evaluation().factorApplied()).isEqualByComparingTo("0.20");

        WaiverDetails submitted = waivers.submit(draft.id(), draft.version());
        assertThat(submitted.status()).isEqualTo(WaiverStatus.SUBMITTED);

        TestUsers.actAs(CO, Role.APPROVER);
        assertThat(waivers.inbox(PageQuery.first(500))).extracting(i -> i.waiver().id()).contains(draft.id());
        assertThat(notifications.mine(50)).extracting(WaiverNotification::message)
                .anySatisfy(m -> assertThat(m).contains(draft.number()).contains("waits for a decision"));
        WaiverDetails inReview = waivers.startReview(draft.id(), submitted.version());
        assertThat(inReview.workflow().reviewer()).isEqualTo(CO);
        WaiverDetails approved = waivers.approve(draft.id(), inReview.version(), "Domestic price 8.3% above the evaluated offer.");

        assertThat(approved.status()).isEqualTo(WaiverStatus.APPROVED);
        assertThat(approved.workflow().decidedBy()).isEqualTo(CO);
        assertThat(approved.workflow().decisionRationale()).contains("8.3%");
        assertThat(approved.workflow().expiresOn()).isEqualTo(today().plusMonths(6));
        assertThat(approved.timeline()).extracting(WaiverTimelineEntry::action)
                .containsExactly("CREATE", "SUBMIT", "START_REVIEW", "APPROVE");
        assertThat(approved.timeline().getLast().fromStatus()).isEqualTo(WaiverStatus.IN_REVIEW);
        assertThat(approved.timeline().getLast().toStatus()).isEqualTo(WaiverStatus.APPROVED);

        TestUsers.actAs(STAFF, Role.STAFF);
        assertThat(notifications.mine(50)).extracting(WaiverNotification::message)
                .anySatisfy(m -> assertThat(m).contains("approved your waiver request " + draft.number()));

        TestUsers.actAs("wsvc-auditor", Role.AUDITOR);
        List<AuditEvent> trail = audit.page(AuditFilter.forEntity(WaiverService.ENTITY, String.valueOf(draft.id())),
                PageQuery.first(20));
        assertThat(trail).extracting(AuditEvent::action)
                .containsExactly("WAIVER_APPROVE", "WAIVER_START_REVIEW", "WAIVER_SUBMIT", "WAIVER_CREATED");
        assertThat(trail.getFirst().actor()).isEqualTo(CO);
    }

    @Test
    void approversAreEmailedOnSubmissionAndTheRequesterOnTheDecision() throws Exception {
        String title = unique("Mailed request");
        WaiverDetails submitted = submitted(STAFF2, complete(WaiverType.UNREASONABLE_COST, title));
        var toApprover = gov.buyamerican.portal.support.TestMailServer.awaitMessagesTo(CO + "@example.gov", 1);
        assertThat(toApprover).anySatisfy(m -> assertThat(m.getSubject()).contains(submitted.number()));

        TestUsers.actAs(CO, Role.APPROVER);
        WaiverDetails inReview = waivers.startReview(submitted.id(), submitted.version());
        waivers.reject(submitted.id(), inReview.version(), "The domestic offer is reasonable after all.");
        var toRequester = gov.buyamerican.portal.support.TestMailServer.awaitMessagesTo(STAFF2 + "@example.gov", 1);
        assertThat(toRequester).anySatisfy(m -> assertThat(m.getSubject()).contains(submitted.number()));
    }

    @Test
    void theRequesterCannotReviewOrDecideTheirOwnRequestWhateverTheirRoles() {
        WaiverDetails own = submitted(DUAL, complete(WaiverType.UNREASONABLE_COST, unique("Own request")), Role.STAFF, Role.APPROVER);

        TestUsers.actAs(DUAL, Role.STAFF, Role.APPROVER);
        assertThat(waivers.inbox(PageQuery.first(500))).extracting(i -> i.waiver().id()).doesNotContain(own.id());
        assertThat(waivers.decisionCheck(own.id()).isAllowed()).isFalse();
        assertThatThrownBy(() -> waivers.startReview(own.id(), own.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Separation of duties");

        TestUsers.actAs(CO, Role.APPROVER);
        WaiverDetails inReview = waivers.startReview(own.id(), own.version());

        TestUsers.actAs(DUAL, Role.STAFF, Role.APPROVER);
        assertThatThrownBy(() -> waivers.approve(own.id(), inReview.version(), "I approve my own"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Separation of duties");
        assertThatThrownBy(() -> waivers.reject(own.id(), inReview.version(), "No"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Separation of duties");
        assertThat(waivers.get(own.id()).status()).isEqualTo(WaiverStatus.IN_REVIEW);
    }

    @Test
    void aContractingOfficerCannotDecideAPublicInterestWaiverTheAgencyHeadCanWithAWrittenDetermination() {
        WaiverDetails request = submitted(STAFF, complete(WaiverType.PUBLIC_INTEREST, unique("Public interest")));

        TestUsers.actAs(CO, Role.APPROVER);
        assertThat(waivers.inbox(PageQuery.first(500))).extracting(i -> i.waiver().id()).doesNotContain(request.id());
        assertThatThrownBy(() -> waivers.startReview(request.id(), request.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("head of the agency");
        TestUsers.actAs(HCA, Role.APPROVER);
        assertThatThrownBy(() -> waivers.startReview(request.id(), request.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("head of the agency");

        TestUsers.actAs(HEAD, Role.APPROVER);
        WaiverDetails inReview = waivers.startReview(request.id(), request.version());
        assertThatThrownBy(() -> waivers.approve(request.id(), inReview.version(), "  "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("rationale");
                    assertThat(e.getMessage()).contains("written determination");
                });
        TestUsers.actAs(CO, Role.APPROVER);
        assertThatThrownBy(() -> waivers.approve(request.id(), inReview.version(), "Determination"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("head of the agency");
        TestUsers.actAs(HEAD, Role.APPROVER);
        assertThat(waivers.approve(request.id(), inReview.version(), "Determination: applying the statute would be "
                + "inconsistent with the public interest.").status()).isEqualTo(WaiverStatus.APPROVED);
    }

    @Test
    void aDecisionAboveTheApproversValueLimitIsRefused() {
        BigDecimal limit = waivers.valueLimits().limitFor(gov.buyamerican.portal.rules.waiver.AuthorityLevel.CONTRACTING_OFFICER)
                .orElseThrow(() -> new AssertionError("the default configuration sets a contracting officer limit"));
        WaiverDraft draft = complete(WaiverType.UNREASONABLE_COST, unique("Above the limit"));
        draft.setEstimatedValue(limit.add(new BigDecimal("0.01")));
        WaiverDetails request = submitted(STAFF, draft);

        TestUsers.actAs(CO, Role.APPROVER);
        assertThat(waivers.inbox(PageQuery.first(500))).extracting(i -> i.waiver().id()).doesNotContain(request.id());
        assertThatThrownBy(() -> waivers.startReview(request.id(), request.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("exceeds");

        TestUsers.actAs(HCA, Role.APPROVER);
        assertThat(waivers.inbox(PageQuery.first(500))).extracting(i -> i.waiver().id()).contains(request.id());
        WaiverDetails inReview = waivers.startReview(request.id(), request.version());
        assertThat(waivers.approve(request.id(), inReview.version(), null).status()).isEqualTo(WaiverStatus.APPROVED);
    }

    @Test
    void rolesAreCheckedInTheServiceLayer() {
        TestUsers.actAs("wsvc-reports", Role.REPORTS);
        assertThatThrownBy(() -> waivers.createDraft(complete(WaiverType.RESALE, unique("Reports"))))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(STAFF, Role.STAFF);
        WaiverDetails draft = waivers.createDraft(complete(WaiverType.RESALE, unique("Private draft")));
        assertThatThrownBy(() -> waivers.startReview(draft.id(), draft.version())).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(STAFF2, Role.STAFF);
        assertThatThrownBy(() -> waivers.get(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> waivers.submit(draft.id(), draft.version())).isInstanceOf(NotFoundException.class);
        assertThat(waivers.list(WaiverFilter.portal(), PageQuery.first(500))).extracting(WaiverSummary::id)
                .doesNotContain(draft.id());
        // classification's view of the draft: not approved, nothing of its content
        assertThat(waivers.validities(List.of(draft.id()))).singleElement().satisfies(v -> {
            assertThat(v.approved()).isFalse();
            assertThat(v.reference()).isEqualTo("draft " + draft.id()).doesNotContain(draft.number());
            assertThat(v.piids()).isEmpty();
            assertThat(v.expiresOn()).isNull();
        });

        TestUsers.actAs(STAFF, Role.STAFF);
        assertThat(waivers.validities(List.of(draft.id()))).singleElement()
                .satisfies(v -> assertThat(v.reference()).isEqualTo(draft.number()));
        WaiverDetails sent = waivers.submit(draft.id(), draft.version());
        TestUsers.actAs(STAFF2, Role.STAFF);
        assertThat(waivers.get(draft.id()).status()).isEqualTo(WaiverStatus.SUBMITTED);
        assertThatThrownBy(() -> waivers.withdraw(draft.id(), sent.version(), "not mine"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Only the requester");

        TestUsers.actAs("wsvc-auditor", Role.AUDITOR);
        assertThat(waivers.get(draft.id()).number()).isEqualTo(draft.number());
        assertThatThrownBy(() -> waivers.addComment(draft.id(), "auditors change nothing"))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.clear();
        assertThatThrownBy(() -> waivers.list(WaiverFilter.all(), PageQuery.first(5)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void stepsOutOfOrderAndDecisionsWithoutRationaleAreRefused() {
        WaiverDetails request = submitted(STAFF, complete(WaiverType.RESALE, unique("Commissary goods")));
        TestUsers.actAs(CO, Role.APPROVER);
        assertThatThrownBy(() -> waivers.approve(request.id(), request.version(), "too early"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("start the review first");
        WaiverDetails inReview = waivers.startReview(request.id(), request.version());
        assertThatThrownBy(() -> waivers.reject(request.id(), inReview.version(), " "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("rationale"));
        assertThatThrownBy(() -> waivers.returnForChanges(request.id(), inReview.version(), null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("rationale"));
        // a stale screen: the version the approver saw is gone
        assertThatThrownBy(() -> waivers.startReview(request.id(), request.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("taken up for review by");

        WaiverDetails returned = waivers.returnForChanges(request.id(), inReview.version(), "Attach the market research.");
        assertThat(returned.status()).isEqualTo(WaiverStatus.RETURNED);

        TestUsers.actAs(STAFF, Role.STAFF);
        assertThat(notifications.mine(50)).extracting(WaiverNotification::message)
                .anySatisfy(m -> assertThat(m).contains("returned your waiver request " + request.number() + " for changes")
                        .contains("Attach the market research."));
        WaiverDraft changed = returned.toDraft();
        changed.setMarketResearchNotes("Commissary resale; catalogue attached.");
        WaiverDetails edited = waivers.updateDraft(request.id(), returned.version(), changed);
        WaiverDetails resubmitted = waivers.resubmit(request.id(), edited.version(), "Research attached");
        assertThat(resubmitted.status()).isEqualTo(WaiverStatus.SUBMITTED);
        assertThat(resubmitted.workflow().reviewer()).isNull();
        assertThat(resubmitted.miao().state()).isEqualTo(gov.buyamerican.portal.rules.waiver.MiaoEntryState.EDITED);
        WaiverDetails withdrawn = waivers.withdraw(request.id(), resubmitted.version(), "Bought elsewhere");
        assertThat(withdrawn.status()).isEqualTo(WaiverStatus.WITHDRAWN);
        assertThat(withdrawn.timeline()).extracting(WaiverTimelineEntry::action).containsExactly("CREATE", "SUBMIT",
                "START_REVIEW", "RETURN_FOR_CHANGES", "EDIT", "RESUBMIT", "WITHDRAW");
        assertThatThrownBy(() -> waivers.updateDraft(request.id(), withdrawn.version(), changed))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("withdrawn");
    }

    @Test
    void submissionNeedsACompleteRequestAndAnUnreasonableDomesticPrice() {
        TestUsers.actAs(STAFF, Role.STAFF);
        WaiverDraft reasonable = complete(WaiverType.UNREASONABLE_COST, unique("Reasonable price"));
        reasonable.setLowestDomesticOffer(new BigDecimal("120000.00")); // exactly the evaluated foreign offer
        WaiverDetails d = waivers.createDraft(reasonable);
        assertThat(d.cost().evaluation().domesticUnreasonable()).isFalse();
        assertThatThrownBy(() -> waivers.submit(d.id(), d.version()))
                .isInstanceOfSatisfying(WaiverIncompleteException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("lowestDomesticOffer"));

        WaiverDraft thin = new WaiverDraft();
        thin.setType(WaiverType.NONAVAILABILITY_INDIVIDUAL);
        thin.setProcurementTitle(unique("Thin"));
        WaiverDetails t = waivers.createDraft(thin);
        assertThatThrownBy(() -> waivers.submit(t.id(), t.version()))
                .isInstanceOfSatisfying(WaiverIncompleteException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("itemDescription", "estimatedValue", "vendorName", "countriesOfOrigin",
                                "naicsCode", "pscCode", "procurementStage", "sourcesSoughtOrRfi", "marketResearchNotes"));

        WaiverDraft bad = complete(WaiverType.RESALE, unique("Bad codes"));
        bad.setNaicsCode("33451");
        bad.setVendorUei("0ABC");
        bad.setCountriesOfOrigin(List.of("XX"));
        assertThatThrownBy(() -> waivers.createDraft(bad))
                .isInstanceOfSatisfying(WaiverIncompleteException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("naicsCode", "vendorUei", "countriesOfOrigin"));
    }

    @Test
    void aNonavailabilityWaiverWaitsForTheMadeInAmericaOfficeDetermination() {
        WaiverDetails request = submitted(STAFF, complete(WaiverType.NONAVAILABILITY_INDIVIDUAL, unique("Nonavailability")));
        TestUsers.actAs(CO, Role.APPROVER);
        assertThatThrownBy(() -> waivers.startReview(request.id(), request.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("head of the contracting activity");

        TestUsers.actAs(HCA, Role.APPROVER);
        WaiverDetails inReview = waivers.startReview(request.id(), request.version());
        assertThatThrownBy(() -> waivers.approve(request.id(), inReview.version(), "Nothing domestic"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Made in America Office has not answered");

        LocalDate sent = today().minusDays(3);
        WaiverDetails sentToMiao = waivers.recordMiaoSubmission(request.id(), inReview.version(), sent);
        assertThat(sentToMiao.miaoReview().dueOn()).isEqualTo(BusinessDays.usFederal().miaoDueDate(sent, 15));
        assertThat(sentToMiao.miaoReview().businessDays()).isEqualTo(15);
        assertThat(sentToMiao.miao().requestStatus()).isEqualTo(gov.buyamerican.portal.rules.waiver.MiaoRequestStatus.SUBMITTED);

        assertThatThrownBy(() -> waivers.recordMiaoDetermination(request.id(), sentToMiao.version(),
                OmbDetermination.CONDITIONALLY_CONSISTENT, "", today()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("ombConditions"));
        WaiverDetails determined = waivers.recordMiaoDetermination(request.id(), sentToMiao.version(),
                OmbDetermination.CONDITIONALLY_CONSISTENT, "Report delivery dates to the MIAO.", today());
        assertThat(determined.miao().ombDetermination()).isEqualTo(OmbDetermination.CONDITIONALLY_CONSISTENT);
        assertThat(determined.ombConditions()).isEqualTo("Report delivery dates to the MIAO.");
        WaiverDetails approved = waivers.approve(request.id(), determined.version(), "Determination: no domestic source.");
        assertThat(approved.status()).isEqualTo(WaiverStatus.APPROVED);
        assertThat(approved.timeline()).extracting(WaiverTimelineEntry::action)
                .containsSubsequence("START_REVIEW", "MIAO_SENT", "MIAO_DETERMINATION", "APPROVE");
    }

    @Test
    void attachmentsArePdfPngOrJpegByContentAndOnlyTheRequesterAddsThem() {
        TestUsers.actAs(STAFF, Role.STAFF);
        WaiverDetails draft = waivers.createDraft(complete(WaiverType.NONAVAILABILITY_LISTED_CLASS, unique("Listed class")));
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        WaiverAttachment added = waivers.addAttachment(draft.id(), "C:\\research\\market-research.pdf", pdf);
        assertThat(added.fileName()).isEqualTo("market-research.pdf");
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(added.sha256()).hasSize(64);
        assertThat(waivers.attachment(added.id()).content()).isEqualTo(pdf);

        assertThatThrownBy(() -> waivers.addAttachment(draft.id(), "report.pdf", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("program");
        assertThatThrownBy(() -> waivers.addAttachment(draft.id(), "notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a PDF, PNG or JPEG");
        assertThatThrownBy(() -> waivers.addAttachment(draft.id(), "empty.pdf", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("empty");

        WaiverDetails sent = waivers.submit(draft.id(), draft.version());
        assertThatThrownBy(() -> waivers.addAttachment(draft.id(), "late.pdf", pdf))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("only while the request is a draft");
        TestUsers.actAs(STAFF2, Role.STAFF);
        assertThat(waivers.get(sent.id()).attachments()).extracting(WaiverAttachment::fileName).containsExactly("market-research.pdf");
        assertThat(waivers.attachment(added.id()).content()).isEqualTo(pdf);
    }
}
