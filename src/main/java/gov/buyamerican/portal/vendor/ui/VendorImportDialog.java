package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.ErrorKind;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.vendor.ImportProgress;
import gov.buyamerican.portal.vendor.RejectedRow;
import gov.buyamerican.portal.vendor.VendorImportFormat;
import gov.buyamerican.portal.vendor.VendorImportResult;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports a vendor CSV file uploaded in the browser: the portal's template or a USAspending contract transactions
 * download. The file is received into a temporary file, then imported on an import thread while a progress bar moves
 * (the browser polls for updates); the result lists what was registered, updated and left unchanged, and offers the
 * rejected rows as a downloadable report.
 */
class VendorImportDialog extends Dialog {

    /** Runs an import task with the user's security context (an {@link ImportRunner} in the application). */
    @FunctionalInterface
    interface Runner {
        void run(Runnable task, SecurityContext context);
    }

    static final int MAX_FILE_BYTES = 200 * 1024 * 1024;
    private static final int POLL_MILLIS = 400;
    private static final int REJECTED_SHOWN = 200;
    private static final Logger log = LoggerFactory.getLogger(VendorImportDialog.class);

    private final VendorService vendors;
    private final Runner runner;
    private final Runnable onImported;
    private final SecurityContext securityContext;
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div progressBox;
    final Div result = new Div();
    private volatile boolean running;

    VendorImportDialog(VendorService vendors, Runner runner, Runnable onImported) {
        this.vendors = vendors;
        this.runner = runner;
        this.onImported = onImported;
        this.securityContext = SecurityContextHolder.getContext();
        setHeaderTitle("Import vendors");
        setWidth("min(52rem, 96vw)");

        Paragraph intro = new Paragraph("Upload a CSV file in the portal's vendor template, or a USAspending contract "
                + "transactions download (one vendor per recipient). Vendors are matched on their UEI: a registered "
                + "UEI updates that vendor, blank cells keep what is stored, and importing the same file again "
                + "creates no duplicates. Good rows are saved together; the others come back in a report.");
        Anchor template = new Anchor((DownloadHandler) event -> {
            byte[] csv = VendorTemplate.csv();
            event.setFileName(VendorTemplate.FILE_NAME);
            event.setContentType("text/csv");
            event.setContentLength(csv.length);
            event.getOutputStream().write(csv);
        }, AttachmentType.DOWNLOAD, "Download the vendor template (CSV)");
        template.setId("download-template");
        UnorderedList columns = new UnorderedList();
        columns.addClassName("vendor-columns");
        for (VendorTemplate.Column c : VendorTemplate.columns()) {
            ListItem item = new ListItem();
            item.add(new com.vaadin.flow.component.html.Code(c.header()));
            item.add(new Span((c.required() ? " (required): " : ": ") + c.description()));
            columns.add(item);
        }
        Details guide = new Details("Columns of the template", columns);

        upload = new Upload(uploadHandler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setWidthFull();
        upload.setId("vendor-upload");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a CSV file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is larger than 200 MB: split it into smaller files")
                .setIncorrectFileType("Choose a .csv file"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
        NativeLabel uploadLabel = new NativeLabel("Vendor file");
        uploadLabel.addClassName("vendor-form-section");

        progress.setIndeterminate(false);
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressText.addClassName("vendor-secondary");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressBox = new Div(progress, progressText);
        progressBox.setVisible(false);
        progressBox.setId("import-progress");
        result.setId("import-result");

        add(intro, template, guide, uploadLabel, upload, progressBox, result);
        Button close = new Button("Close", e -> close());
        close.setId("close-import");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }

    /** Receives the file into a temporary file (the session is not locked meanwhile), then starts the import. */
    private UploadHandler uploadHandler() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                String name = event.getFileName();
                Path file = Files.createTempFile("vendor-import-", ".csv");
                try (InputStream in = event.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
                ui.access(() -> start(ui, name, file));
            }

            /** The browser checks the size too; this holds for clients that do not. */
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

    /** Imports a file received by the upload (or given by a test); deletes it when done. */
    void start(UI ui, String fileName, Path file) {
        if (running) {
            deleteQuietly(file);
            showFileError("An import is already running in this window: wait for it to finish.");
            return;
        }
        running = true;
        result.removeAll();
        progress.setValue(0);
        progressText.setText("Starting the import of " + fileName + "…");
        progressBox.setVisible(true);
        upload.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        try {
            runner.run(() -> importInBackground(ui, fileName, file), securityContext);
        } catch (BusinessRuleException e) {
            finish(ui);
            deleteQuietly(file);
            showFileError(e.getMessage());
        }
    }

    private void importInBackground(UI ui, String fileName, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            VendorImportResult r = vendors.importFile(fileName, in, size, throttled(ui));
            ui.access(() -> {
                finish(ui);
                showResult(r);
                onImported.run();
            });
        } catch (BusinessRuleException e) {
            ui.access(() -> {
                finish(ui);
                showFileError(e.getMessage());
            });
        } catch (AccessDeniedException e) {
            ui.access(() -> {
                finish(ui);
                showFileError("Your roles do not allow importing vendors.");
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException && ErrorKind.of(e) == ErrorKind.DATABASE_UNAVAILABLE) {
                log.warn("Vendor import of '{}' failed: database unavailable: {}", fileName, e.getMessage());
                ui.access(() -> {
                    finish(ui);
                    showFileError(ErrorKind.DATABASE_UNAVAILABLE_MESSAGE + " Nothing of the file was imported.");
                });
                return;
            }
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Vendor import of '{}' failed, reference {}", fileName, ref, e);
            ui.access(() -> {
                finish(ui);
                showFileError("The import failed and nothing was imported. If it happens again, quote reference "
                        + ref + " to your administrator.");
            });
        } finally {
            deleteQuietly(file);
        }
    }

    /** Progress updates for the browser: at most a few per second. */
    private ImportProgress throttled(UI ui) {
        long[] last = {0};
        return (fraction, message) -> {
            long now = System.nanoTime();
            if (now - last[0] < 200_000_000L && fraction < 1) {
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
        upload.clearFileList();
    }

    void showResult(VendorImportResult r) {
        result.removeAll();
        H3 heading = new H3("Imported " + r.fileName());
        heading.addClassName("vendor-form-section");
        Paragraph what = new Paragraph(r.format().label() + ": " + Formats.count(r.rowsRead())
                + (r.format() == VendorImportFormat.USASPENDING ? " transactions read" : " rows read")
                + (r.mergedRows() > 0 ? ", " + Formats.count(r.mergedRows()) + " repeating a recipient already read" : "")
                + ", in " + String.format(java.util.Locale.US, "%.1f", r.elapsedMillis() / 1000.0) + " s.");
        Div counts = new Div(count(r.created(), "registered"), count(r.updated(), "updated"),
                count(r.unchanged(), "unchanged"), count(r.rejectedCount(), "rejected"));
        counts.addClassName("vendor-import-counts");
        counts.setId("import-counts");
        result.add(heading, what, counts);
        if (r.rejectedCount() == 0) {
            return;
        }
        Div alert = new Div(VaadinIcon.WARNING.create(), new Span(Formats.count(r.rejectedCount())
                + (r.rejectedCount() == 1 ? " row was" : " rows were") + " not imported. Download the report, correct "
                + "the rows and import them again: vendors already imported are matched by UEI, not duplicated."));
        alert.addClassNames("vendor-alert", "vendor-alert-warning");
        Anchor report = new Anchor((DownloadHandler) event -> {
            event.setFileName("rejected-rows-" + stripExtension(r.fileName()) + ".csv");
            event.setContentType("text/csv");
            r.writeRejectedReport(event.getOutputStream());
        }, AttachmentType.DOWNLOAD, "Download the rejected rows (CSV)");
        report.setId("download-rejected");
        Grid<RejectedRow> rows = new Grid<>(RejectedRow.class, false);
        rows.addColumn(RejectedRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(RejectedRow::uei).setHeader("UEI").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(RejectedRow::name).setHeader("Name").setFlexGrow(1);
        rows.addColumn(RejectedRow::reasonText).setHeader("Why").setFlexGrow(3);
        rows.setItems(r.rejected().subList(0, Math.min(REJECTED_SHOWN, r.rejected().size())));
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

    void showFileError(String message) {
        result.removeAll();
        Div alert = new Div(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(message));
        alert.addClassName("vendor-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setId("import-error");
        result.add(alert);
    }

    private static Div count(int n, String label) {
        Span number = new Span(Formats.count(n));
        number.addClassName("vendor-count-number");
        Div box = new Div(number, new Span(label));
        box.setId("count-" + label);
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
