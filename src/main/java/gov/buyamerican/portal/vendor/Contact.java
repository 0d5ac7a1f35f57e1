package gov.buyamerican.portal.vendor;

/** A person to reach at a vendor. At least one of e-mail and phone is present. */
public record Contact(long id, long vendorId, String name, String title, String email, String phone, int version) {

    public ContactForm toForm() {
        return new ContactForm(name, title, email, phone);
    }
}
