package gov.buyamerican.portal.vendor;

/** What staff enter for a vendor contact; validated and normalized by {@link VendorRules#contact}. */
public record ContactForm(String name, String title, String email, String phone) {
}
