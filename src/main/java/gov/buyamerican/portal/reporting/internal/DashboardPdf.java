package gov.buyamerican.portal.reporting.internal;

import gov.buyamerican.portal.reporting.Dashboard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF summary of a dashboard (Apache PDFBox): title, period and filters, the key figures, then every card as a
 * table, with simple drawn bars next to the spend of the classification, country and vendor tables. Text is written
 * as it is (PDF text is not markup); characters the standard Helvetica font cannot encode become "?".
 */
public final class DashboardPdf {

    private static final float MARGIN = 40;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float BAR_WIDTH = 120;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;
    private int pageNo;

    private DashboardPdf() {
    }

    /** Writes the summary; {@code scope} describes the filters (period, office, channel) in words. */
    public static void write(Dashboard d, String scope, String generated, OutputStream out) {
        DashboardPdf pdf = new DashboardPdf();
        try (pdf.doc) {
            PDDocumentInformation info = pdf.doc.getDocumentInformation();
            info.setTitle("Buy American compliance summary");
            info.setCreator("Buy American Compliance Portal");
            pdf.render(d, scope, generated);
            pdf.cs.close();
            pdf.doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(Dashboard d, String scope, String generated) throws IOException {
        newPage();
        text(bold, 18, MARGIN, "Buy American compliance summary");
        y -= 22;
        text(regular, 10, MARGIN, scope);
        y -= 14;
        text(regular, 8, MARGIN, generated);
        y -= 24;
        kpis(d);
        for (ReportTable t : DashboardTables.of(d)) {
            table(t);
        }
    }

    private void kpis(Dashboard d) throws IOException {
        String[][] figures = {
                {"Total spend", money(d.total().amount()), count(d.total().count()) + " purchases"},
                {"Domestic share", percent(d.domesticShare()), "of covered spend: " + percent(d.domesticShareOfCovered())},
                {"Foreign, no waiver", money(d.foreignUnwaived().amount()), count(d.foreignUnwaived().count()) + " purchases"},
                {"Waiver requests", count(d.waivers().total()), "median decision: " + days(d.waivers().medianBusinessDays())},
                {"Attestations expiring", count(d.attestations().total()), "within 90 days"}};
        float w = (PAGE.getWidth() - 2 * MARGIN) / figures.length;
        for (int i = 0; i < figures.length; i++) {
            float x = MARGIN + i * w;
            cs.setNonStrokingColor(0.94f, 0.95f, 0.97f);
            cs.addRect(x, y - 44, w - 8, 52);
            cs.fill();
            cs.setNonStrokingColor(0.35f, 0.38f, 0.43f);
            text(bold, 8, x + 8, figures[i][0].toUpperCase(Locale.ROOT), y);
            cs.setNonStrokingColor(0.1f, 0.1f, 0.12f);
            text(bold, 15, x + 8, figures[i][1], y - 18);
            cs.setNonStrokingColor(0.35f, 0.38f, 0.43f);
            text(regular, 8, x + 8, figures[i][2], y - 34);
        }
        cs.setNonStrokingColor(0f, 0f, 0f);
        y -= 70;
    }

    private void table(ReportTable t) throws IOException {
        List<ReportTable.Column> cols = t.columns();
        int barCol = -1;
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).header().equals("Spend") || cols.get(i).header().equals("Foreign spend")) {
                barCol = i;
                break;
            }
        }
        if (t.title().startsWith("Marketplace")) {
            barCol = -1;
        }
        float available = PAGE.getWidth() - 2 * MARGIN - (barCol >= 0 ? BAR_WIDTH + 10 : 0);
        float weights = 0;
        for (ReportTable.Column c : cols) {
            weights += c.kind() == ReportTable.Kind.TEXT ? 2.2f : 1f;
        }
        float[] widths = new float[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            widths[i] = available * (cols.get(i).kind() == ReportTable.Kind.TEXT ? 2.2f : 1f) / weights;
        }
        BigDecimal max = BigDecimal.ZERO;
        if (barCol >= 0) {
            for (List<Object> row : t.rows()) {
                if (row.get(barCol) instanceof BigDecimal b && b.compareTo(max) > 0) {
                    max = b;
                }
            }
        }
        need(60);
        text(bold, 12, MARGIN, t.title());
        y -= 16;
        if (t.note() != null) {
            cs.setNonStrokingColor(0.35f, 0.38f, 0.43f);
            text(regular, 8, MARGIN, t.note());
            cs.setNonStrokingColor(0f, 0f, 0f);
            y -= 12;
        }
        header(cols, widths);
        if (t.rows().isEmpty()) {
            text(regular, 9, MARGIN, "No data for this period.");
            y -= 13;
        }
        for (List<Object> row : t.rows()) {
            if (need(13)) {
                header(cols, widths);
            }
            float x = MARGIN;
            for (int i = 0; i < cols.size(); i++) {
                String s = format(cols.get(i).kind(), row.get(i));
                boolean right = cols.get(i).kind() != ReportTable.Kind.TEXT;
                cell(regular, 9, x, widths[i], s, right);
                x += widths[i];
            }
            if (barCol >= 0 && max.signum() > 0 && row.get(barCol) instanceof BigDecimal b && b.signum() > 0) {
                float len = b.divide(max, 4, RoundingMode.HALF_UP).floatValue() * BAR_WIDTH;
                cs.setNonStrokingColor(0.09f, 0.46f, 0.95f);
                cs.addRect(x + 10, y - 2, Math.max(1, len), 8);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            y -= 13;
        }
        y -= 14;
    }

    private void header(List<ReportTable.Column> cols, float[] widths) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cols.size(); i++) {
            cell(bold, 8, x, widths[i], cols.get(i).header(), cols.get(i).kind() != ReportTable.Kind.TEXT);
            x += widths[i];
        }
        y -= 4;
        cs.setStrokingColor(0.7f, 0.7f, 0.7f);
        cs.moveTo(MARGIN, y + 1);
        cs.lineTo(PAGE.getWidth() - MARGIN, y + 1);
        cs.stroke();
        y -= 11;
    }

    private void cell(PDType1Font font, float size, float x, float width, String s, boolean right) throws IOException {
        String fitted = fit(font, size, safe(s), width - 6);
        float w = width(font, size, fitted);
        text(font, size, right ? x + width - 6 - w : x, fitted);
    }

    private String fit(PDType1Font font, float size, String s, float width) throws IOException {
        if (width(font, size, s) <= width) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && width(font, size, t + "...") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    private float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private void text(PDType1Font font, float size, float x, String s) throws IOException {
        text(font, size, x, s, y);
    }

    private void text(PDType1Font font, float size, float x, String s, float atY) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, atY);
        cs.showText(safe(s));
        cs.endText();
    }

    /** The text with every character Helvetica (WinAnsi) cannot show replaced by "?", control characters by spaces. */
    private String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean canEncode(int cp) {
        try {
            regular.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Starts a new page when fewer than {@code height} points are left; true when it did. */
    private boolean need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
            return true;
        }
        return false;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        cs.setNonStrokingColor(0.5f, 0.5f, 0.5f);
        text(regular, 7, MARGIN, "Buy American Compliance Portal - page " + pageNo, 20);
        cs.setNonStrokingColor(0f, 0f, 0f);
        y = PAGE.getHeight() - MARGIN;
    }

    /** A cell as text: money in US dollars, percentages with one decimal, counts with grouping. */
    public static String format(ReportTable.Kind kind, Object v) {
        if (v == null) {
            return kind == ReportTable.Kind.TEXT ? "" : "-";
        }
        return switch (kind) {
            case MONEY -> money((BigDecimal) v);
            case PERCENT -> percent((BigDecimal) v);
            case COUNT -> count(((Number) v).longValue());
            case DAYS -> days((BigDecimal) v);
            case DATE -> ((LocalDate) v).toString();
            case TEXT -> v.toString();
        };
    }

    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal v) {
        return v == null ? "-" : v.toPlainString() + "%";
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String days(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString() + " business days";
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }
}
