package gov.buyamerican.portal.vendor;

/** Receives the progress of an import, from the thread that runs it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (fraction, message) -> { };

    /**
     * @param fraction from 0 to 1
     * @param message  what is happening, e.g. "Checked 20,000 rows"
     */
    void report(double fraction, String message);
}
