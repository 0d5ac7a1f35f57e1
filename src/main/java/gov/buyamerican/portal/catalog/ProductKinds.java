package gov.buyamerican.portal.catalog;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;

/** Words for the calculator's product kinds, for grids and forms. */
public final class ProductKinds {

    private ProductKinds() {
    }

    public static String label(ProductKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case UNMANUFACTURED -> "Unmanufactured";
            case MANUFACTURED -> "Manufactured";
            case PREDOMINANTLY_IRON_OR_STEEL -> "Predominantly iron or steel";
            case COTS -> "COTS item";
            case COTS_FASTENER -> "COTS fastener";
        };
    }
}
