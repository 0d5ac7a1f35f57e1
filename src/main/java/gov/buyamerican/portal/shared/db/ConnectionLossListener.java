package gov.buyamerican.portal.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * When one statement finds its connection lost (the database server crashed, restarted or failed over), every pooled
 * connection of that time is suspect: the pool retires them all at once (idle ones now, busy ones when returned) and
 * opens fresh ones. Without this, each stale connection would fail one more user action before the pool dropped it
 * (Hikari skips the liveness check of a connection used within the last half second, which is most of them under load).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionLossListener {

    private static final Logger log = LoggerFactory.getLogger(ConnectionLossListener.class);

    @Bean
    DefaultExecuteListenerProvider connectionLossExecuteListener(DataSource dataSource) {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void exception(ExecuteContext ctx) {
                if (isConnectionLoss(ctx.sqlException())) {
                    retireConnections(dataSource, ctx.sqlException());
                }
            }
        });
    }

    /**
     * The same when a transaction cannot even begin because its connection is dead (the transaction manager fails on
     * {@code setAutoCommit(false)} before jOOQ runs a statement). Spring Boot registers this listener with the
     * transaction manager.
     */
    @Bean
    TransactionExecutionListener connectionLossTransactionListener(DataSource dataSource) {
        return new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                if (beginFailure != null && isConnectionLoss(beginFailure)) {
                    SQLException cause = sqlExceptionIn(beginFailure);
                    retireConnections(dataSource, cause != null ? cause : new SQLException(beginFailure));
                }
            }
        };
    }

    private static SQLException sqlExceptionIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    static void retireConnections(DataSource dataSource, SQLException cause) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    log.warn("Database connection lost ({}); retiring the pooled connections", cause.getMessage());
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not retire pooled connections", e);
        }
    }

    /** SQL state class 08 (connection exception) or the driver's connection exceptions, anywhere in the chain. */
    static boolean isConnectionLoss(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLNonTransientConnectionException
                    || c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
