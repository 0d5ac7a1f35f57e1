package gov.buyamerican.portal.waiver.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.waiver.MiaoImportResult;
import gov.buyamerican.portal.waiver.MiaoListService;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Uploads the Made in America Office public waiver list (its CSV export) and imports it whole: every record is
 * accounted for, records already imported are updated rather than duplicated, and rejected records can be downloaded
 * as a report (line, id, reason).
 */
@Route("waivers/miao-import")
@PageTitle("Import the MIAO waiver list | Buy American Compliance Portal")
@StyleSheet(WaiverStyles.SHEET)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class MiaoImportView extends Main {

    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final MiaoListService miao;
    private final Div result = new Div();

    public MiaoImportView(MiaoListService miao) {
        this.miao = miao;
        addClassName("portal-view");
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            importFile(meta.fileName(), bytes);
            upload.clearFileList(); // ready for the next file
        }));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropAllowed(true);
        upload.setId("miao-upload");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));

        Paragraph how = new Paragraph("Download the list from the Made in America Office (madeinamerica.gov, waivers, "
                + "export as CSV) and drop the file here. The header must be the list's 26 columns. Records are matched "
                + "by their _id: importing the same file again updates nothing that has not changed.");
        Div intro = new Div(how, upload);
        intro.addClassName("portal-section");
        result.setId("import-result");
        result.getElement().setAttribute("aria-live", "polite");

        Button list = new Button("Show imported records", VaadinIcon.LIST.create(),
                e -> UI.getCurrent().navigate("waivers", QueryParameters.of("source", "miao")));
        add(new ViewToolbar("Import the MIAO waiver list", "Public records of nonavailability waivers (OMB M-21-26).", list),
                intro, result);
    }

    /** Runs the import of one uploaded file and shows what happened. */
    void importFile(String fileName, byte[] bytes) {
        result.removeAll();
        try {
            show(miao.importList(fileName, new ByteArrayInputStream(bytes)));
        } catch (BusinessRuleException e) {
            Paragraph p = new Paragraph(e.getMessage());
            p.getElement().setAttribute("role", "alert");
            p.setId("import-error");
            Div box = new Div(title("The file was not imported"), p);
            box.addClassNames("portal-section", "waiver-import-error");
            result.add(box);
            Notifications.error(e.getMessage());
        }
    }

    private void show(MiaoImportResult r) {
        Div cards = new Div(card("Records read", r.rows()), card("New", r.created()), card("Updated", r.updated()),
                card("Unchanged", r.unchanged()), card("Rejected", r.rejectedCount()));
        cards.addClassName("portal-cards");
        Paragraph summary = new Paragraph(r.fileName() + ": " + r.summary());
        summary.setId("import-summary");
        Div section = new Div(title("Result"), summary, cards);
        section.addClassName("portal-section");
        if (r.duplicateIds() > 0) {
            section.add(new Paragraph(r.duplicateIds() + " record" + (r.duplicateIds() == 1 ? " repeats" : "s repeat")
                    + " an _id seen earlier in the file; the later one was kept."));
        }
        if (r.suspectedTestRecords() > 0) {
            section.add(new Paragraph(r.suspectedTestRecords() + " record" + (r.suspectedTestRecords() == 1 ? " looks" : "s look")
                    + " like test entries (placeholder titles, agencies named TEST); they were imported and are flagged."));
        }
        if (!r.ignoredColumns().isEmpty()) {
            section.add(new Paragraph("Columns ignored (not in the MIAO layout): " + String.join(", ", r.ignoredColumns())));
        }
        result.add(section);
        if (r.rejectedCount() > 0) {
            Grid<MiaoImportResult.RejectedRow> rejected = new Grid<>(MiaoImportResult.RejectedRow.class, false);
            rejected.addColumn(MiaoImportResult.RejectedRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            rejected.addColumn(x -> x.id() == null ? "" : x.id()).setHeader("_id").setAutoWidth(true).setFlexGrow(0);
            rejected.addColumn(MiaoImportResult.RejectedRow::reason).setHeader("Reason").setFlexGrow(1);
            rejected.setItems(r.rejected());
            rejected.setAllRowsVisible(true);
            rejected.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            rejected.setAriaLabel("Rejected records");
            byte[] report = r.rejectedRowsCsv().getBytes(StandardCharsets.UTF_8);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(report), "rejected-rows.csv", "text/csv; charset=UTF-8", report.length)),
                    AttachmentType.DOWNLOAD, "Download the rejected rows (CSV)");
            download.setId("rejected-report");
            Div box = new Div(title("Rejected records"), download, rejected);
            box.addClassName("portal-section");
            result.add(box);
        }
        Notifications.success(r.summary());
    }

    private static H2 title(String text) {
        H2 h = new H2(text);
        h.addClassName("portal-section-title");
        return h;
    }

    private static Div card(String label, int value) {
        Span l = new Span(label);
        l.addClassName("portal-card-label");
        Span v = new Span(Formats.count(value));
        v.addClassName("portal-card-value");
        Div c = new Div(l, v);
        c.addClassName("portal-card");
        return c;
    }
}
