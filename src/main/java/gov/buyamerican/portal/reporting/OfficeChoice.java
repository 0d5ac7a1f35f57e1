package gov.buyamerican.portal.reporting;

/** An office for the dashboard's filter. */
public record OfficeChoice(long id, String code, String name) {

    public String label() {
        return name + " (" + code + ")";
    }
}
