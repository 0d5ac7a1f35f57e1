package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.WaiverRequestRecord;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.waiver.internal.WaiverStore;
import gov.buyamerican.portal.rules.waiver.CountryOfOrigin;
import gov.buyamerican.portal.rules.waiver.ImportNote;
import gov.buyamerican.portal.rules.waiver.MiaoCsvFormatException;
import gov.buyamerican.portal.rules.waiver.MiaoCsvReader;
import gov.buyamerican.portal.rules.waiver.MiaoCsvRow;
import gov.buyamerican.portal.rules.waiver.MiaoCsvWriter;
import gov.buyamerican.portal.rules.waiver.MiaoWaiverRecord;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Made in America Office public waiver list (OMB M-21-26): import of its CSV export as public records, keyed by
 * the list's {@code _id}, and export of the portal's waiver records in the same column layout.
 *
 * <p>An import is one transaction. A file that is not a MIAO export (wrong header, empty, broken CSV structure) imports
 * nothing. Otherwise every data record is accounted for: new, updated, unchanged or rejected with its reason; importing
 * the same file again creates no duplicates.
 */
@Service
public class MiaoListService {

    /** Longest values the columns hold; a longer value rejects the record rather than failing the import. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(
            Map.entry("_id", 64), Map.entry("Contracting_Office_Agency_Id", 20),
            Map.entry("Contracting_Office_Agency_Name", 300), Map.entry("Funding_Agency_Id", 20),
            Map.entry("Funding_Agency_Name", 300), Map.entry("NAICS_Code", 20), Map.entry("NAICS_Title", 500),
            Map.entry("Psc_Id", 20), Map.entry("Psc_Code", 20), Map.entry("Psc_Name", 500),
            Map.entry("Procurement_Title", 500), Map.entry("Summary_of_Procurement", 16_000),
            Map.entry("Waiver_Rationale_Summary", 16_000), Map.entry("Solicitation_Id", 200));

    private final DSLContext dsl;
    private final WaiverStore store;
    private final AuditService audit;
    private final Clock clock;

    MiaoListService(DSLContext dsl, WaiverStore store, AuditService audit, Clock clock) {
        this.dsl = dsl;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a MIAO waiver list export.
     *
     * @throws BusinessRuleException when the file as a whole is not a MIAO export; nothing is imported then
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public MiaoImportResult importList(String fileName, InputStream in) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        String actor = CurrentUser.actor();
        Instant now = clock.instant();
        int rows = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int suspected = 0;
        int duplicates = 0;
        List<MiaoImportResult.RejectedRow> rejected = new ArrayList<>();
        List<String> ignored;
        List<String> createdIds = new ArrayList<>();
        List<String> updatedIds = new ArrayList<>();
        try (MiaoCsvReader reader = MiaoCsvReader.open(in)) {
            ignored = reader.ignoredColumns();
            for (MiaoCsvRow row : reader) {
                rows++;
                switch (row) {
                    case MiaoCsvRow.Rejected r -> rejected.add(new MiaoImportResult.RejectedRow(r.lineNumber(), r.id(), r.reason()));
                    case MiaoCsvRow.Parsed p -> {
                        MiaoWaiverRecord rec = p.record();
                        String problem = problem(rec);
                        if (problem != null) {
                            rejected.add(new MiaoImportResult.RejectedRow(p.lineNumber(), rec.id(), problem));
                            continue;
                        }
                        boolean test = p.hasNote(ImportNote.Kind.SUSPECTED_TEST_RECORD);
                        if (test) {
                            suspected++;
                        }
                        if (p.hasNote(ImportNote.Kind.DUPLICATE_ID)) {
                            duplicates++;
                        }
                        String notes = p.notes().isEmpty() ? null
                                : p.notes().stream().map(ImportNote::toString).collect(Collectors.joining("\n"));
                        WaiverRequestRecord existing = dsl.selectFrom(WAIVER_REQUEST)
                                .where(WAIVER_REQUEST.MIAO_ID.eq(rec.id())).fetchOne();
                        if (existing == null) {
                            WaiverRequestRecord r = dsl.newRecord(WAIVER_REQUEST);
                            r.setOrigin(WaiverOrigin.MIAO_IMPORT.name());
                            r.setMiaoId(rec.id());
                            r.setCreatedAt(WaiverStore.utc(now));
                            r.setVersion(0);
                            apply(r, rec, notes, test, actor, now);
                            r.insert();
                            store.replacePiids(r.getId(), rec.piids());
                            store.replaceCountries(r.getId(), rec.countriesOfOrigin());
                            created++;
                            createdIds.add(rec.id());
                        } else if (store.miaoRecord(existing).equals(rec)) {
                            unchanged++;
                        } else {
                            apply(existing, rec, notes, test, actor, now);
                            existing.setVersion(existing.getVersion() + 1);
                            dsl.update(WAIVER_REQUEST).set(existing).where(WAIVER_REQUEST.ID.eq(existing.getId())).execute();
                            store.replacePiids(existing.getId(), rec.piids());
                            store.replaceCountries(existing.getId(), rec.countriesOfOrigin());
                            updated++;
                            updatedIds.add(rec.id());
                        }
                    }
                }
            }
        } catch (MiaoCsvFormatException e) {
            throw new BusinessRuleException("Nothing was imported from \"" + name + "\". " + e.getMessage());
        }
        MiaoImportResult result = new MiaoImportResult(name, rows, created, updated, unchanged, rejected, suspected,
                duplicates, ignored);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", name);
        after.put("rows", rows);
        after.put("created", created);
        after.put("updated", updated);
        after.put("unchanged", unchanged);
        after.put("rejected", rejected.size());
        after.put("createdIds", createdIds);
        after.put("updatedIds", updatedIds);
        after.put("rejectedRows", rejected.stream().map(r -> r.line() + ": " + r.reason()).toList());
        audit.record(AuditEntry.of(AuditActions.IMPORT, WaiverService.ENTITY, null,
                "Imported the Made in America Office waiver list " + name + ": " + result.summary()).withChange(null, after));
        return result;
    }

    /** Why a readable record still cannot be stored, or null. */
    private String problem(MiaoWaiverRecord rec) {
        boolean ownRequest = dsl.fetchExists(WAIVER_REQUEST, WAIVER_REQUEST.ORIGIN.eq(WaiverOrigin.PORTAL.name())
                .and(WAIVER_REQUEST.WAIVER_NUMBER.eq(rec.id())));
        if (ownRequest) {
            return "_id " + rec.id() + " is this portal's own waiver request; an import never overwrites it.";
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("_id", rec.id());
        values.put("Contracting_Office_Agency_Id", rec.contractingOfficeAgencyId());
        values.put("Contracting_Office_Agency_Name", rec.contractingOfficeAgencyName());
        values.put("Funding_Agency_Id", rec.fundingAgencyId());
        values.put("Funding_Agency_Name", rec.fundingAgencyName());
        values.put("NAICS_Code", rec.naicsCode());
        values.put("NAICS_Title", rec.naicsTitle());
        values.put("Psc_Id", rec.pscId());
        values.put("Psc_Code", rec.pscCode());
        values.put("Psc_Name", rec.pscName());
        values.put("Procurement_Title", rec.procurementTitle());
        values.put("Summary_of_Procurement", rec.summaryOfProcurement());
        values.put("Waiver_Rationale_Summary", rec.waiverRationaleSummary());
        values.put("Solicitation_Id", rec.solicitationId());
        for (var e : values.entrySet()) {
            int max = MAX_LENGTHS.get(e.getKey());
            if (e.getValue() != null && e.getValue().length() > max) {
                return e.getKey() + " has " + e.getValue().length() + " characters; at most " + max + " are kept.";
            }
        }
        for (String piid : rec.piids()) {
            if (piid.length() > 200) {
                return "A PIID has " + piid.length() + " characters; at most 200 are kept.";
            }
        }
        for (CountryOfOrigin c : rec.countriesOfOrigin()) {
            if (c.name() != null && c.name().length() > 200) {
                return "A country name has " + c.name().length() + " characters; at most 200 are kept.";
            }
        }
        return null;
    }

    private static void apply(WaiverRequestRecord r, MiaoWaiverRecord rec, String notes, boolean test, String actor, Instant now) {
        r.setMiaoEntryState(WaiverStore.nameOrNull(rec.state()));
        r.setMiaoCreatedAt(WaiverStore.utc(rec.created()));
        r.setMiaoModifiedAt(WaiverStore.utc(rec.modified()));
        r.setContractingOfficeAgencyId(rec.contractingOfficeAgencyId());
        r.setContractingOfficeAgencyName(rec.contractingOfficeAgencyName());
        r.setFundingAgencyId(rec.fundingAgencyId());
        r.setFundingAgencyName(rec.fundingAgencyName());
        r.setNaicsCode(rec.naicsCode());
        r.setNaicsTitle(rec.naicsTitle());
        r.setMiaoPscId(rec.pscId());
        r.setPscCode(rec.pscCode());
        r.setPscName(rec.pscName());
        r.setProcurementStage(WaiverStore.nameOrNull(rec.procurementStage()));
        r.setProcurementTitle(rec.procurementTitle());
        r.setProcurementSummary(rec.summaryOfProcurement());
        r.setSourcesSoughtOrRfi(rec.sourcesSoughtOrRfiIssued());
        r.setPricePreferenceIncluded(rec.pricePreferenceIncluded());
        r.setWaiverCoverage(WaiverStore.nameOrNull(rec.waiverCoverage()));
        r.setRationaleSummary(rec.waiverRationaleSummary());
        r.setExpectedMaxDuration(WaiverStore.nameOrNull(rec.expectedMaximumDuration()));
        r.setMiaoRequestStatus(WaiverStore.nameOrNull(rec.requestStatus()));
        r.setOmbDetermination(WaiverStore.nameOrNull(rec.ombDetermination()));
        r.setSolicitationId(rec.solicitationId());
        r.setImportNotes(notes);
        r.setSuspectedTestRecord(test);
        r.setImportedAt(WaiverStore.utc(now));
        r.setImportedBy(actor);
        r.setUpdatedAt(WaiverStore.utc(now));
    }

    /**
     * Writes the waiver records matching the filter (those the caller may see) in the MIAO list's layout; a portal
     * request's {@code _id} is its waiver number.
     *
     * @return the number of records written
     */
    @PreAuthorize("hasAnyRole('STAFF', 'APPROVER', 'REPORTS', 'AUDITOR', 'ADMIN')")
    @Transactional
    public int export(WaiverFilter filter, OutputStream out) {
        String me = CurrentUser.actor();
        boolean all = CurrentUser.hasAnyRole(Role.ADMIN, Role.AUDITOR);
        Condition where = WaiverStore.visibleTo(me, all).and(WaiverStore.filter(filter, me));
        int written = 0;
        try (MiaoCsvWriter writer = MiaoCsvWriter.to(out)) {
            for (Long id : store.ids(where)) {
                writer.write(store.miaoRecord(store.load(id)));
                written++;
            }
        }
        audit.record(AuditEntry.of(AuditActions.EXPORT, WaiverService.ENTITY, null, "Exported " + written
                + " waiver record" + (written == 1 ? "" : "s") + " in the Made in America Office list layout")
                .withChange(null, filterView(filter)));
        return written;
    }

    private static Map<String, Object> filterView(WaiverFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f != null) {
            m.put("origin", f.origin() == null ? null : f.origin().name());
            m.put("status", f.status() == null ? null : f.status().name());
            m.put("type", f.type() == null ? null : f.type().name());
            m.put("mineOnly", f.mineOnly());
            m.put("search", f.search());
        }
        return m;
    }
}
