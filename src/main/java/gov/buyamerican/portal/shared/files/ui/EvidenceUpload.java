package gov.buyamerican.portal.shared.files.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.files.FileIntegrityException;
import gov.buyamerican.portal.shared.files.FileType;
import gov.buyamerican.portal.shared.files.StoredFile;
import gov.buyamerican.portal.shared.files.StoredFileContent;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.shared.files.UploadCheck;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Evidence documents of one record: an upload area (PDF, PNG, JPEG; several files at once), a clear message for each
 * refused file, and the stored files with their size, checksum and a download link.
 *
 * <p>Every file is checked by its bytes ({@link UploadCheck}) as soon as it arrives, so that a refused file is marked
 * in the upload list at once, and then handed to the {@link Storer}, whose service checks again and stores it. The
 * upload never holds more than the size limit (plus one byte) in memory. Use {@link #forOwner} for the common case of
 * files attached to a record through {@link StoredFileService}.
 */
public class EvidenceUpload extends Composite<Div> {

    /** Stores one upload that passed the checks; throws {@link BusinessRuleException} to refuse it. */
    @FunctionalInterface
    public interface Storer extends Serializable {
        StoredFile store(String fileName, byte[] content);
    }

    /** Reads a stored file back (checksum verified), for its download link. */
    @FunctionalInterface
    public interface Reader extends Serializable {
        StoredFileContent read(long id);
    }

    private static final Logger log = LoggerFactory.getLogger(EvidenceUpload.class);
    private static final int MAX_ERRORS = 10;

    private final long maxBytes;
    private final Storer storer;
    private final Reader reader;
    private final Upload upload;
    private final Div errors = new Div();
    private final Div fileList = new Div();
    private final Span label = new Span("Evidence documents");
    private final Span hint = new Span();
    private final Span empty = new Span("No documents");
    private final Map<String, String> errorsByFile = new LinkedHashMap<>();
    private final List<StoredFile> files = new ArrayList<>();
    private final List<SerializableConsumer<StoredFile>> storedListeners = new ArrayList<>();

    /**
     * @param maxBytes the size limit (the service's, e.g. {@link StoredFileService#maxBytes()})
     * @param storer   stores a checked upload
     * @param reader   reads a stored file for download, or null for no download links
     */
    public EvidenceUpload(long maxBytes, Storer storer, Reader reader) {
        this.maxBytes = maxBytes;
        this.storer = storer;
        this.reader = reader;

        upload = new Upload((UploadHandler) this::receive);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(Stream.concat(
                Arrays.stream(FileType.values()).map(FileType::mediaType),
                Arrays.stream(FileType.values()).flatMap(t -> t.extensions().stream()).map(e -> "." + e)).toArray(String[]::new));
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showError(e.getFileName(), rejectedInBrowser(e.getFileName(), e.getErrorMessage())));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setWidthFull();

        label.addClassName("portal-evidence-label");
        hint.setText("PDF, PNG or JPEG, up to " + UploadCheck.size(maxBytes) + " each. Each file's content is "
                + "checked, not only its name.");
        hint.addClassName("portal-evidence-hint");
        errors.addClassName("portal-evidence-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        fileList.addClassName("portal-evidence-files");
        empty.addClassName("portal-evidence-hint");

        getContent().addClassName("portal-evidence");
        getContent().add(label, upload, hint, errors, fileList, empty);
        renderFiles();
    }

    /** An upload area for the files of one record, listing those already stored. */
    public static EvidenceUpload forOwner(StoredFileService service, String ownerType, long ownerId) {
        EvidenceUpload component = new EvidenceUpload(service.maxBytes(),
                (name, content) -> service.store(ownerType, ownerId, name, content), service::read);
        component.setFiles(service.list(ownerType, ownerId));
        return component;
    }

    public void setLabel(String text) {
        label.setText(text);
    }

    /** Read-only: the stored files and their download links, without the upload area (e.g. for auditors). */
    public void setReadOnly(boolean readOnly) {
        upload.setVisible(!readOnly);
        hint.setVisible(!readOnly);
        renderFiles();
    }

    public boolean isReadOnly() {
        return !upload.isVisible();
    }

    /** Shows these stored files (e.g. those already attached to the record). */
    public void setFiles(List<StoredFile> stored) {
        files.clear();
        files.addAll(stored);
        renderFiles();
    }

    public List<StoredFile> getFiles() {
        return List.copyOf(files);
    }

    /** The messages currently shown for refused files, by file name. */
    public Map<String, String> getErrors() {
        return Map.copyOf(errorsByFile);
    }

    /** Called, with the UI locked, after each file is stored. */
    public Registration addStoredListener(SerializableConsumer<StoredFile> listener) {
        storedListeners.add(listener);
        return () -> storedListeners.remove(listener);
    }

    /** Runs on the upload request, without the UI lock: reads at most the limit plus one byte. */
    private void receive(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        StoredFile stored = null;
        String problem = null;
        try {
            UploadCheck.check(name, content, maxBytes);
            stored = storer.store(name, content);
        } catch (BusinessRuleException e) {
            problem = e.getMessage();
        } catch (AccessDeniedException e) {
            problem = "You may not add documents here.";
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Storing the upload {} failed, reference {}", name, ref, e);
            problem = "\u201c" + UploadCheck.cleanName(name) + "\u201d could not be stored. Nothing was saved; if it "
                    + "happens again, quote reference " + ref + " to your administrator.";
        }
        if (problem != null) {
            event.reject(problem);
        }
        StoredFile result = stored;
        String message = problem;
        UI ui = event.getUI();
        ui.access(() -> {
            if (result != null) {
                stored(name, result);
            } else {
                showError(name, message);
            }
        });
    }

    private void stored(String declaredName, StoredFile file) {
        errorsByFile.remove(UploadCheck.cleanName(declaredName));
        renderErrors();
        files.add(file);
        renderFiles();
        storedListeners.forEach(l -> l.accept(file));
    }

    private void showError(String declaredName, String message) {
        String name = UploadCheck.cleanName(declaredName);
        errorsByFile.remove(name);
        errorsByFile.put(name, message);
        while (errorsByFile.size() > MAX_ERRORS) {
            errorsByFile.remove(errorsByFile.keySet().iterator().next());
        }
        renderErrors();
    }

    private void renderErrors() {
        errors.removeAll();
        List<String> newestFirst = new ArrayList<>(errorsByFile.values());
        java.util.Collections.reverse(newestFirst);
        for (String message : newestFirst) {
            Icon icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Div line = new Div(icon, new Span(message));
            line.addClassName("portal-evidence-error");
            errors.add(line);
        }
        errors.setVisible(!errorsByFile.isEmpty());
    }

    private void renderFiles() {
        fileList.removeAll();
        fileList.setVisible(!files.isEmpty());
        empty.setVisible(files.isEmpty() && isReadOnly());
        for (StoredFile f : files) {
            fileList.add(fileRow(f));
        }
    }

    private Component fileRow(StoredFile f) {
        Icon icon = (f.type() == FileType.PDF ? VaadinIcon.FILE_TEXT_O : VaadinIcon.PICTURE).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Component name = reader == null ? new Span(f.fileName()) : downloadLink(f);
        Span details = new Span(f.description() + " \u00b7 SHA-256 " + f.sha256().substring(0, 12) + "\u2026 \u00b7 "
                + f.uploadedBy() + ", " + Formats.dateTime(f.uploadedAt()));
        details.getElement().setAttribute("title", "SHA-256 " + f.sha256());
        details.addClassName("portal-evidence-details");
        Div row = new Div(icon, new Div(name, details));
        row.addClassName("portal-evidence-file");
        return row;
    }

    private Anchor downloadLink(StoredFile f) {
        long id = f.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                StoredFileContent c = reader.read(id);
                return new DownloadResponse(c.inputStream(), c.file().fileName(), c.file().contentType(), c.content().length);
            } catch (FileIntegrityException | NotFoundException e) {
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> Notifications.error(e.getMessage()));
                }
                return DownloadResponse.error(e instanceof NotFoundException ? 404 : 500, e.getMessage());
            }
        }), AttachmentType.DOWNLOAD, f.fileName());
        link.getElement().setAttribute("aria-label", "Download " + f.fileName());
        return link;
    }

    /** The browser refused the file before sending it (too large, or not one of the accepted types). */
    private String rejectedInBrowser(String fileName, String browserMessage) {
        String quoted = "\u201c" + UploadCheck.cleanName(fileName) + "\u201d";
        return tooBigText().equals(browserMessage)
                ? quoted + " is larger than the limit of " + UploadCheck.size(maxBytes) + "."
                : quoted + " is not a PDF, PNG or JPEG file. Only these are accepted.";
    }

    private String tooBigText() {
        return "Larger than " + UploadCheck.size(maxBytes);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Add document\u2026").setMany("Add documents\u2026"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Drop a document here").setMany("Drop documents here"));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(tooBigText())
                .setIncorrectFileType("Not a PDF, PNG or JPEG file")
                .setTooManyFiles("Too many files at once"));
        return i18n;
    }
}
