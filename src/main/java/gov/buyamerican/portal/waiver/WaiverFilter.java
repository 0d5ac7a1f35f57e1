package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;

/**
 * What the waiver list shows. Every part is optional (null = no restriction).
 *
 * @param origin   portal requests or imported public records
 * @param status   workflow status (portal requests only)
 * @param type     waiver type (portal requests only)
 * @param mineOnly only the current user's own requests
 * @param search   text in the number, title, item, vendor, agency or MIAO id
 */
public record WaiverFilter(WaiverOrigin origin, WaiverStatus status, WaiverType type, boolean mineOnly, String search) {

    public static WaiverFilter portal() {
        return new WaiverFilter(WaiverOrigin.PORTAL, null, null, false, null);
    }

    public static WaiverFilter all() {
        return new WaiverFilter(null, null, null, false, null);
    }
}
