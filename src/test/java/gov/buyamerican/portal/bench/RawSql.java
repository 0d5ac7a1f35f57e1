package gov.buyamerican.portal.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** SQL run raw on a plain pooled connection, the baseline the benchmarks compare the services with. */
final class RawSql {

    private RawSql() {
    }

    /** Executes the query and reads every column of every row; {@return the number of rows} */
    static int readAll(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
