package gov.buyamerican.portal.rules.domesticcontent;

/** The outcome: a domestic or a foreign end product (52.225-1(a)). */
public enum Classification {
    DOMESTIC,
    FOREIGN
}
