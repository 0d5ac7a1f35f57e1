package gov.buyamerican.portal.reporting;

import gov.buyamerican.portal.reporting.internal.DashboardPdf;
import gov.buyamerican.portal.reporting.internal.DashboardTables;
import gov.buyamerican.portal.reporting.internal.ReportQueries;
import gov.buyamerican.portal.reporting.internal.ReportTable;
import gov.buyamerican.portal.shared.CurrentActor;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.shared.export.TableExport;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance reports (issue 6, "Reports"): read-only, for REPORTS, ADMIN and AUDITOR. Every card of the dashboard
 * is one query over the purchase rollups maintained on write by the purchase module (or over the small waiver and
 * attestation tables), never a GROUP BY over the purchase rows. See docs/reports.md for the definitions.
 *
 * <p>{@link #dashboard} reads all cards in one read-only transaction (one consistent snapshot). The single-card
 * methods join a caller's transaction but do not open one (a transaction of its own costs a card three extra round
 * trips, more than some cards' query): each is one SELECT, consistent on its own.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final String READ = "hasAnyRole('REPORTS', 'ADMIN', 'AUDITOR')";

    /** How many countries and vendors the "top" cards list. */
    public static final int TOP = 10;
    /** How many expiring attestations the card lists by name. */
    public static final int EXPIRING_LISTED = 10;

    private final ReportQueries queries;
    private final Clock clock;

    ReportService(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @PreAuthorize(READ)
    public Dashboard dashboard(DashboardFilter filter) {
        return new Dashboard(filter, monthSpend(filter), channelSpend(filter), topCountries(filter), topVendors(filter),
                waiverStats(filter), expiringAttestations());
    }

    /** Spend by month and classification (the trend, the classification card and the key figures). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<MonthSpend> monthSpend(DashboardFilter filter) {
        return ReportQueries.monthsFrom(filter, queries.monthQuery(filter).fetch());
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ChannelSpend> channelSpend(DashboardFilter filter) {
        return ReportQueries.channelsFrom(queries.channelQuery(filter).fetch());
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ForeignSpend> topCountries(DashboardFilter filter) {
        return ReportQueries.countriesFrom(queries.countryQuery(filter, TOP).fetch());
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ForeignSpend> topVendors(DashboardFilter filter) {
        return ReportQueries.vendorsFrom(queries.vendorQuery(filter, TOP).fetch());
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public WaiverStats waiverStats(DashboardFilter filter) {
        return ReportQueries.waiversFrom(queries.waiverQuery(filter).fetch());
    }

    /** Verified attestations ending within 90 days of today (UTC): the counts by 30-day band and the first ones, one query. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ExpiringAttestations expiringAttestations() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return ReportQueries.expiringFrom(today, queries.expiringQuery(today, EXPIRING_LISTED).fetch());
    }

    @PreAuthorize(READ)
    public List<OfficeChoice> offices() {
        return queries.offices();
    }

    // ------------------------------------------------------------------ compliance exceptions

    /** One page of the compliance exceptions; sort keys: date, amount, vendor, office, channel, country. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ComplianceException> exceptions(ExceptionFilter filter, PageQuery page) {
        return queries.exceptions(filter, page);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public int countExceptions(ExceptionFilter filter, int cap) {
        return queries.countExceptions(filter, Math.max(1, cap));
    }

    static final List<String> EXCEPTION_HEADER = List.of("Purchase id", "Date", "Office", "Vendor id", "Vendor",
            "Channel", "PIID or order", "Description", "Amount", "Micro-purchase threshold", "Country of origin",
            "Reason", "What is missing", "Note");

    /** Writes every exception matching the filter, in the given order, streamed; returns the number of rows. */
    @PreAuthorize(READ)
    public int exportExceptions(ExceptionFilter filter, List<PageQuery.SortOrder> sort, ExportFormat format,
                                OutputStream out) {
        try (Stream<ComplianceException> rows = queries.streamExceptions(filter, sort)) {
            Iterable<List<Object>> iterable = () -> rows.map(ReportService::exceptionCells).iterator();
            return TableExport.write(format, new TableExport.Table("Compliance exceptions", EXCEPTION_HEADER, iterable), out);
        }
    }

    private static List<Object> exceptionCells(ComplianceException e) {
        return Arrays.asList(e.purchaseId(), e.purchaseDate(), e.officeName(), e.vendorId(), e.vendorName(),
                e.channel().label(), e.reference(), e.description(), e.amount(), e.microPurchaseThreshold(),
                e.originCountry(), e.reason() == null ? null : e.reason().name(), e.missing(), e.note());
    }

    // ------------------------------------------------------------------ dashboard exports

    /** Every card of the dashboard as tables: one sheet per card in XLSX, the tables one after another in CSV. */
    @PreAuthorize(READ)
    public void exportDashboard(DashboardFilter filter, ExportFormat format, OutputStream out) {
        Dashboard d = dashboard(filter);
        TableExport.write(format, DashboardTables.of(d).stream().map(ReportTable::export).toList(), out, true);
    }

    /** The PDF summary of the dashboard for the filter. */
    @PreAuthorize(READ)
    public void dashboardPdf(DashboardFilter filter, OutputStream out) {
        Dashboard d = dashboard(filter);
        String generated = "Generated " + DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
                .format(clock.instant().atOffset(ZoneOffset.UTC)) + " by " + CurrentActor.name()
                + ". Amounts in US dollars; months are whole calendar months.";
        DashboardPdf.write(d, scope(filter), generated, out);
    }

    /** The filter in words, e.g. "2026-01 to 2026-12 - all offices - all channels". */
    @PreAuthorize(READ)
    public String scope(DashboardFilter filter) {
        String office = filter.officeId() == null ? "All offices" : queries.offices().stream()
                .filter(o -> o.id() == filter.officeId()).map(OfficeChoice::label).findFirst()
                .orElse("Office " + filter.officeId());
        String channel = filter.channel() == null ? "all channels" : filter.channel().label();
        return "Period " + filter.from() + " to " + filter.to() + " - " + office + " - " + channel;
    }
}
