package gov.buyamerican.portal.attestation;

import static gov.buyamerican.portal.attestation.AttestationFixtures.form;
import static gov.buyamerican.portal.db.Tables.ATTESTATION_INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.rules.domesticcontent.CalculationOutcome;
import gov.buyamerican.portal.rules.domesticcontent.Classification;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one-time invitation link: only the hash stored, one product, single use, expiry, wrong tokens, rate limit. */
@PortalSpringTest
class InvitationIT {

    @Autowired AttestationService attestations;
    @Autowired AttestationFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired DSLContext dsl;
    @Autowired gov.buyamerican.portal.audit.AuditService audit;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private InvitationLink invite(Product p) {
        return invite(p, AttestationFixtures.unique("robin") + "@example.com");
    }

    private InvitationLink invite(Product p, String email) {
        TestUsers.actAs(testUsers.ensure("inv-staff", Role.STAFF), Role.STAFF);
        InvitationLink link = attestations.invite(p.id(), "Robin Vendor", email, "http://portal.test:8080");
        TestUsers.clear(); // the vendor has no account
        return link;
    }

    private static String ip() {
        return AttestationFixtures.unique("203.0.113");
    }

    @Test
    void theLinkOpensItsProductOnlyOnceAndStaffVerifyTheResult() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        InvitationLink link = invite(p);
        assertThat(link.token()).hasSize(43); // 256 bits, base64url
        assertThat(link.path()).isEqualTo("attest/" + link.token());
        String stored = dsl.select(ATTESTATION_INVITATION.TOKEN_SHA256).from(ATTESTATION_INVITATION)
                .where(ATTESTATION_INVITATION.ID.eq(link.invitation().id())).fetchSingle().value1();
        assertThat(stored).isEqualTo(StoredFileService.sha256(link.token().getBytes(StandardCharsets.US_ASCII)))
                .isNotEqualTo(link.token());

        String ip = ip();
        InvitedProduct shown = attestations.openInvitation(link.token(), ip);
        assertThat(shown.productId()).isEqualTo(p.id());
        assertThat(shown.productName()).isEqualTo(p.name());

        // the live calculation works without an account
        CalculationOutcome live = attestations.calculateForInvitation(link.token(), ip, form("70", "30"));
        assertThat(live).isInstanceOfSatisfying(CalculationOutcome.Calculated.class,
                c -> assertThat(c.result().classification()).isEqualTo(Classification.DOMESTIC));

        long id = attestations.submitFromInvitation(link.token(), ip, p.id(), form("70", "30"));
        assertThatThrownBy(() -> attestations.openInvitation(link.token(), ip))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("used already");
        assertThatThrownBy(() -> attestations.submitFromInvitation(link.token(), ip, p.id(), form("70", "30")))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("used already");

        TestUsers.actAs(testUsers.ensure("inv-staff", Role.STAFF), Role.STAFF);
        Attestation a = attestations.get(id);
        assertThat(a.source()).isEqualTo(Attestation.Source.VENDOR);
        assertThat(a.status()).isEqualTo(AttestationStatus.SUBMITTED);
        assertThat(a.enteredBy()).isEqualTo("vendor:pat.signer@example.com");
        assertThat(a.invitationId()).isEqualTo(link.invitation().id());
        assertThat(attestations.invitations(p.id())).singleElement().satisfies(i -> {
            assertThat(i.usedAt()).isNotNull();
            assertThat(i.attestationId()).isEqualTo(id);
        });
        // the staff member who sent the invitation did not enter the attestation: they may verify it
        Attestation verified = attestations.verify(a.id(), a.version());
        assertThat(verified.status()).isEqualTo(AttestationStatus.VERIFIED);
        assertThat(attestations.history(id, gov.buyamerican.portal.shared.PageQuery.first(10)))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("invitation-" + link.invitation().id()));
    }

    @Test
    void theLinkIsEmailedToTheContactWhenSmtpIsConfigured() throws Exception {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        String email = AttestationFixtures.unique("mail") + "@example.com";
        InvitationLink link = invite(p, email);
        assertThat(link.emailed()).isTrue();
        assertThat(link.url()).isEqualTo("http://portal.test:8080/attest/" + link.token());
        var messages = gov.buyamerican.portal.support.TestMailServer.awaitMessagesTo(email, 1);
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst().getSubject()).contains(p.name());
        assertThat(AttestationFixtures.text(messages.getFirst())).contains(link.url()).contains("Robin Vendor");
        TestUsers.actAs(testUsers.ensure("inv-staff", Role.STAFF), Role.STAFF);
        assertThat(attestations.invitations(p.id())).singleElement().satisfies(i -> assertThat(i.emailed()).isTrue());
        // committed first, e-mailed after the commit, and the sending recorded: two audit entries, newest first
        TestUsers.actAs(testUsers.ensure("inv-auditor", Role.AUDITOR), Role.AUDITOR);
        assertThat(audit.historyOf(AttestationService.INVITATION_ENTITY, String.valueOf(link.invitation().id()),
                gov.buyamerican.portal.shared.PageQuery.first(10))).extracting(e -> e.action())
                .containsExactly("INVITE_EMAILED", "INVITE");
    }

    @Test
    void anExpiredLinkIsRefused() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        InvitationLink link = invite(p);
        dsl.update(ATTESTATION_INVITATION).set(ATTESTATION_INVITATION.EXPIRES_AT, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .where(ATTESTATION_INVITATION.ID.eq(link.invitation().id())).execute();
        assertThatThrownBy(() -> attestations.openInvitation(link.token(), ip()))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> attestations.submitFromInvitation(link.token(), ip(), p.id(), form("70", "30")))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("expired");
    }

    @Test
    void aWrongOrMangledTokenIsRefused() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        InvitationLink link = invite(p);
        String other = (link.token().charAt(0) == 'A' ? "B" : "A") + link.token().substring(1);
        assertThatThrownBy(() -> attestations.openInvitation(other, ip()))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("not valid");
        assertThatThrownBy(() -> attestations.openInvitation(link.token().substring(1), ip()))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("not valid");
        assertThatThrownBy(() -> attestations.openInvitation("' OR 1=1 --", ip()))
                .isInstanceOf(InvitationRefusedException.class);
    }

    @Test
    void aLinkCannotBeUsedForAnotherProduct() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Product other = fixtures.product(ProductKind.MANUFACTURED);
        InvitationLink link = invite(p);
        assertThatThrownBy(() -> attestations.submitFromInvitation(link.token(), ip(), other.id(), form("70", "30")))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("another product");
        TestUsers.actAs(testUsers.ensure("inv-staff", Role.STAFF), Role.STAFF);
        assertThat(attestations.forProduct(other.id())).isEmpty();
        assertThat(attestations.invitations(p.id())).singleElement().satisfies(i -> assertThat(i.usedAt()).isNull());
    }

    @Test
    void manyFailuresFromOneAddressAreRateLimited() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        InvitationLink link = invite(p);
        String ip = ip();
        for (int i = 0; i < 10; i++) {
            String wrong = AttestationFixtures.unique("x").replace('-', '_');
            String token = (wrong + "A".repeat(43)).substring(0, 43);
            assertThatThrownBy(() -> attestations.openInvitation(token, ip)).isInstanceOf(InvitationRefusedException.class);
        }
        // now even the right token is refused from that address, but works from another
        assertThatThrownBy(() -> attestations.openInvitation(link.token(), ip))
                .isInstanceOf(InvitationRefusedException.class).hasMessageContaining("Too many attempts");
        assertThat(attestations.openInvitation(link.token(), ip()).productId()).isEqualTo(p.id());
    }

    @Test
    void anIncompleteVendorFormIsRefusedAndTheLinkStaysUsable() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        InvitationLink link = invite(p);
        AttestationForm unsigned = new AttestationForm("US", null, null, null, 2026, false, form("70", "30").components(),
                "Pat", "Owner", "pat@example.com", false);
        assertThatThrownBy(() -> attestations.submitFromInvitation(link.token(), ip(), p.id(), unsigned))
                .isInstanceOf(gov.buyamerican.portal.shared.BusinessRuleException.class)
                .hasMessageContaining("certification");
        assertThat(attestations.openInvitation(link.token(), ip()).productId()).isEqualTo(p.id());
    }
}
