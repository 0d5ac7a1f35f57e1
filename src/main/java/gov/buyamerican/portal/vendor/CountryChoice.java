package gov.buyamerican.portal.vendor;

/** A country a vendor may be registered in (an active row of the country reference table). */
public record CountryChoice(String alpha2, String alpha3, String name) {

    /** "United States (US)": the label of country pickers. */
    public String label() {
        return name + " (" + alpha2 + ")";
    }
}
