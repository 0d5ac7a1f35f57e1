package gov.buyamerican.portal.rules.domesticcontent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The end product to classify.
 *
 * <p>Like {@link Component}, the record accepts any values; the calculator validates them and reports
 * every problem at once.
 *
 * @param description                 what the product is (optional, for messages)
 * @param kind                        declared kind (required)
 * @param madeInUnitedStates          manufactured (for unmanufactured: mined or produced) in the
 *                                    United States: the 50 States, DC and the outlying areas
 *                                    (52.225-1(a), "United States")
 * @param placeOfManufactureCountry   ISO 3166-1 alpha-2 code of the place of manufacture (or of
 *                                    mining/production), used in the explanation; {@code null} when not
 *                                    known; must agree with {@code madeInUnitedStates}
 * @param deliveryYear                calendar year of delivery: the year of delivery, not of award,
 *                                    selects the threshold (FAR 25.101(a)(2)(i))
 * @param fallbackConditionHolds      for this procurement there is no domestic offer, or the domestic
 *                                    offer's cost is unreasonable (FAR 25.106(b)(2)(i))
 * @param components                  the component list (may be empty only for unmanufactured end
 *                                    products and COTS fasteners); {@code null} means empty
 */
public record EndProduct(
        String description,
        ProductKind kind,
        boolean madeInUnitedStates,
        String placeOfManufactureCountry,
        int deliveryYear,
        boolean fallbackConditionHolds,
        List<Component> components) {

    public EndProduct {
        if (description != null) {
            description = description.strip();
            if (description.isEmpty()) {
                description = null;
            }
        }
        if (placeOfManufactureCountry != null) {
            placeOfManufactureCountry = placeOfManufactureCountry.strip().toUpperCase(Locale.ROOT);
            if (placeOfManufactureCountry.isEmpty()) {
                placeOfManufactureCountry = null;
            }
        }
        // Not List.copyOf: a null line must reach validation and be reported with its line number.
        components = components == null
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(components));
    }

    /** A copy with another component list. */
    public EndProduct withComponents(List<Component> newComponents) {
        return new EndProduct(description, kind, madeInUnitedStates, placeOfManufactureCountry,
                deliveryYear, fallbackConditionHolds, newComponents);
    }

    /** A copy with another declared kind. */
    public EndProduct withKind(ProductKind newKind) {
        return new EndProduct(description, newKind, madeInUnitedStates, placeOfManufactureCountry,
                deliveryYear, fallbackConditionHolds, components);
    }

    /** A copy with another delivery year. */
    public EndProduct withDeliveryYear(int newDeliveryYear) {
        return new EndProduct(description, kind, madeInUnitedStates, placeOfManufactureCountry,
                newDeliveryYear, fallbackConditionHolds, components);
    }

    /** A copy with the fallback condition of FAR 25.106(b)(2) set as given. */
    public EndProduct withFallbackConditionHolds(boolean holds) {
        return new EndProduct(description, kind, madeInUnitedStates, placeOfManufactureCountry,
                deliveryYear, holds, components);
    }

    /** A copy with another place of manufacture. */
    public EndProduct withPlaceOfManufacture(boolean inUnitedStates, String countryCode) {
        return new EndProduct(description, kind, inUnitedStates, countryCode,
                deliveryYear, fallbackConditionHolds, components);
    }
}
