package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A small status label. Its text always carries the meaning; the colour only repeats it. */
public final class Badge extends Span {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR, INFO }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("portal-badge", "portal-badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
