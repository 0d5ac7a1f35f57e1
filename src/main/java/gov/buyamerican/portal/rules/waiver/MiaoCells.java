package gov.buyamerican.portal.rules.waiver;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and writing of the MIAO list's non-text cells: Yes/No, timestamps, and the two JSON
 * columns.
 *
 * <p>JSON shapes, as published:
 * <pre>
 *   Piids:     [{"piid":"1333ND22PNB680119"}]            no PIID: [{"piid":""}]
 *   Countries: [{"countryiesOfOriginAndUSContent":"",
 *                "countryOfOriginAndUSContent":{"Two":"FR","Three":"FRA","Numeric":250,"Name":"FRANCE"}}]
 * </pre>
 * ("countryies..." is the source's own spelling; that member is always empty in the published list.)
 */
final class MiaoCells {

    static final String PIID = "piid";
    static final String US_CONTENT = "countryiesOfOriginAndUSContent";
    static final String COUNTRY = "countryOfOriginAndUSContent";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Always three fraction digits and a Z, as in the published list: 2022-03-30T13:59:02.229Z. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(3).toFormatter(Locale.ROOT);

    private MiaoCells() {
    }

    /** Thrown for a cell that cannot be read at all; the record is rejected with this message. */
    static final class CellException extends Exception {
        private static final long serialVersionUID = 1L;

        CellException(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- Yes/No

    static Boolean parseYesNo(String cleaned, MiaoColumn column) throws CellException {
        if (cleaned == null || Labels.isNotApplicable(cleaned)) {
            return null;
        }
        return switch (Labels.key(cleaned)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> Boolean.FALSE;
            default -> throw new CellException(column.header() + " must be Yes or No, not \"" + cleaned + "\".");
        };
    }

    static String formatYesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    // ---------------------------------------------------------------- timestamps

    static Instant parseInstant(String cleaned, MiaoColumn column) throws CellException {
        if (cleaned == null) {
            return null;
        }
        try {
            return Instant.parse(cleaned);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(cleaned).toInstant();
            } catch (DateTimeParseException e2) {
                throw new CellException(column.header() + " is not a date and time: \"" + cleaned + "\".");
            }
        }
    }

    static String formatInstant(Instant value) {
        return value == null ? null : INSTANT.format(value);
    }

    // ---------------------------------------------------------------- PIIDs

    /**
     * Reads the Piids cell. Blank and "N/A" give an empty list; blank PIIDs inside the JSON (the
     * list's way of saying "none") are left out. A cell that is not JSON at all is read as PIIDs
     * separated by commas, semicolons or line breaks, with a note.
     */
    static List<String> parsePiids(String raw, List<ImportNote> notes) throws CellException {
        String cell = raw == null ? "" : raw.strip();
        if (cell.isEmpty() || Labels.isNotApplicable(cell)) {
            return List.of();
        }
        List<String> piids = new ArrayList<>();
        if (!cell.startsWith("[") && !cell.startsWith("{")) {
            for (String part : cell.split("[,;\\n]")) {
                String p = MiaoText.clean(part, false);
                if (p != null && !Labels.isNotApplicable(p)) {
                    piids.add(p);
                }
            }
            notes.add(new ImportNote(ImportNote.Kind.UNUSUAL_FORM, MiaoColumn.PIIDS,
                    "PIIDs were given as plain text, not JSON; read as " + piids + "."));
            return piids;
        }
        JsonNode root = readJson(cell, MiaoColumn.PIIDS);
        List<JsonNode> elements = root.isArray() ? new ArrayList<>(root.values()) : List.of(root);
        int position = 0;
        for (JsonNode e : elements) {
            position++;
            JsonNode value = e.isObject() ? e.get(PIID) : e;
            if (value == null || value.isNull()) {
                notes.add(new ImportNote(ImportNote.Kind.VALUE_DROPPED, MiaoColumn.PIIDS,
                        "PIID entry " + position + " has no \"piid\" member and was left out: " + e + "."));
                continue;
            }
            if (!value.isString() && !value.isNumber()) {
                notes.add(new ImportNote(ImportNote.Kind.VALUE_DROPPED, MiaoColumn.PIIDS,
                        "PIID entry " + position + " is not a text and was left out: " + e + "."));
                continue;
            }
            String p = MiaoText.clean(value.asString(), false);
            if (p != null && !Labels.isNotApplicable(p)) {
                piids.add(p);
            }
        }
        return piids;
    }

    /** Writes PIIDs in the published shape; no PIID is written as [{"piid":""}], as the list does. */
    static String formatPiids(List<String> piids) {
        ArrayNode array = JSON.createArrayNode();
        if (piids.isEmpty()) {
            array.addObject().put(PIID, "");
        }
        for (String p : piids) {
            array.addObject().put(PIID, p);
        }
        return JSON.writeValueAsString(array);
    }

    // ---------------------------------------------------------------- countries

    /**
     * Reads the countries cell. Entries that are not a country object (the published list has one
     * holding an opaque encoded string) or whose codes are malformed are left out, with a note.
     */
    static List<CountryOfOrigin> parseCountries(String raw, List<ImportNote> notes) throws CellException {
        String cell = raw == null ? "" : raw.strip();
        if (cell.isEmpty() || Labels.isNotApplicable(cell)) {
            return List.of();
        }
        if (!cell.startsWith("[") && !cell.startsWith("{")) {
            throw new CellException(MiaoColumn.COUNTRIES_OF_ORIGIN.header()
                    + " is not the list's JSON: \"" + abbreviate(cell) + "\".");
        }
        JsonNode root = readJson(cell, MiaoColumn.COUNTRIES_OF_ORIGIN);
        List<JsonNode> elements = root.isArray() ? new ArrayList<>(root.values()) : List.of(root);
        List<CountryOfOrigin> countries = new ArrayList<>();
        int position = 0;
        for (JsonNode e : elements) {
            position++;
            JsonNode country = e.isObject() && e.has(COUNTRY) ? e.get(COUNTRY) : e;
            if (!country.isObject()) {
                notes.add(new ImportNote(ImportNote.Kind.VALUE_DROPPED, MiaoColumn.COUNTRIES_OF_ORIGIN,
                        "Country entry " + position + " is not a country but an unreadable value (\""
                                + abbreviate(country.isString() ? country.asString() : country.toString())
                                + "\") and was left out."));
                continue;
            }
            JsonNode usContent = e.isObject() ? e.get(US_CONTENT) : null;
            if (usContent != null && !usContent.isNull() && !(usContent.isString() && usContent.asString().isBlank())) {
                notes.add(new ImportNote(ImportNote.Kind.VALUE_DROPPED, MiaoColumn.COUNTRIES_OF_ORIGIN,
                        "Country entry " + position + " has a US-content value (" + usContent
                                + ") that the portal does not keep."));
            }
            try {
                countries.add(new CountryOfOrigin(
                        upper(code(country, "Two")),
                        upper(code(country, "Three")),
                        number(country, "Numeric"),
                        MiaoText.clean(text(country, "Name"), false)));
            } catch (IllegalArgumentException ex) {
                notes.add(new ImportNote(ImportNote.Kind.VALUE_DROPPED, MiaoColumn.COUNTRIES_OF_ORIGIN,
                        "Country entry " + position + " was left out: " + ex.getMessage() + " (" + country + ")"));
            }
        }
        return countries;
    }

    /** Writes countries in the published shape. */
    static String formatCountries(List<CountryOfOrigin> countries) {
        ArrayNode array = JSON.createArrayNode();
        for (CountryOfOrigin c : countries) {
            ObjectNode entry = array.addObject();
            entry.put(US_CONTENT, "");
            ObjectNode country = entry.putObject(COUNTRY);
            if (c.alpha2() != null) {
                country.put("Two", c.alpha2());
            }
            if (c.alpha3() != null) {
                country.put("Three", c.alpha3());
            }
            if (c.numeric() != null) {
                country.put("Numeric", c.numeric().intValue());
            }
            if (c.name() != null) {
                country.put("Name", c.name());
            }
        }
        return JSON.writeValueAsString(array);
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode readJson(String cell, MiaoColumn column) throws CellException {
        try {
            return JSON.readTree(cell);
        } catch (JacksonException e) {
            throw new CellException(column.header() + " is not valid JSON (" + firstLine(e.getOriginalMessage())
                    + "): \"" + abbreviate(cell) + "\".");
        }
    }

    private static String text(JsonNode object, String member) {
        JsonNode v = object.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = MiaoText.clean(v.isString() ? v.asString() : v.toString(), false);
        return s == null || Labels.isNotApplicable(s) ? null : s;
    }

    /** A country code: "NA" is Namibia here, not "not applicable". */
    private static String code(JsonNode object, String member) {
        JsonNode v = object.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        return MiaoText.clean(v.isString() ? v.asString() : v.toString(), false);
    }

    private static Integer number(JsonNode object, String member) {
        JsonNode v = object.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        String s = text(object, member);
        if (s == null) {
            return null;
        }
        if (!s.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("Not an ISO 3166-1 numeric code: \"" + s + "\".");
        }
        return Integer.valueOf(s);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
