package gov.buyamerican.portal.rules.domesticcontent;

/**
 * What kind of end product the vendor declares (FAR 25.003, 52.225-1(a)).
 *
 * <p>The declared kind decides between "unmanufactured", "COTS" and "COTS fastener"; whether an item
 * is <em>predominantly of iron or steel</em> is decided by the component costs, not by the declaration
 * (FAR 25.003 defines it by cost: iron and steel content exceeding 50 percent of the cost of all
 * components). A mismatch between the declaration and the numbers is reported as a warning.
 */
public enum ProductKind {
    /** Mined or produced, not manufactured (52.225-1(a), "domestic end product" (1)(i)). */
    UNMANUFACTURED,
    /** A manufactured end product that is not a COTS item. */
    MANUFACTURED,
    /** Declared as consisting wholly or predominantly of iron or steel (FAR 25.003). */
    PREDOMINANTLY_IRON_OR_STEEL,
    /** A commercially available off-the-shelf item (FAR 2.101, 52.225-1(a)). */
    COTS,
    /** A COTS item that is a fastener: nut, bolt, pin, rivet, nail, clip, screw (52.225-1(a), "fastener"). */
    COTS_FASTENER;

    /** True for every kind except {@link #UNMANUFACTURED}. */
    public boolean isManufactured() {
        return this != UNMANUFACTURED;
    }
}
