package gov.buyamerican.portal.rules.domesticcontent;

/**
 * Where a component was mined, produced or manufactured.
 *
 * <p>{@link #UNKNOWN} counts as foreign: "Components of unknown origin are treated as foreign"
 * and "Iron or steel components of unknown origin are treated as foreign" (52.225-1(a), "domestic end
 * product" (1)(ii)(A) and (2)).
 */
public enum ComponentOrigin {
    /** Mined, produced or manufactured in the United States (50 States, DC, outlying areas). */
    DOMESTIC,
    /** Mined, produced or manufactured outside the United States. */
    FOREIGN,
    /** Origin not established: treated as foreign. */
    UNKNOWN
}
