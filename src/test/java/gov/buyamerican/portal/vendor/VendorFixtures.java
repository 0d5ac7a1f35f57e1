package gov.buyamerican.portal.vendor;

import gov.buyamerican.portal.shared.identifiers.UeiGenerator;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * Unique values for tests that share one database: UEIs, CAGE codes (a letter then a digit: unlike the generator's,
 * so that they never clash with generated vendors; and with a digit, so that a search finds them as identifiers) and
 * search words no other test uses.
 */
public final class VendorFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final UeiGenerator UEIS = new UeiGenerator(RANDOM.nextLong());
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private VendorFixtures() {
    }

    public static synchronized String uei() {
        return UEIS.next();
    }

    public static synchronized String cage() {
        StringBuilder b = new StringBuilder().append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())))
                .append((char) ('0' + RANDOM.nextInt(10)));
        for (int i = 0; i < 3; i++) {
            b.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return b.toString();
    }

    /** A made-up word of 8 letters, for names that a full-text search finds and nothing else matches. */
    public static synchronized String word() {
        StringBuilder b = new StringBuilder("Qx");
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString().toLowerCase(Locale.ROOT).substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
    }

    /** A valid US manufacturer form. */
    public static VendorForm form(String legalName) {
        return new VendorForm(legalName, null, uei(), cage(), "US", "100 Main St", null, "Dayton", "OH", "45402",
                "(937) 555-0100", "www.example.com", VendorKind.MANUFACTURER, VendorSize.SMALL,
                Set.of(SocioeconomicCategory.WOSB), null);
    }
}
