package gov.buyamerican.portal.reference;

import gov.buyamerican.portal.rules.domesticcontent.ThresholdKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * The dated numbers a regulation (or agency policy) sets, as keys of the {@code rule_value} table. Every number of
 * DOMAIN.md that can change lives in that table with its effective dates and citation; code reads it through
 * {@link RuleValueService}, never from a literal.
 */
public enum RuleKey {
    DOMESTIC_CONTENT_THRESHOLD("Domestic content threshold", RuleUnit.PERCENT,
            "A manufactured end product is domestic when the cost of its US components is strictly more than this "
                    + "share of the cost of all its components. The calendar year of delivery decides: the value in "
                    + "force on 1 January of that year applies.",
            ThresholdKey.DOMESTIC_CONTENT_THRESHOLD),
    FALLBACK_THRESHOLD("Fallback threshold", RuleUnit.PERCENT,
            "When no domestic offer comes in, or it is unreasonably priced, a US-manufactured item with more than this "
                    + "share of domestic content is treated as domestic; not for COTS items or items predominantly of "
                    + "iron or steel. By calendar year of delivery.",
            ThresholdKey.FALLBACK_THRESHOLD),
    IRON_STEEL_PREDOMINANCE("Iron and steel predominance", RuleUnit.PERCENT,
            "An item whose iron and steel cost is more than this share of the cost of its components is predominantly "
                    + "of iron or steel. By calendar year of delivery.",
            ThresholdKey.IRON_STEEL_PREDOMINANCE),
    FOREIGN_IRON_STEEL_MAX("Foreign iron and steel limit", RuleUnit.PERCENT,
            "An item predominantly of iron or steel is domestic only if its foreign iron and steel is less than this "
                    + "share of the cost of its components, COTS fasteners left out. By calendar year of delivery.",
            ThresholdKey.FOREIGN_IRON_STEEL_MAX),
    MICRO_PURCHASE_THRESHOLD("Micro-purchase threshold", RuleUnit.USD,
            "The Buy American rules of subpart 25.1 apply only to purchases above this amount; purchases at or below "
                    + "it are exempt, but their origin is still reported. The value in force on the purchase date applies.",
            null),
    EVAL_FACTOR_LARGE_BUSINESS("Evaluation factor, large business", RuleUnit.PERCENT,
            "Added to the lowest foreign offer (duty included) when the lowest domestic offer comes from a large "
                    + "business, to decide whether the domestic offer's cost is unreasonable.",
            null),
    EVAL_FACTOR_SMALL_BUSINESS("Evaluation factor, small business", RuleUnit.PERCENT,
            "Added to the lowest foreign offer (duty included) when the lowest domestic offer comes from a small "
                    + "business.",
            null),
    WTO_GPA_SUPPLY_THRESHOLD("WTO GPA threshold, supplies", RuleUnit.USD,
            "Above this value the WTO Government Procurement Agreement replaces the Buy American preference for "
                    + "products of designated countries. Revised every two years.",
            null),
    ATTESTATION_VALIDITY_DAYS("Attestation validity", RuleUnit.DAYS,
            "How long an origin attestation stays valid, unless a newer one supersedes it.",
            null),
    MIAO_REVIEW_BUSINESS_DAYS("Made in America Office review", RuleUnit.BUSINESS_DAYS,
            "The Made in America Office answers a proposed nonavailability waiver within this many business days.",
            null);

    private final String label;
    private final RuleUnit unit;
    private final String description;
    private final ThresholdKey thresholdKey;

    RuleKey(String label, RuleUnit unit, String description, ThresholdKey thresholdKey) {
        this.label = label;
        this.unit = unit;
        this.description = description;
        this.thresholdKey = thresholdKey;
    }

    /** {@return a short name for people, e.g. "Domestic content threshold"} */
    public String label() {
        return label;
    }

    public RuleUnit unit() {
        return unit;
    }

    /** {@return one or two sentences on what the number does} */
    public String description() {
        return description;
    }

    /** {@return the calculator's key for this number, if the domestic content calculator uses it} */
    public Optional<ThresholdKey> thresholdKey() {
        return Optional.ofNullable(thresholdKey);
    }

    /** {@return the key of this name, or empty for a name this version of the code does not know} */
    public static Optional<RuleKey> find(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
