package gov.buyamerican.portal.purchase;

/** An organizational unit that buys. */
public record Office(long id, String code, String name, boolean active, int version) {

    public String label() {
        return code + " \u2013 " + name;
    }
}
