package gov.buyamerican.portal.purchase;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The marketplace order export format the portal documents (docs/purchase-import.md): a CSV file, UTF-8, comma
 * separated, a header row naming the columns (any order, any case), one row per order line.
 */
public final class MarketplaceOrderFormat {

    public static final String TEMPLATE_FILE_NAME = "marketplace-orders-template.csv";
    public static final String EXAMPLE_FILE_NAME = "marketplace-orders-example.csv";

    /** A column of the format. */
    public enum Column {
        ORDER_ID(true, "the marketplace's order number (up to 80 characters)"),
        ORDER_LINE(true, "the line of the order, a whole number from 1"),
        ORDER_DATE(true, "the order date, YYYY-MM-DD"),
        MARKETPLACE(true, "the marketplace: its UEI, or its legal name as registered in the portal"),
        MARKETPLACE_NAME(false, "the marketplace's legal name, to register it when it is unknown and the import may "
                + "register vendors (the marketplace column then holds its UEI)"),
        SELLER_ID(false, "the third-party seller's id on the marketplace (blank: sold by the marketplace itself)"),
        SELLER_NAME(false, "the seller's store name or legal name"),
        SELLER_UEI(false, "the seller's UEI, when it has one"),
        SELLER_COUNTRY(false, "the seller's country (ISO alpha-2 or alpha-3), needed to register an unknown seller"),
        PRODUCT(false, "the product's part number (SKU) or name; matched to the catalog products of the seller (or "
                + "of the marketplace) so that its attestation classifies the purchase"),
        DESCRIPTION(false, "what was bought, as the order says (up to 500 characters)"),
        QUANTITY(true, "how many, a number above 0"),
        UNIT_PRICE(false, "price of one unit in US dollars"),
        TOTAL(false, "the line total in US dollars (negative for a refund); blank: quantity x unit price"),
        COUNTRY_OF_ORIGIN(false, "where the product was made: ISO alpha-2 (DE) or alpha-3 (DEU)"),
        OFFICE_CODE(true, "the buying office's code (up to 20 characters); a new code registers the office"),
        OFFICE_NAME(false, "the office's name, used when the code is new"),
        PAYMENT_METHOD(false, "CARD for a government purchase card (channel PURCHASE_CARD); blank, PO or ACCOUNT for "
                + "an order on the marketplace account (channel COMMERCIAL_PLATFORM)"),
        PO_NUMBER(false, "the purchase order or contract number (PIID) the order was placed under, up to 100 "
                + "characters; an approved waiver with that PIID covers the purchase");

        private final boolean required;
        private final String description;

        Column(boolean required, String description) {
            this.required = required;
            this.description = description;
        }

        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean required() {
            return required;
        }

        public String description() {
            return description;
        }

        public static Optional<Column> byHeader(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.header().equals(h)).findFirst();
        }
    }

    private MarketplaceOrderFormat() {
    }

    public static List<Column> columns() {
        return List.of(Column.values());
    }

    /** The header row of the template. */
    public static String headerLine() {
        return String.join(",", Arrays.stream(Column.values()).map(Column::header).toList());
    }

    /** The template: the header row only. */
    public static byte[] template() {
        return (headerLine() + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An example file with a few orders (fictitious marketplace and sellers; the UEIs are made up). */
    public static byte[] example() {
        String rows = String.join("\r\n",
                headerLine(),
                "114-7788,1,2026-03-02,MKTPLACE0001,Example Marketplace Inc.,A1B2C3,Shenzhen Bright Tools,,CN,"
                        + "BT-100,Cordless drill 18V,4,89.50,358.00,CN,OFC001,Facilities Office,CARD,",
                "114-7788,2,2026-03-02,MKTPLACE0001,Example Marketplace Inc.,,,,,,USB-C cable 2 m,10,7.99,79.90,"
                        + "USA,OFC001,Facilities Office,CARD,",
                "114-7790,1,2026-03-05,MKTPLACE0001,Example Marketplace Inc.,Z9Y8X7,Great Lakes Supply,,US,"
                        + "GLS-SAFETY-1,Safety cabinet,1,18450.00,,US,OFC002,Regional Office,PO,47QSWA26F0001");
        return (rows + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
