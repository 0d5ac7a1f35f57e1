package gov.buyamerican.portal.shared.ui;

import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import org.jooq.exception.DataChangedException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * How {@link PortalErrorHandler} answers an exception escaping a user action: which kind it is, judged on the first
 * exception of interest in the cause chain (Vaadin and Spring wrap the service's exception).
 */
public enum ErrorKind {
    BUSINESS_RULE, NOT_FOUND, CONFLICT, ACCESS_DENIED, DATABASE_UNAVAILABLE, UNEXPECTED;

    /** What the user reads when the database cannot be reached (the server is down, restarting or unreachable). */
    public static final String DATABASE_UNAVAILABLE_MESSAGE =
            "The database cannot be reached right now. Nothing was saved; please try again in a moment.";

    public static ErrorKind of(Throwable t) {
        return switch (rootOfInterest(t)) {
            case BusinessRuleException e -> BUSINESS_RULE;
            case NotFoundException e -> NOT_FOUND;
            case ConcurrentEditException e -> CONFLICT;
            case DataChangedException e -> CONFLICT;
            case AccessDeniedException e -> ACCESS_DENIED;
            case CannotGetJdbcConnectionException e -> DATABASE_UNAVAILABLE;
            case CannotCreateTransactionException e -> DATABASE_UNAVAILABLE;
            case DataAccessResourceFailureException e -> DATABASE_UNAVAILABLE;
            case TransientDataAccessException e -> DATABASE_UNAVAILABLE;
            // a commit or rollback that failed because the connection went away while the action ran
            case TransactionSystemException e -> connectionLost(e) || e.getApplicationException() != null
                    && of(e.getApplicationException()) == DATABASE_UNAVAILABLE ? DATABASE_UNAVAILABLE : UNEXPECTED;
            case org.jooq.exception.DataAccessException e -> connectionLost(e) ? DATABASE_UNAVAILABLE : UNEXPECTED;
            case DataAccessException e -> connectionLost(e) ? DATABASE_UNAVAILABLE : UNEXPECTED;
            default -> connectionLost(t) ? DATABASE_UNAVAILABLE : UNEXPECTED;
        };
    }

    /** Unwraps the wrappers Vaadin and Spring put around the exception thrown by a service. */
    static Throwable rootOfInterest(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof BusinessRuleException || current instanceof NotFoundException
                    || current instanceof ConcurrentEditException || current instanceof DataChangedException
                    || current instanceof AccessDeniedException
                    || current instanceof DataAccessException
                    || current instanceof CannotCreateTransactionException
                    || current instanceof TransactionSystemException
                    || current instanceof org.jooq.exception.DataAccessException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }

    /**
     * Whether a JDBC exception in the chain says the connection to the server failed or was lost: SQL state class
     * 08 (connection exception), or the MariaDB driver's "connection closed / socket error" family (SQLNonTransient
     * ConnectionException, SQLTransientConnectionException).
     */
    static boolean connectionLost(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 15 && current != null; i++) {
            if (current instanceof java.sql.SQLTransientConnectionException
                    || current instanceof java.sql.SQLNonTransientConnectionException
                    || current instanceof java.net.ConnectException
                    || current instanceof java.net.SocketException) {
                return true;
            }
            if (current instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
