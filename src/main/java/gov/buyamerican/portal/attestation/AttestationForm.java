package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * What is entered for an attestation (by staff, or by a vendor through an invitation link). Values may be incomplete
 * while a draft is edited; submitting checks them all.
 *
 * @param placeCountry          ISO alpha-2 code of the place of manufacture
 * @param deliveryYear          expected calendar year of delivery (selects the threshold)
 * @param fallbackCondition     no domestic offer, or the domestic offer is unreasonably priced (FAR 25.106(b)(2))
 * @param components            the component list, in order
 * @param certificationAgreed   the signer agrees to {@link Certification#TEXT}
 */
public record AttestationForm(String placeCountry, String placeState, String placeCity, String placeFacility,
                              Integer deliveryYear, boolean fallbackCondition, List<Component> components,
                              String signerName, String signerTitle, String signerEmail, boolean certificationAgreed) {

    public AttestationForm {
        components = components == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(components));
    }

    public static AttestationForm empty(int deliveryYear) {
        return new AttestationForm(null, null, null, null, deliveryYear, false, List.of(), null, null, null, false);
    }

    public AttestationForm withComponents(List<Component> list) {
        return new AttestationForm(placeCountry, placeState, placeCity, placeFacility, deliveryYear, fallbackCondition,
                list, signerName, signerTitle, signerEmail, certificationAgreed);
    }
}
