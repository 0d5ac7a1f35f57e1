package gov.buyamerican.portal.purchase;

/** What is entered for an office. Field names for errors: {@code code}, {@code name}. */
public record OfficeForm(String code, String name, boolean active) {
}
