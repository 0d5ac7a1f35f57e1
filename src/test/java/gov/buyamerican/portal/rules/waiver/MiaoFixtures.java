package gov.buyamerican.portal.rules.waiver;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real MIAO export (June 2022) copied into the test resources, and helpers. */
final class MiaoFixtures {

    static final String REAL_FILE = "/waiver/miao-waivers-2022-06.csv";
    static final int REAL_RECORDS = 87;

    private MiaoFixtures() {
    }

    static byte[] realBytes() {
        try (InputStream in = MiaoFixtures.class.getResourceAsStream(REAL_FILE)) {
            if (in == null) {
                throw new IllegalStateException("Test resource missing: " + REAL_FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String realText() {
        return new String(realBytes(), StandardCharsets.UTF_8);
    }

    static List<MiaoCsvRow> read(String csv) {
        return MiaoCsvReader.readAll(new StringReader(csv));
    }

    static List<MiaoCsvRow> readReal() {
        return read(realText());
    }

    static List<MiaoWaiverRecord> records(List<MiaoCsvRow> rows) {
        return rows.stream()
                .filter(MiaoCsvRow.Parsed.class::isInstance)
                .map(r -> ((MiaoCsvRow.Parsed) r).record())
                .toList();
    }

    static MiaoCsvRow.Parsed parsed(List<MiaoCsvRow> rows, String id) {
        return rows.stream()
                .filter(MiaoCsvRow.Parsed.class::isInstance)
                .map(MiaoCsvRow.Parsed.class::cast)
                .filter(p -> p.record().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No parsed record " + id));
    }

    /** The header line of the real file. */
    static String header() {
        String text = realText();
        return text.substring(0, text.indexOf('\n'));
    }

    /** A one-record file with the real header and the given values (quoted), in column order. */
    static String oneRecord(List<String> values) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values.get(i);
            if (v != null) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            }
        }
        return b.append('\n').toString();
    }

    /** Values of a plausible record, to be varied by tests. */
    static List<String> sampleValues() {
        return new ArrayList<>(List.of(
                "0123456789abcdef01234567", "submitted", "2022-03-30T13:59:02.229Z", "2022-03-30T20:18:40.027Z",
                "1341", "NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY", "1341", "NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY",
                "334516", "Analytical Laboratory Instrument Manufacturing", "787", "6640", "LABORATORY EQUIPMENT AND SUPPLIES",
                "Post-solicitation", "Laser", "A laser.", "No", "[{\"piid\":\"1333ND22PNB680119\"}]", "Yes",
                "Individual Waiver", "None made here.", "Instant Delivery Only", "Reviewed", "Consistent with Policy",
                "1333ND22QNB680076",
                "[{\"countryiesOfOriginAndUSContent\":\"\",\"countryOfOriginAndUSContent\":"
                        + "{\"Two\":\"FR\",\"Three\":\"FRA\",\"Numeric\":250,\"Name\":\"FRANCE\"}}]"));
    }
}
