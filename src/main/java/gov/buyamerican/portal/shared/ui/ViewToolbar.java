package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The header of a view: a heading, an optional one-line description and the view's actions on the right. */
public final class ViewToolbar extends Composite<Div> {

    public ViewToolbar(String title, String description, Component... actions) {
        Div text = new Div();
        H1 heading = new H1(title);
        heading.addClassName("portal-toolbar-title");
        text.add(heading);
        if (description != null && !description.isBlank()) {
            Paragraph p = new Paragraph(description);
            p.addClassName("portal-toolbar-description");
            text.add(p);
        }
        Div actionBox = new Div(actions);
        actionBox.addClassName("portal-toolbar-actions");
        getContent().add(text, actionBox);
        getContent().addClassName("portal-toolbar");
    }
}
