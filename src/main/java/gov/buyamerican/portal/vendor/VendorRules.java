package gov.buyamerican.portal.vendor;

import gov.buyamerican.portal.shared.identifiers.CageCode;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.identifiers.EmailAddress;
import gov.buyamerican.portal.shared.identifiers.PhoneNumber;
import gov.buyamerican.portal.shared.identifiers.Uei;
import gov.buyamerican.portal.shared.identifiers.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a vendor's and a contact's values: pure functions, shared by the service (which enforces them), the
 * importer (which reports every problem of a row) and the forms (which show a problem next to its field while the
 * user types). Each rule trims its input and returns the normalized value or a message written for the person who
 * typed it. Whether a country is in the reference table, and whether a UEI or CAGE code is already taken, are checked
 * by {@link VendorService}, which has the database.
 */
public final class VendorRules {

    /** Field names, as {@link gov.buyamerican.portal.shared.BusinessRuleException#field()} reports them. */
    public static final String LEGAL_NAME = "legalName";
    public static final String DBA_NAME = "dbaName";
    public static final String UEI = "uei";
    public static final String CAGE_CODE = "cageCode";
    public static final String COUNTRY = "countryCode";
    public static final String ADDRESS_LINE_1 = "addressLine1";
    public static final String ADDRESS_LINE_2 = "addressLine2";
    public static final String CITY = "city";
    public static final String STATE = "stateRegion";
    public static final String POSTAL_CODE = "postalCode";
    public static final String PHONE = "phone";
    public static final String WEBSITE = "website";
    public static final String SAM_EXPIRY = "samExpiryDate";
    public static final String STATUS_REASON = "statusReason";
    public static final String CONTACT_NAME = "name";
    public static final String CONTACT_TITLE = "title";
    public static final String CONTACT_EMAIL = "email";
    public static final String CONTACT_PHONE = "phone";
    public static final String STORE_NAME = "storeName";
    public static final String SELLER_REF = "sellerRef";

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int STATE_MAX = 100;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int WEBSITE_MAX = 300;
    public static final int REASON_MAX = 500;
    public static final int SELLER_REF_MAX = 100;
    /** Earliest accepted SAM.gov registration expiry date: older dates are typing mistakes. */
    public static final LocalDate EARLIEST_SAM_EXPIRY = LocalDate.of(2000, 1, 1);
    /** A SAM.gov registration lasts one year; a date further ahead than this many years is a typing mistake. */
    public static final int SAM_EXPIRY_MAX_YEARS_AHEAD = 2;

    /** USPS codes of the states, the District of Columbia, territories, freely associated states and military mail. */
    public static final Set<String> US_STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
            "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW", "AA", "AE", "AP");

    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern US_ZIP = Pattern.compile("(\\d{5})(?:-?(\\d{4}))?");
    private static final Pattern POSTAL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
    private static final Pattern HTTP_SCHEME = Pattern.compile("(?i)^https?://.*");
    private static final Pattern HOST = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+([a-z]{2,}|xn--[a-z0-9-]+)");

    private VendorRules() {
    }

    /** A problem with one value, for the field it belongs to. */
    public record Problem(String field, String message) {
    }

    /** A normalized value, or the problems found (then the value is null). */
    public record Checked<T>(T value, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks every value of a vendor form and normalizes it.
     *
     * @param today       the date SAM expiry dates are checked against
     * @param ueiRequired false only for a marketplace seller, which may not be registered in SAM.gov
     * @return the normalized form (country as alpha-2), or every problem found
     */
    public static Checked<VendorForm> check(VendorForm form, LocalDate today, boolean ueiRequired) {
        List<Problem> problems = new ArrayList<>();
        String legalName = value(problems, LEGAL_NAME, legalName(form.legalName()));
        String dba = optionalValue(problems, DBA_NAME, dbaName(form.dbaName()));
        String uei = ueiRequired ? value(problems, UEI, Uei.validate(form.uei()))
                : optionalValue(problems, UEI, Validation.optional(form.uei(), Uei::validate));
        String cage = optionalValue(problems, CAGE_CODE, cageCode(form.cageCode()));
        String country = value(problems, COUNTRY, country(form.countryCode()));
        String line1 = optionalValue(problems, ADDRESS_LINE_1, text(form.addressLine1(), "Address line", ADDRESS_MAX));
        String line2 = optionalValue(problems, ADDRESS_LINE_2, text(form.addressLine2(), "Address line", ADDRESS_MAX));
        String city = optionalValue(problems, CITY, text(form.city(), "City", CITY_MAX));
        String state = optionalValue(problems, STATE, stateRegion(form.stateRegion(), country));
        String postal = optionalValue(problems, POSTAL_CODE, postalCode(form.postalCode(), country));
        String phone = optionalValue(problems, PHONE, phone(form.phone()));
        String website = optionalValue(problems, WEBSITE, website(form.website()));
        LocalDate sam = form.samExpiryDate();
        samExpiryDate(sam, today).ifPresent(message -> problems.add(new Problem(SAM_EXPIRY, message)));
        if (!problems.isEmpty()) {
            return new Checked<>(null, problems);
        }
        return new Checked<>(new VendorForm(legalName, dba, uei, cage, country, line1, line2, city, state, postal, phone,
                website, form.kind(), form.size(), form.categories(), sam), List.of());
    }

    /** Required; inner runs of blanks become one space; at most {@value #NAME_MAX} characters. */
    public static Validation<String> legalName(String input) {
        String value = collapse(input);
        if (value.isEmpty()) {
            return Validation.invalid("Legal name is required");
        }
        if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Validation.invalid("The legal name needs at least one letter or digit");
        }
        if (value.length() > NAME_MAX) {
            return Validation.invalid("At most " + NAME_MAX + " characters (got " + value.length() + ")");
        }
        return Validation.valid(value);
    }

    public static Validation<Optional<String>> dbaName(String input) {
        return text(input, "Doing-business-as name", NAME_MAX);
    }

    public static Validation<Optional<String>> cageCode(String input) {
        return Validation.optional(input, CageCode::validate);
    }

    /** An alpha-2 or alpha-3 code of ISO 3166-1, normalized to alpha-2. */
    public static Validation<String> country(String input) {
        if (input == null || input.isBlank()) {
            return Validation.invalid("Country is required");
        }
        return Countries.toAlpha2(input);
    }

    /** Optional text: trimmed, inner blanks collapsed, at most {@code max} characters. */
    public static Validation<Optional<String>> text(String input, String what, int max) {
        String value = collapse(input);
        if (value.isEmpty()) {
            return Validation.valid(Optional.empty());
        }
        if (value.length() > max) {
            return Validation.invalid(what + ": at most " + max + " characters (got " + value.length() + ")");
        }
        return Validation.valid(Optional.of(value));
    }

    /** In the United States, a USPS state or territory code (upper case); elsewhere free text. */
    public static Validation<Optional<String>> stateRegion(String input, String countryAlpha2) {
        String value = collapse(input);
        if (value.isEmpty()) {
            return Validation.valid(Optional.empty());
        }
        if ("US".equals(countryAlpha2)) {
            String code = value.toUpperCase(Locale.ROOT);
            if (!US_STATE_CODES.contains(code)) {
                return Validation.invalid("Enter the 2-letter USPS code of the state, such as VA or TX");
            }
            return Validation.valid(Optional.of(code));
        }
        return text(value, "State or region", STATE_MAX);
    }

    /** In the United States a ZIP code (12345 or 12345-6789; 9 digits without dash accepted); elsewhere free text. */
    public static Validation<Optional<String>> postalCode(String input, String countryAlpha2) {
        String value = collapse(input);
        if (value.isEmpty()) {
            return Validation.valid(Optional.empty());
        }
        if ("US".equals(countryAlpha2)) {
            var m = US_ZIP.matcher(value);
            if (!m.matches()) {
                return Validation.invalid("Enter a ZIP code such as 22102 or 22102-4200");
            }
            return Validation.valid(Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2)));
        }
        if (value.length() > POSTAL_CODE_MAX || !POSTAL.matcher(value).matches()) {
            return Validation.invalid("Postal code: letters, digits, spaces and dashes, at most " + POSTAL_CODE_MAX);
        }
        return Validation.valid(Optional.of(value.toUpperCase(Locale.ROOT)));
    }

    public static Validation<Optional<String>> phone(String input) {
        return Validation.optional(input, PhoneNumber::validate);
    }

    public static Validation<Optional<String>> email(String input) {
        return Validation.optional(input, EmailAddress::validate);
    }

    /**
     * A web address; {@code https://} is added when no scheme is typed. Only http and https, with a host name that
     * has a dot.
     */
    public static Validation<Optional<String>> website(String input) {
        String value = input == null ? "" : input.strip();
        if (value.isEmpty()) {
            return Validation.valid(Optional.empty());
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Validation.invalid("A web address cannot contain spaces");
        }
        if (!HTTP_SCHEME.matcher(value).matches()) {
            if (SCHEME.matcher(value).matches()) {
                return Validation.invalid("The web address must start with http:// or https://");
            }
            value = "https://" + value;
        }
        if (value.length() > WEBSITE_MAX) {
            return Validation.invalid("At most " + WEBSITE_MAX + " characters");
        }
        int start = value.indexOf("://") + 3;
        int end = start;
        while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        String host = value.substring(start, end);
        int port = host.lastIndexOf(':');
        if (port >= 0) {
            String digits = host.substring(port + 1);
            host = host.substring(0, port);
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
                return Validation.invalid("Enter a web address such as www.example.com");
            }
        }
        try {
            // internationalized host names (münchen.example) are checked in their ASCII form
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
            if (host.contains("@") || !HOST.matcher(ascii).matches()) {
                return Validation.invalid("Enter a web address such as www.example.com");
            }
            new URI(value.substring(0, start) + ascii + value.substring(end));
        } catch (IllegalArgumentException | URISyntaxException e) {
            return Validation.invalid("Enter a web address such as www.example.com");
        }
        return Validation.valid(Optional.of(value));
    }

    /** The latest SAM expiry date accepted on {@code today}. */
    public static LocalDate latestSamExpiry(LocalDate today) {
        return today.plusYears(SAM_EXPIRY_MAX_YEARS_AHEAD);
    }

    /** A SAM.gov registration expiry date: optional; from 2000-01-01 to two years after today. */
    public static Optional<String> samExpiryDate(LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST_SAM_EXPIRY)) {
            return Optional.of("Enter a date from " + EARLIEST_SAM_EXPIRY + " on");
        }
        LocalDate latest = latestSamExpiry(today);
        if (date.isAfter(latest)) {
            return Optional.of("Enter a date no later than " + latest + " (a SAM.gov registration lasts one year)");
        }
        return Optional.empty();
    }

    /** A suspension needs a reason; at most {@value #REASON_MAX} characters. */
    public static Validation<Optional<String>> statusReason(VendorStatus status, String input) {
        Validation<Optional<String>> reason = text(input, "Reason", REASON_MAX);
        if (status == VendorStatus.SUSPENDED && reason.toOptional().flatMap(r -> r).isEmpty() && reason.isValid()) {
            return Validation.invalid("Give the reason for the suspension");
        }
        return reason;
    }

    /** Checks a contact: a name, and an e-mail address or a phone number to reach them. */
    public static Checked<ContactForm> contact(ContactForm form) {
        List<Problem> problems = new ArrayList<>();
        String name = collapse(form.name());
        if (name.isEmpty()) {
            problems.add(new Problem(CONTACT_NAME, "Name is required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(new Problem(CONTACT_NAME, "At most " + NAME_MAX + " characters"));
        }
        String title = optionalValue(problems, CONTACT_TITLE, text(form.title(), "Title", NAME_MAX));
        String email = optionalValue(problems, CONTACT_EMAIL, email(form.email()));
        String phone = optionalValue(problems, CONTACT_PHONE, phone(form.phone()));
        boolean emailBlank = form.email() == null || form.email().isBlank();
        boolean phoneBlank = form.phone() == null || form.phone().isBlank();
        if (emailBlank && phoneBlank) {
            problems.add(new Problem(CONTACT_EMAIL, "Enter an e-mail address or a phone number"));
        }
        if (!problems.isEmpty()) {
            return new Checked<>(null, problems);
        }
        return new Checked<>(new ContactForm(name, title, email, phone), List.of());
    }

    /** Trims (also no-break and zero-width spaces) and collapses inner runs of blanks to one space. */
    static String collapse(String input) {
        if (input == null || input.isEmpty()) {
            return "";
        }
        boolean plain = true;
        for (int i = 0; i < input.length() && plain; i++) {
            char c = input.charAt(i);
            plain = c > ' ' && c < 0x7F || c == ' ' && i > 0 && i < input.length() - 1 && input.charAt(i - 1) != ' ';
        }
        return plain ? input : BLANKS.matcher(input).replaceAll(" ").strip();
    }

    private static String value(List<Problem> problems, String field, Validation<String> v) {
        v.problem().ifPresent(m -> problems.add(new Problem(field, m)));
        return v.toOptional().orElse(null);
    }

    private static String optionalValue(List<Problem> problems, String field, Validation<Optional<String>> v) {
        v.problem().ifPresent(m -> problems.add(new Problem(field, m)));
        return v.toOptional().flatMap(o -> o).orElse(null);
    }
}
