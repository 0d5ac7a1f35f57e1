package gov.buyamerican.portal.shared.usaspending;

import java.util.Optional;

/**
 * FPDS "Domestic or Foreign Entity" ({@code domestic_or_foreign_entity_code} in USAspending files): the
 * ownership and incorporation of the contractor.
 */
public enum DomesticOrForeignEntity {

    /** U.S.-owned business. */
    A("U.S. owned business"),
    /** Other U.S. entity (e.g. a government). */
    B("Other U.S. entity (e.g. government)"),
    /** Foreign-owned business incorporated in the U.S. */
    C("Foreign-owned business incorporated in the U.S."),
    /** Foreign-owned business not incorporated in the U.S. */
    D("Foreign-owned business not incorporated in the U.S."),
    /** Other foreign entity (e.g. a foreign government). */
    O("Other foreign entity (e.g. foreign government)");

    private final String description;

    DomesticOrForeignEntity(String description) {
        this.description = description;
    }

    /** @return the one-letter FPDS code */
    public String code() {
        return name();
    }

    /** @return the English meaning of the code */
    public String description() {
        return description;
    }

    /**
     * @param code a code, any case, surrounding whitespace ignored; may be null
     * @return the constant, or empty if the code is blank or unknown
     */
    public static Optional<DomesticOrForeignEntity> fromCode(String code) {
        return PlaceOfManufacture.Codes.lookup(DomesticOrForeignEntity.class, code);
    }
}
