package gov.buyamerican.portal.rules.domesticcontent;

/** Which rule decided the classification, so that a reader can check it. */
public enum AppliedRule {
    /** Unmanufactured end product: domestic if mined or produced in the US (52.225-1(a), (1)(i)). */
    UNMANUFACTURED,
    /**
     * Domestic content (component) test: US component cost must exceed the threshold for the delivery
     * year (FAR 25.101(a)(2)(i); 52.225-1(a), (1)(ii)(A)).
     */
    COMPONENT_TEST,
    /**
     * Fallback threshold of FAR 25.106(b)(2): no domestic offer, or the domestic offer is unreasonably
     * priced; a US-manufactured item above the fallback threshold is treated as domestic.
     */
    FALLBACK_COMPONENT_TEST,
    /**
     * COTS exception: the domestic content test is waived for COTS items (41 U.S.C. 1907;
     * FAR 25.101(a)(2)(i), 12.505(a)(1)) and, for items predominantly of iron or steel, for COTS
     * fasteners only (FAR 25.101(a)(2)(ii)).
     */
    COTS_EXCEPTION,
    /**
     * Iron and steel test: foreign iron and steel must be less than the maximum share of the cost of
     * all components (FAR 25.101(a)(2)(ii); 52.225-1(a), (2)).
     */
    IRON_STEEL_TEST
}
