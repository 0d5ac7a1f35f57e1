package gov.buyamerican.portal.shared;

/** Someone else saved the record since it was loaded (optimistic locking); nothing was written. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else after you opened it. Reload to see their changes; nothing was saved.");
    }
}
