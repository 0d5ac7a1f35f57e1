package gov.buyamerican.portal.rules.domesticcontent;

/**
 * How the cost of a component was established (52.225-1(a), "cost of components"). Informational:
 * the calculator records it but the arithmetic is the same for both.
 */
public enum CostBasis {
    /**
     * Purchased by the contractor: acquisition cost, plus transportation to the place of incorporation
     * into the end product, plus any applicable duty (whether or not a duty-free entry certificate is
     * issued).
     */
    PURCHASED,
    /**
     * Manufactured by the contractor: all costs of manufacturing the component, plus transportation as
     * above, plus allocable overhead, <strong>excluding profit</strong>. The cost of manufacturing the
     * end product itself is not a component cost.
     */
    SELF_MADE
}
