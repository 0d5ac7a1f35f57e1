package gov.buyamerican.portal.purchase.internal.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes imported purchases fast, on the connection of the caller's transaction (plain JDBC: rendering a 30,000-value
 * jOOQ statement per chunk costs more than running it): one {@code LOAD DATA LOCAL INFILE ... IGNORE} per chunk fed
 * from memory, or, where the server refuses LOAD DATA LOCAL, multi-row {@code INSERT IGNORE} statements of up to
 * {@value #ROWS_PER_INSERT} rows. The unique key {@code (source, source_key)} makes MariaDB skip a row already stored
 * (from an earlier import, or earlier in this file): the difference between rows sent and rows inserted is the number
 * of duplicates. IGNORE would also turn other errors into warnings, so a statement that inserted fewer rows than it
 * sent must show only duplicate-key warnings (1062), as many as rows skipped; anything else fails the import. The rows
 * were checked before (foreign keys resolved, lengths and codes checked), so that is a bug guard, not a validation.
 *
 * <p><b>Foreign keys on the LOAD DATA path.</b> InnoDB checks each row's foreign keys (office, vendor, seller,
 * product, country, waiver, import) by looking up and share-locking the parent row, once per row: a million-row
 * import repeats that for the same few hundred parents millions of times (about a tenth of the load's time, see
 * bench/README.md "Purchase import"). Instead, before each chunk the writer share-locks the chunk's distinct parents
 * itself ({@code SELECT ... LOCK IN SHARE MODE}, one statement per parent table) and fails the import if any is
 * missing, then loads the chunk with {@code SET STATEMENT foreign_key_checks = 0 FOR LOAD DATA ...}: the same
 * guarantee (every parent exists and cannot be deleted until the import commits), checked once per parent, for that
 * statement only (the session's setting is never changed). The INSERT fallback keeps InnoDB's own checks.
 */
final class PurchaseBulkWriter {

    static final int ROWS_PER_INSERT = 1000;
    private static final int DUPLICATE_KEY = 1062;

    /** Bound values per row (the source and the five per-import values are literals). */
    private static final int PER_ROW = 24;

    /** A purchase ready to insert. */
    record Row(String sourceKey, LocalDate date, long officeId, long vendorId, Long sellerId, Long productId,
               String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total, String channel,
               String piid, String orderNumber, String originCountry, String placeOfManufacture, String naics,
               String psc, Long waiverId, boolean waiverMatched, String classification, String reason, String note,
               Long attestationId, BigDecimal threshold) {
    }

    private static final String LOAD_COLUMNS = "source_key, purchase_date, office_id, vendor_id, seller_vendor_id, "
            + "product_id, description, quantity, unit_price, total_amount, channel, piid, order_number, origin_country, "
            + "place_of_manufacture, naics, psc, waiver_id, waiver_matched, classification, classification_reason, "
            + "classification_note, classified_attestation_id, micro_purchase_threshold";
    /** MariaDB's answer when LOAD DATA LOCAL is switched off on the server (local_infile=OFF) or in the driver. */
    private static final java.util.Set<Integer> LOCAL_INFILE_REFUSED = java.util.Set.of(1148, 3948, 4166);

    private final String source;
    private final String constantTail;
    private final String loadSql;
    private String fullSql;
    private boolean loadData;

    /**
     * @param source   USASPENDING or MARKETPLACE
     * @param importId the import's id
     * @param actor    the user importing
     * @param now      the instant stored as classified, created and updated
     */
    PurchaseBulkWriter(String source, long importId, String actor, LocalDateTime now, boolean loadData) {
        this.source = source;
        this.loadData = loadData;
        String ts = "'" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").format(now) + "'";
        this.constantTail = ", " + importId + ", " + ts + ", " + quote(actor) + ", " + ts + ", " + ts;
        this.loadSql = "SET STATEMENT foreign_key_checks = 0 FOR LOAD DATA LOCAL INFILE 'purchase-import.tsv' IGNORE INTO TABLE purchase CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + LOAD_COLUMNS + ") SET source = "
                + quote(source) + ", import_id = " + importId + ", classified_at = " + ts + ", created_by = "
                + quote(actor) + ", created_at = " + ts + ", updated_at = " + ts;
    }

    /** Whether the rows go in through LOAD DATA LOCAL INFILE (false after the server refused it once). */
    boolean usesLoadData() {
        return loadData;
    }

    /** Inserts the rows; returns how many were inserted (the others were duplicates). */
    long insert(Connection connection, List<Row> rows) throws SQLException {
        if (loadData && !rows.isEmpty()) {
            try {
                return load(connection, rows);
            } catch (SQLException e) {
                if (!LOCAL_INFILE_REFUSED.contains(e.getErrorCode())) {
                    throw e;
                }
                // the server (or driver) does not allow LOAD DATA LOCAL: multi-row INSERTs from now on
                org.slf4j.LoggerFactory.getLogger(PurchaseBulkWriter.class).info("LOAD DATA LOCAL INFILE refused "
                        + "({}: {}); the purchase import uses multi-row INSERTs", e.getErrorCode(), e.getMessage());
                loadData = false;
            }
        }
        long inserted = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql;
            if (chunk.size() == ROWS_PER_INSERT) {
                fullSql = fullSql == null ? sql(ROWS_PER_INSERT) : fullSql;
                sql = fullSql;
            } else {
                sql = sql(chunk.size());
            }
            inserted += insertChunk(connection, sql, chunk);
        }
        return inserted;
    }

    private String sql(int rows) {
        // the source, the import id, the instants and the user are the same for every row: literals in the tuple
        StringBuilder sql = new StringBuilder(200 + rows * (PER_ROW * 3 + constantTail.length() + 30));
        sql.append("INSERT IGNORE INTO purchase (source, source_key, purchase_date, office_id, vendor_id, "
                + "seller_vendor_id, product_id, description, quantity, unit_price, total_amount, channel, piid, "
                + "order_number, origin_country, place_of_manufacture, naics, psc, waiver_id, waiver_matched, "
                + "classification, classification_reason, classification_note, classified_attestation_id, "
                + "micro_purchase_threshold, import_id, classified_at, created_by, created_at, updated_at) VALUES ");
        String tuple = "(" + quote(source) + ", " + "?, ".repeat(PER_ROW - 1) + "?" + constantTail + ")";
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sql.append(',');
            }
            sql.append(tuple);
        }
        return sql.toString();
    }

    private long insertChunk(Connection connection, String sql, List<Row> chunk) throws SQLException {
        int inserted;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Row r : chunk) {
                ps.setString(i++, r.sourceKey());
                ps.setObject(i++, r.date());
                ps.setLong(i++, r.officeId());
                ps.setLong(i++, r.vendorId());
                setLong(ps, i++, r.sellerId());
                setLong(ps, i++, r.productId());
                setString(ps, i++, r.description());
                setDecimal(ps, i++, r.quantity());
                setDecimal(ps, i++, r.unitPrice());
                ps.setBigDecimal(i++, r.total());
                ps.setString(i++, r.channel());
                setString(ps, i++, r.piid());
                setString(ps, i++, r.orderNumber());
                setString(ps, i++, r.originCountry());
                setString(ps, i++, r.placeOfManufacture());
                setString(ps, i++, r.naics());
                setString(ps, i++, r.psc());
                setLong(ps, i++, r.waiverId());
                ps.setBoolean(i++, r.waiverMatched());
                ps.setString(i++, r.classification());
                ps.setString(i++, r.reason());
                ps.setString(i++, r.note());
                setLong(ps, i++, r.attestationId());
                ps.setBigDecimal(i++, r.threshold());
            }
            inserted = ps.executeUpdate();
        }
        int skipped = chunk.size() - inserted;
        if (skipped != 0) {
            checkOnlyDuplicates(connection, skipped);
        }
        return inserted;
    }

    /**
     * One LOAD DATA LOCAL INFILE statement fed from memory (the chunk as tab-separated text, never a file): MariaDB
     * parses it without the SQL parser and binds no placeholders, which is what makes LOAD DATA the fastest way in.
     * {@code IGNORE} skips duplicate keys like INSERT IGNORE; the same warning check applies.
     */
    private long load(Connection connection, List<Row> rows) throws SQLException {
        lockParents(connection, rows);
        long inserted;
        try (Statement st = connection.createStatement()) {
            st.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new TsvStream(rows));
            inserted = st.executeLargeUpdate(loadSql);
        }
        int skipped = (int) (rows.size() - inserted);
        if (skipped != 0) {
            checkOnlyDuplicates(connection, skipped);
        }
        return inserted;
    }

    /**
     * Share-locks every parent row the chunk refers to, as InnoDB's foreign key checks would (they are off for the
     * chunk's LOAD DATA statement); throws when one does not exist (removed while the file was being imported).
     */
    static void lockParents(Connection connection, List<Row> rows) throws SQLException {
        java.util.Set<Long> offices = new java.util.TreeSet<>();
        java.util.Set<Long> vendors = new java.util.TreeSet<>();
        java.util.Set<Long> products = new java.util.TreeSet<>();
        java.util.Set<Long> waivers = new java.util.TreeSet<>();
        java.util.Set<String> countries = new java.util.TreeSet<>();
        for (Row r : rows) {
            offices.add(r.officeId());
            vendors.add(r.vendorId());
            if (r.sellerId() != null) {
                vendors.add(r.sellerId());
            }
            if (r.productId() != null) {
                products.add(r.productId());
            }
            if (r.waiverId() != null) {
                waivers.add(r.waiverId());
            }
            if (r.originCountry() != null) {
                countries.add(r.originCountry());
            }
        }
        lock(connection, "office", "id", "office", offices);
        lock(connection, "vendor", "id", "vendor", vendors);
        lock(connection, "product", "id", "product", products);
        lock(connection, "waiver_request", "id", "waiver", waivers);
        lock(connection, "country", "alpha2", "country", countries);
    }

    private static void lock(Connection connection, String table, String key, String what, java.util.Set<?> values)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        String sql = "SELECT COUNT(*) FROM " + table + " WHERE " + key + " IN (" + "?, ".repeat(values.size() - 1)
                + "?) LOCK IN SHARE MODE";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != values.size()) {
                    throw new gov.buyamerican.portal.purchase.PurchaseImportException("A " + what + " that rows of the"
                            + " file refer to was removed while the file was being imported. Nothing was imported;"
                            + " import the file again.");
                }
            }
        }
    }

    /**
     * The chunk as LOAD DATA text, encoded a row at a time as the driver reads it (64 KB per read, each sent at once):
     * the server inserts the rows of one read while the next is encoded, and no copy of the whole chunk is built.
     */
    static final class TsvStream extends java.io.InputStream {
        private final List<Row> rows;
        private final StringBuilder line = new StringBuilder(512);
        private int next;
        private byte[] current = new byte[0];
        private int pos;

        TsvStream(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            return fill() ? current[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len && fill()) {
                int k = Math.min(len - n, current.length - pos);
                System.arraycopy(current, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            return n == 0 ? -1 : n;
        }

        private boolean fill() {
            while (pos >= current.length) {
                if (next >= rows.size()) {
                    return false;
                }
                current = encode(rows.get(next++), line);
                pos = 0;
            }
            return true;
        }
    }

    /** One row as a line of LOAD DATA text (fields in {@link #LOAD_COLUMNS} order), UTF-8. */
    static byte[] encode(Row r, StringBuilder line) {
        line.setLength(0);
        field(line, r.sourceKey());
        field(line, r.date().toString());
        field(line, Long.toString(r.officeId()));
        field(line, Long.toString(r.vendorId()));
        field(line, r.sellerId() == null ? null : r.sellerId().toString());
        field(line, r.productId() == null ? null : r.productId().toString());
        field(line, r.description());
        field(line, r.quantity() == null ? null : r.quantity().toPlainString());
        field(line, r.unitPrice() == null ? null : r.unitPrice().toPlainString());
        field(line, r.total().toPlainString());
        field(line, r.channel());
        field(line, r.piid());
        field(line, r.orderNumber());
        field(line, r.originCountry());
        field(line, r.placeOfManufacture());
        field(line, r.naics());
        field(line, r.psc());
        field(line, r.waiverId() == null ? null : r.waiverId().toString());
        field(line, r.waiverMatched() ? "1" : "0");
        field(line, r.classification());
        field(line, r.reason());
        field(line, r.note());
        field(line, r.attestationId() == null ? null : r.attestationId().toString());
        field(line, r.threshold().toPlainString());
        line.setCharAt(line.length() - 1, '\n');
        return line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Appends a field and a tab: \N for null; backslash, tab, line feed, carriage return and NUL escaped. */
    private static void field(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N\t");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\0' -> line.append("\\0");
                default -> line.append(c);
            }
        }
        line.append('\t');
    }

    /** After a statement that skipped rows: every warning must be a duplicate key, one per skipped row. */
    private static void checkOnlyDuplicates(Connection connection, int skipped) throws SQLException {
        try (Statement st = connection.createStatement()) {
            long warnings;
            try (ResultSet rs = st.executeQuery("SHOW COUNT(*) WARNINGS")) {
                rs.next();
                warnings = rs.getLong(1);
            }
            if (warnings != skipped) {
                throw new IllegalStateException("The purchase insert skipped " + skipped + " rows but reported "
                        + warnings + " warnings: a row broke a rule of the table (" + firstWarnings(st) + ")");
            }
            try (ResultSet rs = st.executeQuery("SHOW WARNINGS")) {
                while (rs.next()) {
                    if (rs.getInt("Code") != DUPLICATE_KEY) {
                        throw new IllegalStateException("The purchase insert skipped a row for another reason than "
                                + "a duplicate: " + rs.getString("Message"));
                    }
                }
            }
        }
    }

    private static String firstWarnings(Statement st) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = st.executeQuery("SHOW WARNINGS LIMIT 3")) {
            while (rs.next()) {
                b.append(rs.getInt("Code")).append(' ').append(rs.getString("Message")).append("; ");
            }
        }
        return b.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DECIMAL);
        } else {
            ps.setBigDecimal(i, v);
        }
    }
}
