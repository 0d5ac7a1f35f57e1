package gov.buyamerican.portal.purchase.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.buyamerican.portal.purchase.MarketplaceOrderFormat;
import gov.buyamerican.portal.purchase.PurchaseImportFormat;
import gov.buyamerican.portal.purchase.PurchaseImportInfo;
import gov.buyamerican.portal.purchase.PurchaseImportResult;
import gov.buyamerican.portal.purchase.PurchaseImportService;
import gov.buyamerican.portal.purchase.PurchaseRejectedRow;
import gov.buyamerican.portal.purchase.UnknownVendors;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.vendor.ImportProgress;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports a purchase file uploaded in the browser: USAspending contract transactions or the portal's marketplace order
 * format. The upload is streamed into a temporary file (never into memory), then imported on an import thread while a
 * progress bar moves (the browser polls, as in the vendor import); the result shows the counts and offers the
 * rejected rows as a CSV report; the list below shows past imports.
 */
@Route("purchases/import")
@PageTitle("Import purchases | Buy American Compliance Portal")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@StyleSheet("context://styles/purchase-import.css")
public class PurchaseImportView extends Main {

    /** The largest file accepted: a million USAspending rows of the mapped columns, or marketplace rows, fit. */
    static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;
    private static final int POLL_MILLIS = 500;
    private static final int REJECTED_SHOWN = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.US);
    private static final Logger log = LoggerFactory.getLogger(PurchaseImportView.class);

    private final PurchaseImportService imports;
    private final PurchaseImportRunner runner;
    private final SecurityContext securityContext;
    final RadioButtonGroup<PurchaseImportFormat> format = new RadioButtonGroup<>("File format");
    final RadioButtonGroup<UnknownVendors> unknown = new RadioButtonGroup<>("Vendors and sellers the portal lacks");
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div progressBox;
    final Div result = new Div();
    final Grid<PurchaseImportInfo> history = new Grid<>(PurchaseImportInfo.class, false);
    private volatile boolean running;

    public PurchaseImportView(PurchaseImportService imports, PurchaseImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
        this.securityContext = SecurityContextHolder.getContext();
        addClassName("portal-view");

        format.setItems(PurchaseImportFormat.values());
        format.setItemLabelGenerator(PurchaseImportFormat::label);
        format.setValue(PurchaseImportFormat.USASPENDING);
        format.setId("import-format");
        unknown.setItems(UnknownVendors.values());
        unknown.setItemLabelGenerator(UnknownVendors::label);
        unknown.setValue(UnknownVendors.REJECT);
        unknown.setHelperText("Register them with the name, UEI and country the file gives, or reject their rows");
        unknown.setId("import-unknown-vendors");

        upload = new Upload(uploadHandler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_FILE_BYTES));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setId("purchase-upload");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a CSV file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is larger than 1 GB: split it into smaller files")
                .setIncorrectFileType("Choose a .csv file"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));

        Anchor template = download(MarketplaceOrderFormat.TEMPLATE_FILE_NAME, MarketplaceOrderFormat.template(),
                "Marketplace order template (CSV)");
        template.setId("download-marketplace-template");
        Anchor example = download(MarketplaceOrderFormat.EXAMPLE_FILE_NAME, MarketplaceOrderFormat.example(),
                "Example file");
        example.setId("download-marketplace-example");
        UnorderedList columns = new UnorderedList();
        for (MarketplaceOrderFormat.Column c : MarketplaceOrderFormat.columns()) {
            columns.add(new ListItem(new Code(c.header()), new Span((c.required() ? " (required): " : ": ")
                    + c.description())));
        }
        Details guide = new Details("Columns of the marketplace order format", new Div(template, new Span(" · "),
                example), columns);

        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressText.addClassName("purchase-import-secondary");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressBox = new Div(progress, progressText);
        progressBox.setVisible(false);
        progressBox.setId("import-progress");
        result.setId("import-result");

        Div form = new Div(format, unknown);
        form.addClassName("purchase-import-form");
        Paragraph intro = new Paragraph("Every row is checked and classified. The good rows are saved together in one "
                + "transaction (all or nothing if the import fails); rows already imported (same transaction key, or "
                + "same marketplace order line) are skipped as duplicates, so a file can be imported again safely. "
                + "Rejected rows come back in a report with their line and reason.");

        history.addColumn(i -> WHEN.format(i.importedAt().atOffset(ZoneOffset.UTC))).setHeader("When").setAutoWidth(true);
        history.addColumn(PurchaseImportInfo::fileName).setHeader("File").setFlexGrow(2);
        history.addColumn(i -> i.format().label()).setHeader("Format").setAutoWidth(true);
        history.addColumn(PurchaseImportInfo::importedBy).setHeader("By").setAutoWidth(true);
        history.addColumn(i -> Formats.count(i.rowsRead())).setHeader("Rows").setAutoWidth(true);
        history.addColumn(i -> Formats.count(i.imported())).setHeader("Imported").setAutoWidth(true);
        history.addColumn(i -> Formats.count(i.duplicates())).setHeader("Duplicates").setAutoWidth(true);
        history.addColumn(i -> Formats.count(i.rejected())).setHeader("Rejected").setAutoWidth(true);
        history.addColumn(i -> Formats.count(i.vendorsCreated())).setHeader("Vendors registered").setAutoWidth(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAriaLabel("Past purchase imports");
        history.setHeight("18rem");
        history.setId("import-history");
        H3 pastTitle = new H3("Past imports");

        add(new ViewToolbar("Import purchases", "USAspending contract transactions or marketplace order exports."),
                intro, form, guide, upload, progressBox, result, pastTitle, history);
        refreshHistory();
    }

    private static Anchor download(String name, byte[] bytes, String text) {
        return new Anchor((DownloadHandler) event -> {
            event.setFileName(name);
            event.setContentType("text/csv");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        }, AttachmentType.DOWNLOAD, text);
    }

    private void refreshHistory() {
        history.setItems(imports.recentImports(50));
    }

    /** Streams the upload into a temporary file (the session is not locked meanwhile), then starts the import. */
    private UploadHandler uploadHandler() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                String name = event.getFileName();
                Path file = Files.createTempFile("purchase-import-", ".csv");
                try (InputStream in = event.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
                ui.access(() -> start(ui, name, file));
            }

            @Override
            public long getFileSizeMax() {
                return MAX_FILE_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_FILE_BYTES + 1024L * 1024;
            }
        };
    }

    /** Imports a received file (or one given by a test); deletes it when done. */
    void start(UI ui, String fileName, Path file) {
        if (running) {
            deleteQuietly(file);
            showError("An import is already running in this window: wait for it to finish.");
            return;
        }
        PurchaseImportFormat f = format.getValue();
        UnknownVendors u = unknown.getValue();
        running = true;
        result.removeAll();
        progress.setValue(0);
        progressText.setText("Starting the import of " + fileName + "…");
        progressBox.setVisible(true);
        upload.setEnabled(false);
        format.setEnabled(false);
        unknown.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        try {
            runner.run(() -> importInBackground(ui, f, u, fileName, file), securityContext);
        } catch (BusinessRuleException e) {
            finish(ui);
            deleteQuietly(file);
            showError(e.getMessage());
        }
    }

    private void importInBackground(UI ui, PurchaseImportFormat f, UnknownVendors u, String fileName, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            PurchaseImportResult r = imports.importFile(f, u, fileName, in, size, throttled(ui));
            ui.access(() -> {
                finish(ui);
                showResult(r);
                refreshHistory();
            });
        } catch (BusinessRuleException e) {
            ui.access(() -> {
                finish(ui);
                showError(e.getMessage());
            });
        } catch (AccessDeniedException e) {
            ui.access(() -> {
                finish(ui);
                showError("Your roles do not allow importing purchases.");
            });
        } catch (IOException | RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Purchase import of '{}' failed, reference {}", fileName, ref, e);
            ui.access(() -> {
                finish(ui);
                showError("The import failed and nothing was imported. If it happens again, quote reference " + ref
                        + " to your administrator.");
            });
        } finally {
            deleteQuietly(file);
        }
    }

    /** Progress for the browser: a few updates per second at most. */
    private ImportProgress throttled(UI ui) {
        long[] last = {0};
        return (fraction, message) -> {
            long now = System.nanoTime();
            if (now - last[0] < 250_000_000L && fraction < 1) {
                return;
            }
            last[0] = now;
            ui.access(() -> {
                progress.setValue(Math.max(0, Math.min(1, fraction)));
                progressText.setText(message);
            });
        };
    }

    private void finish(UI ui) {
        running = false;
        ui.setPollInterval(-1);
        progressBox.setVisible(false);
        upload.setEnabled(true);
        format.setEnabled(true);
        unknown.setEnabled(true);
        upload.clearFileList();
    }

    void showResult(PurchaseImportResult r) {
        result.removeAll();
        H3 heading = new H3("Imported " + r.fileName());
        Paragraph what = new Paragraph(r.format().label() + ": " + Formats.count(r.rowsRead()) + " rows read in "
                + String.format(Locale.US, "%.1f", r.elapsedMillis() / 1000.0) + " s"
                + (r.officesCreated() > 0 ? "; " + Formats.count(r.officesCreated()) + " new offices registered" : "")
                + ".");
        Div counts = new Div(count(r.rowsRead(), "read"), count(r.imported(), "imported"),
                count(r.duplicates(), "duplicates"), count(r.rejectedCount(), "rejected"),
                count(r.vendorsCreated(), "vendors registered"));
        counts.addClassName("purchase-import-counts");
        counts.setId("import-counts");
        result.add(heading, what, counts);
        if (r.rejectedCount() == 0) {
            return;
        }
        Div alert = new Div(VaadinIcon.WARNING.create(), new Span(Formats.count(r.rejectedCount())
                + (r.rejectedCount() == 1 ? " row was" : " rows were") + " not imported. Download the report, correct "
                + "the rows and import the file again: rows already imported are skipped as duplicates."));
        alert.addClassNames("purchase-import-alert", "warning");
        Anchor report = new Anchor((DownloadHandler) event -> {
            event.setFileName("rejected-rows-" + stripExtension(r.fileName()) + ".csv");
            event.setContentType("text/csv");
            r.writeRejectedReport(event.getOutputStream());
        }, AttachmentType.DOWNLOAD, "Download the rejected rows (CSV)");
        report.setId("download-rejected");
        Grid<PurchaseRejectedRow> rows = new Grid<>(PurchaseRejectedRow.class, false);
        rows.addColumn(PurchaseRejectedRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(PurchaseRejectedRow::key).setHeader("Key").setAutoWidth(true).setFlexGrow(1);
        rows.addColumn(PurchaseRejectedRow::reasonText).setHeader("Why").setFlexGrow(3);
        rows.setItems(r.firstRejected().subList(0, Math.min(REJECTED_SHOWN, r.firstRejected().size())));
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setAriaLabel("Rejected rows");
        rows.setHeight("16rem");
        rows.setId("rejected-rows");
        result.add(alert, report, rows);
        if (r.rejectedCount() > REJECTED_SHOWN) {
            result.add(new Paragraph("The first " + REJECTED_SHOWN + " are shown; the report has all "
                    + Formats.count(r.rejectedCount()) + "."));
        }
    }

    void showError(String message) {
        result.removeAll();
        Div alert = new Div(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(message));
        alert.addClassName("purchase-import-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setId("import-error");
        result.add(alert);
    }

    private static Div count(long n, String label) {
        Span number = new Span(Formats.count(n));
        number.addClassName("purchase-import-count-number");
        Div box = new Div(number, new Span(label));
        box.setId("count-" + label.replace(' ', '-'));
        return box;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary import file {}", file);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (running) {
            event.getUI().setPollInterval(-1);
        }
    }
}
