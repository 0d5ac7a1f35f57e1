package gov.buyamerican.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which message a user reads for an exception escaping an action. The exceptions a real outage produces are checked
 * end to end in FaultToleranceIT; here the wrapping and the borderline cases.
 */
class ErrorKindTest {

    /** What Vaadin puts around an exception thrown in a listener. */
    private static RuntimeException wrappedByVaadin(Throwable t) {
        return new RuntimeException("listener failed", new RuntimeException(t));
    }

    @Test
    void noConnectionFromThePoolIsDatabaseUnavailable() {
        var e = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));
        assertThat(ErrorKind.of(wrappedByVaadin(e))).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
    }

    @Test
    void aConnectionLostDuringAStatementOrTheCommitIsDatabaseUnavailable() {
        assertThat(ErrorKind.of(new DataAccessResourceFailureException("jOOQ; Socket error",
                new SQLNonTransientConnectionException("(conn=12) Socket error", "08000")))).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
        assertThat(ErrorKind.of(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("Connection is closed", "08003")))).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
        var rollbackFailed = new TransactionSystemException("Could not roll back JDBC transaction");
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("Socket error"));
        assertThat(ErrorKind.of(rollbackFailed)).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
    }

    @Test
    void otherDatabaseErrorsAreUnexpectedNotOutages() {
        assertThat(ErrorKind.of(new DuplicateKeyException("Duplicate entry", new SQLException("Duplicate entry", "23000"))))
                .isEqualTo(ErrorKind.UNEXPECTED);
        assertThat(ErrorKind.of(new TransactionSystemException("Could not commit", new SQLException("Deadlock", "40001"))))
                .isEqualTo(ErrorKind.UNEXPECTED);
        assertThat(ErrorKind.of(new IllegalStateException("bug"))).isEqualTo(ErrorKind.UNEXPECTED);
    }

    @Test
    void businessRulesAndConflictsKeepTheirKind() {
        assertThat(ErrorKind.of(wrappedByVaadin(new BusinessRuleException("Enter a name")))).isEqualTo(ErrorKind.BUSINESS_RULE);
        assertThat(ErrorKind.of(wrappedByVaadin(new ConcurrentEditException("Vendor 1")))).isEqualTo(ErrorKind.CONFLICT);
        assertThat(ErrorKind.of(new org.jooq.exception.DataChangedException("changed"))).isEqualTo(ErrorKind.CONFLICT);
    }
}
