package gov.buyamerican.portal.attestation;

import static gov.buyamerican.portal.attestation.AttestationFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.files.StoredFile;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Evidence documents through attestations: judged by their bytes, stored with a checksum, frozen after review. */
@PortalSpringTest
class EvidenceIT {

    @Autowired AttestationService attestations;
    @Autowired AttestationFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired StoredFileService files;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private Attestation draft() {
        var p = fixtures.product(ProductKind.MANUFACTURED);
        TestUsers.actAs(testUsers.ensure("ev-staff", Role.STAFF), Role.STAFF);
        return attestations.createDraft(p.id(), form("70", "30"));
    }

    private static byte[] pdf() {
        return gov.buyamerican.portal.shared.files.Samples.pdf(AttestationFixtures.unique("evidence"));
    }

    @Test
    void aPdfIsStoredWithItsChecksumAndReadBack() {
        Attestation a = draft();
        byte[] content = pdf();
        StoredFile f = attestations.addEvidence(a.id(), "mill-cert.pdf", content);
        assertThat(f.sha256()).isEqualTo(StoredFileService.sha256(content));
        assertThat(f.contentType()).isEqualTo("application/pdf");
        assertThat(attestations.evidence(a.id())).extracting(StoredFile::id).containsExactly(f.id());
        assertThat(files.read(f.id()).content()).isEqualTo(content);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        Attestation a = draft();
        byte[] big = Arrays.copyOf(pdf(), (int) files.maxBytes() + 1);
        assertThatThrownBy(() -> attestations.addEvidence(a.id(), "big.pdf", big))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("the limit is");
        assertThat(attestations.evidence(a.id())).isEmpty();
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        Attestation a = draft();
        byte[] exe = gov.buyamerican.portal.shared.files.Samples.windowsExe();
        assertThatThrownBy(() -> attestations.addEvidence(a.id(), "invoice.pdf", exe))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("whatever its name says");
        assertThat(attestations.evidence(a.id())).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        Attestation a = draft();
        assertThatThrownBy(() -> attestations.addEvidence(a.id(), "empty.pdf", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("empty");
    }

    @Test
    void evidenceIsFrozenOnceTheAttestationIsReviewed() {
        Attestation a = draft();
        StoredFile f = attestations.addEvidence(a.id(), "a.pdf", pdf());
        Attestation s = attestations.submit(a.id(), a.version(), form("70", "30"));
        assertThatThrownBy(() -> attestations.removeEvidence(s.id(), f.id())).isInstanceOf(BusinessRuleException.class);
        attestations.addEvidence(s.id(), "b.pdf", pdf()); // still allowed while it waits for verification
        TestUsers.actAs(testUsers.ensure("ev-reviewer", Role.STAFF), Role.STAFF);
        Attestation v = attestations.verify(s.id(), s.version());
        assertThatThrownBy(() -> attestations.addEvidence(v.id(), "c.pdf", pdf()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("verified");
        assertThat(attestations.evidence(v.id())).hasSize(2);
    }
}
