package gov.buyamerican.portal.waiver.ui;

/** The waiver views' stylesheet ({@code frontend/styles/waiver.css}), loaded with the first waiver view opened. */
final class WaiverStyles {

    static final String SHEET = "context://styles/waiver.css";

    private WaiverStyles() {
    }
}
