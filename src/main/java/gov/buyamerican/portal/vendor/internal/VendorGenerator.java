package gov.buyamerican.portal.vendor.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import gov.buyamerican.portal.shared.identifiers.UeiGenerator;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic, fictitious vendors for demo data ({@code PORTAL_DEMO_DATA_SIZE}), tests and benchmarks: names
 * built from common words of US and foreign company names, addresses in real cities with matching states and ZIP
 * prefixes, about 80% in the United States, a mix of kinds, sizes, socioeconomic categories, statuses and SAM.gov
 * expiry dates around today. UEIs are well-formed ({@link UeiGenerator}) and unique within one generator, as are CAGE
 * codes (which always start and end with a digit, as US CAGE codes do); none is a real registration, and web
 * addresses use the reserved {@code .example} domain.
 *
 * <p>The same seed and date give the same vendors. Not thread-safe.
 */
public final class VendorGenerator {

    private static final String[] PREFIXES = {"Allied", "American", "Atlas", "Bay State", "Blue Ridge", "Cardinal",
            "Cascade", "Central", "Coastal", "Columbia", "Continental", "Delta", "Eagle", "Empire", "Evergreen",
            "Federal", "Frontier", "Gateway", "Golden State", "Granite", "Great Lakes", "Gulf Coast", "Heartland",
            "Heritage", "Highland", "Independence", "Keystone", "Lakeside", "Liberty", "Lone Star", "Magnolia",
            "Meridian", "Midwest", "Mountain West", "National", "New England", "Northern", "Old Dominion", "Pacific",
            "Palmetto", "Patriot", "Piedmont", "Pinnacle", "Pioneer", "Prairie", "Precision", "Redwood", "Ridgeline",
            "River City", "Rocky Mountain", "Sierra", "Silver Creek", "Southern", "Summit", "Sunbelt", "Tidewater",
            "Tri-County", "Union", "United", "Valley", "Vanguard", "Westbrook", "Yankee"};
    private static final String[] TRADES = {"Steel", "Fastener", "Textile", "Electronics", "Medical Supply",
            "Office Products", "Industrial Supply", "Precision Machining", "Tool & Die", "Packaging", "Furniture",
            "Solar", "Battery", "Optics", "Aerospace Components", "Marine Hardware", "Janitorial Supply", "Uniform",
            "Footwear", "Laboratory Equipment", "Safety Products", "Hydraulics", "Valve", "Wire & Cable", "Lighting",
            "Paper Products", "Plastics", "Rubber Products", "Signal Systems", "Instruments", "Fabrication",
            "Printing", "Food Service Equipment", "HVAC", "Pump", "Bearing", "Glass", "Coatings", "Filtration"};
    private static final String[] US_SUFFIXES = {"Inc.", "LLC", "Corp.", "Co.", "Company", "Industries Inc.",
            "Manufacturing LLC", "Group Inc.", "Works", "Supply Co.", "Distributors Inc.", "Holdings LLC"};

    private record City(String name, String state, String zip3) {
    }

    private static final City[] US_CITIES = {new City("Pittsburgh", "PA", "152"), new City("Allentown", "PA", "181"),
            new City("Cleveland", "OH", "441"), new City("Dayton", "OH", "454"), new City("Detroit", "MI", "482"),
            new City("Grand Rapids", "MI", "495"), new City("Milwaukee", "WI", "532"), new City("Chicago", "IL", "606"),
            new City("Peoria", "IL", "616"), new City("Indianapolis", "IN", "462"), new City("Louisville", "KY", "402"),
            new City("Nashville", "TN", "372"), new City("Memphis", "TN", "381"), new City("Birmingham", "AL", "352"),
            new City("Atlanta", "GA", "303"), new City("Charlotte", "NC", "282"), new City("Greensboro", "NC", "274"),
            new City("Greenville", "SC", "296"), new City("Richmond", "VA", "232"), new City("Norfolk", "VA", "235"),
            new City("McLean", "VA", "221"), new City("Baltimore", "MD", "212"), new City("Wilmington", "DE", "198"),
            new City("Newark", "NJ", "071"), new City("Buffalo", "NY", "142"), new City("Rochester", "NY", "146"),
            new City("Hartford", "CT", "061"), new City("Worcester", "MA", "016"), new City("Manchester", "NH", "031"),
            new City("Portland", "ME", "041"), new City("Houston", "TX", "770"), new City("Dallas", "TX", "752"),
            new City("San Antonio", "TX", "782"), new City("Tulsa", "OK", "741"), new City("Wichita", "KS", "672"),
            new City("Omaha", "NE", "681"), new City("Des Moines", "IA", "503"), new City("Minneapolis", "MN", "554"),
            new City("Denver", "CO", "802"), new City("Salt Lake City", "UT", "841"), new City("Phoenix", "AZ", "850"),
            new City("Albuquerque", "NM", "871"), new City("Boise", "ID", "837"), new City("Spokane", "WA", "992"),
            new City("Seattle", "WA", "981"), new City("Portland", "OR", "972"), new City("Sacramento", "CA", "958"),
            new City("San Jose", "CA", "951"), new City("Fresno", "CA", "937"), new City("San Diego", "CA", "921"),
            new City("Las Vegas", "NV", "891"), new City("Tampa", "FL", "336"), new City("Jacksonville", "FL", "322"),
            new City("Baton Rouge", "LA", "708"), new City("Little Rock", "AR", "722"), new City("Jackson", "MS", "392"),
            new City("Charleston", "WV", "253"), new City("Anchorage", "AK", "995"), new City("Honolulu", "HI", "968"),
            new City("San Juan", "PR", "009")};
    private static final String[] STREETS = {"Industrial Pkwy", "Commerce Dr", "Main St", "Market St",
            "Enterprise Blvd", "Technology Way", "Harbor Rd", "Mill Rd", "Factory St", "Airport Rd", "Center St",
            "Corporate Cir", "Railroad Ave", "River Rd", "Liberty Ave", "Washington St", "Franklin Blvd"};

    private record Foreign(String country, String city, String region, String suffix, String postalPattern,
                           String[] words) {
    }

    private static final Foreign[] FOREIGN = {
            new Foreign("DE", "Stuttgart", "Baden-Württemberg", "GmbH", "70###", new String[] {"Schwaben", "Neckar", "Rhein", "Hanse", "Alpen"}),
            new Foreign("DE", "Hamburg", "Hamburg", "GmbH & Co. KG", "20###", new String[] {"Nord", "Elbe", "Hanse"}),
            new Foreign("CA", "Mississauga", "ON", "Ltd.", "L5# #A#", new String[] {"Maple", "Northern", "Great Lakes", "Laurentian"}),
            new Foreign("CA", "Montréal", "QC", "Inc.", "H2# #B#", new String[] {"Laurentian", "Saint-Laurent", "Boréal"}),
            new Foreign("MX", "Monterrey", "Nuevo León", "S.A. de C.V.", "64###", new String[] {"Regiomontana", "Norteña", "Sierra Madre"}),
            new Foreign("JP", "Osaka", "Osaka", "K.K.", "530-####", new String[] {"Kansai", "Naniwa", "Sakura"}),
            new Foreign("CN", "Shenzhen", "Guangdong", "Co., Ltd.", "518###", new String[] {"Brightway", "Pearl River", "Huaxin", "Longgang"}),
            new Foreign("CN", "Ningbo", "Zhejiang", "Co., Ltd.", "315###", new String[] {"Yongjiang", "Eastport", "Haishu"}),
            new Foreign("GB", "Sheffield", "South Yorkshire", "Ltd", "S# #AB", new String[] {"Pennine", "Don Valley", "Yorkshire"}),
            new Foreign("KR", "Changwon", "Gyeongsangnam-do", "Co., Ltd.", "51###", new String[] {"Hanil", "Daedong", "Gyeongnam"}),
            new Foreign("TW", "Taichung", "Taichung", "Co., Ltd.", "40#", new String[] {"Formosa", "Jade", "Dadu"}),
            new Foreign("VN", "Hai Phong", "Hai Phong", "JSC", "18####", new String[] {"Red River", "Lotus", "Bach Dang"}),
            new Foreign("IN", "Pune", "Maharashtra", "Pvt. Ltd.", "411###", new String[] {"Sahyadri", "Deccan", "Indus"}),
            new Foreign("IT", "Brescia", "Lombardia", "S.p.A.", "25###", new String[] {"Lombarda", "Alpina", "Garda"}),
            new Foreign("FR", "Lyon", "Auvergne-Rhône-Alpes", "SAS", "69###", new String[] {"Rhône", "Lugdunum", "Alpes"})};

    private static final String[] SUSPENSION_REASONS = {
            "Active exclusion record in SAM.gov; purchases on hold until resolved",
            "Misrepresented country of origin on a prior order; under review by the contracting officer",
            "Proposed for debarment; do not award pending decision"};

    private final Random random;
    private final UeiGenerator ueis;
    private final LocalDate today;
    private final Set<String> usedUeis = new HashSet<>();
    private final Set<String> usedCages = new HashSet<>();

    public VendorGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.ueis = new UeiGenerator(seed * 31 + 7);
        this.today = today;
    }

    public List<VendorRow> next(int count) {
        List<VendorRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(next());
        }
        return rows;
    }

    public VendorRow next() {
        boolean us = random.nextInt(100) < 80;
        String uei = uniqueUei();
        String cage = random.nextInt(100) < 85 ? uniqueCage() : null;
        VendorKind kind = pickKind();
        VendorSize size = random.nextInt(100) < 5 ? null : random.nextInt(100) < 62 ? VendorSize.SMALL : VendorSize.OTHER;
        boolean small = size == VendorSize.SMALL && us;
        VendorStatus status = random.nextInt(100) < 90 ? VendorStatus.ACTIVE
                : random.nextInt(100) < 80 ? VendorStatus.INACTIVE : VendorStatus.SUSPENDED;
        String reason = status == VendorStatus.SUSPENDED ? pick(SUSPENSION_REASONS)
                : status == VendorStatus.INACTIVE && random.nextBoolean() ? "No purchase in the last three years" : null;
        LocalDate sam = random.nextInt(100) < 12 ? null : today.plusDays(random.nextInt(580) - 215);
        if (us) {
            City city = pick(US_CITIES);
            String trade = pick(TRADES);
            String name = pick(PREFIXES) + " " + trade + " " + pick(US_SUFFIXES);
            String dba = random.nextInt(100) < 15 ? shortName(name) : null;
            String zip = city.zip3() + String.format(Locale.ROOT, "%02d", random.nextInt(100))
                    + (random.nextBoolean() ? String.format(Locale.ROOT, "-%04d", random.nextInt(10_000)) : "");
            String phone = "+1" + (200 + random.nextInt(790)) + (200 + random.nextInt(790))
                    + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
            String website = random.nextInt(100) < 70 ? "https://www." + slug(name) + ".example" : null;
            return new VendorRow(uei, name, dba, cage, "US", (100 + random.nextInt(9800)) + " " + pick(STREETS),
                    random.nextInt(100) < 25 ? "Suite " + (100 + random.nextInt(800)) : null, city.name(), city.state(),
                    zip, phone, website, kind, size, small && random.nextInt(100) < 12, small && random.nextInt(100) < 18,
                    small && random.nextInt(100) < 8, small && random.nextInt(100) < 6, small && random.nextInt(100) < 5,
                    sam, status, reason);
        }
        Foreign f = pick(FOREIGN);
        String name = pick(f.words()) + " " + pick(TRADES) + " " + f.suffix();
        String website = random.nextInt(100) < 60
                ? "https://www." + slug(name) + "-" + f.country().toLowerCase(Locale.ROOT) + ".example" : null;
        return new VendorRow(uei, name, null, cage, f.country(), (1 + random.nextInt(300)) + " " + pick(STREETS), null,
                f.city(), f.region(), postal(f.postalPattern()), null, website, kind, size, false, false, false, false,
                false, sam, status, reason);
    }

    /**
     * Writes {@code count} generated vendors as a vendor template CSV file (for import tests and the benchmark).
     */
    public void writeTemplateCsv(int count, Writer out) {
        try {
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
            csv.writeRecord(VendorTemplate.columns().stream().map(VendorTemplate.Column::header).toList());
            for (int i = 0; i < count; i++) {
                VendorRow r = next();
                csv.writeRecord(r.uei(), r.legalName(), n(r.dbaName()), n(r.cageCode()), r.countryCode(),
                        n(r.addressLine1()), n(r.addressLine2()), n(r.city()), n(r.stateRegion()), n(r.postalCode()),
                        n(r.phone()), n(r.website()), r.kind() == null ? "" : r.kind().name(),
                        r.size() == null ? "" : r.size().name(), yn(r.sdb()), yn(r.wosb()), yn(r.sdvosb()),
                        yn(r.hubzone()), yn(r.sba8a()), r.samExpiryDate() == null ? "" : r.samExpiryDate().toString());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VendorKind pickKind() {
        int k = random.nextInt(1000);
        if (k < 460) {
            return VendorKind.MANUFACTURER;
        }
        if (k < 900) {
            return VendorKind.RESELLER;
        }
        if (k < 905) {
            return VendorKind.MARKETPLACE;
        }
        return null; // imported, not classified yet
    }

    private String uniqueUei() {
        String uei;
        do {
            uei = ueis.next();
        } while (!usedUeis.add(uei));
        return uei;
    }

    private String uniqueCage() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        String cage;
        do {
            char[] c = new char[5];
            c[0] = (char) ('1' + random.nextInt(9));
            for (int i = 1; i < 4; i++) {
                c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            c[4] = (char) ('0' + random.nextInt(10));
            cage = new String(c);
        } while (!usedCages.add(cage));
        return cage;
    }

    private String postal(String pattern) {
        StringBuilder b = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            b.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c);
        }
        return b.toString();
    }

    private static String shortName(String name) {
        String[] words = name.split(" ");
        return words.length > 1 ? words[0] + " " + words[1] : words[0];
    }

    private static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\b(inc|llc|corp|co|company|ltd|gmbh|kg|sa|de|cv|kk|jsc|pvt|spa|sas)\\b", "")
                .replaceAll("[^a-z0-9]+", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }
}
