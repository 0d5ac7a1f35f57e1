package gov.buyamerican.portal.shared.demo;

/**
 * A module's part of the demo data ({@code PORTAL_DEMO_DATA=true}). Contributors run once, in {@link #order()}, on a
 * database that has no demo data yet, as the system user; each writes only its own module's records, through its own
 * services or tables.
 */
public interface DemoDataContributor {

    /** Lower runs first (users 10, vendors 20, products and attestations 30, waivers 40, purchases 50). */
    int order();

    /** A short name for the log. */
    String name();

    /**
     * Adds this module's sample records.
     *
     * @param size the requested scale ({@code PORTAL_DEMO_DATA_SIZE}); 0 means a small, hand-made set
     */
    void contribute(DemoSettings settings);

    /** What the loader passes on: scale, a seed for repeatable randomness, the demo users' password. */
    record DemoSettings(int size, long seed, String password) {
    }
}
