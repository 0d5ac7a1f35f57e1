package gov.buyamerican.portal.vendor.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes many vendors fast: multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@value #ROWS_PER_INSERT}
 * rows, and JDBC batches of updates, on the connection of the caller's transaction. Plain JDBC here because rendering
 * a 27,000-value jOOQ statement per chunk costs more than the database takes to run it. No validation, no audit: the
 * callers (importer, demo data) do both.
 */
@Component
public class VendorBulkWriter {

    /** 1,000 rows of {@value #INSERT_COLUMN_COUNT} values stay below the 65,535 placeholders of a statement. */
    public static final int ROWS_PER_INSERT = 1000;

    private static final String INSERT_COLUMNS = "legal_name, dba_name, uei, cage_code, country_code, address_line1, "
            + "address_line2, city, state_region, postal_code, phone, website, kind, business_size, sdb, wosb, sdvosb, "
            + "hubzone, sba_8a, sam_expiry_date, status, status_reason, status_changed_at, last_import_id, created_at, "
            + "updated_at, version";
    private static final int INSERT_COLUMN_COUNT = 27;
    private static final String UPDATE = "UPDATE vendor SET legal_name = ?, dba_name = ?, cage_code = ?, "
            + "country_code = ?, address_line1 = ?, address_line2 = ?, city = ?, state_region = ?, postal_code = ?, "
            + "phone = ?, website = ?, kind = ?, business_size = ?, sdb = ?, wosb = ?, sdvosb = ?, hubzone = ?, "
            + "sba_8a = ?, sam_expiry_date = ?, last_import_id = ?, updated_at = ?, version = version + 1 WHERE id = ?";

    private final DSLContext dsl;

    VendorBulkWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the rows (any number), in statements of up to {@value #ROWS_PER_INSERT} rows. */
    public void insert(List<VendorRow> rows, Long importId, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            String fullSql = null;
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<VendorRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                String sql;
                if (chunk.size() == ROWS_PER_INSERT) {
                    fullSql = fullSql == null ? insertSql(ROWS_PER_INSERT) : fullSql;
                    sql = fullSql;
                } else {
                    sql = insertSql(chunk.size());
                }
                insertChunk(connection, sql, chunk, importId, now);
            }
        });
    }

    /** An update of the values an import manages (not the status) of an existing vendor. */
    public record Update(long id, VendorRow row) {
    }

    /** Updates the vendors in one JDBC batch; each update increments the vendor's version. */
    public void update(List<Update> updates, Long importId, LocalDateTime now) {
        if (updates.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
                for (Update u : updates) {
                    VendorRow r = u.row();
                    int i = 1;
                    setString(ps, i++, r.legalName());
                    setString(ps, i++, r.dbaName());
                    setString(ps, i++, r.cageCode());
                    setString(ps, i++, r.countryCode());
                    setString(ps, i++, r.addressLine1());
                    setString(ps, i++, r.addressLine2());
                    setString(ps, i++, r.city());
                    setString(ps, i++, r.stateRegion());
                    setString(ps, i++, r.postalCode());
                    setString(ps, i++, r.phone());
                    setString(ps, i++, r.website());
                    setString(ps, i++, r.kind() == null ? null : r.kind().name());
                    setString(ps, i++, r.size() == null ? null : r.size().name());
                    ps.setBoolean(i++, r.sdb());
                    ps.setBoolean(i++, r.wosb());
                    ps.setBoolean(i++, r.sdvosb());
                    ps.setBoolean(i++, r.hubzone());
                    ps.setBoolean(i++, r.sba8a());
                    setDate(ps, i++, r.samExpiryDate());
                    setLong(ps, i++, importId);
                    ps.setObject(i++, now);
                    ps.setLong(i, u.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder(60 + rows * (INSERT_COLUMN_COUNT * 2 + 4));
        sql.append("INSERT INTO vendor (").append(INSERT_COLUMNS).append(") VALUES ");
        String tuple = "(" + "?, ".repeat(INSERT_COLUMN_COUNT - 1) + "?)";
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sql.append(", ");
            }
            sql.append(tuple);
        }
        return sql.toString();
    }

    private static void insertChunk(Connection connection, String sql, List<VendorRow> chunk, Long importId,
                                    LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (VendorRow r : chunk) {
                setString(ps, i++, r.legalName());
                setString(ps, i++, r.dbaName());
                setString(ps, i++, r.uei());
                setString(ps, i++, r.cageCode());
                setString(ps, i++, r.countryCode());
                setString(ps, i++, r.addressLine1());
                setString(ps, i++, r.addressLine2());
                setString(ps, i++, r.city());
                setString(ps, i++, r.stateRegion());
                setString(ps, i++, r.postalCode());
                setString(ps, i++, r.phone());
                setString(ps, i++, r.website());
                setString(ps, i++, r.kind() == null ? null : r.kind().name());
                setString(ps, i++, r.size() == null ? null : r.size().name());
                ps.setBoolean(i++, r.sdb());
                ps.setBoolean(i++, r.wosb());
                ps.setBoolean(i++, r.sdvosb());
                ps.setBoolean(i++, r.hubzone());
                ps.setBoolean(i++, r.sba8a());
                setDate(ps, i++, r.samExpiryDate());
                ps.setString(i++, r.status().name());
                setString(ps, i++, r.statusReason());
                ps.setObject(i++, now);
                setLong(ps, i++, importId);
                ps.setObject(i++, now);
                ps.setObject(i++, now);
                ps.setInt(i++, 0);
            }
            ps.executeUpdate();
        }
    }

    private static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
