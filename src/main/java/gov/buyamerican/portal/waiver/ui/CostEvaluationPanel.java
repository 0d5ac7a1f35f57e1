package gov.buyamerican.portal.waiver.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import gov.buyamerican.portal.rules.waiver.UnreasonableCostEvaluation;
import java.math.BigDecimal;

/**
 * The FAR 25.106 unreasonable-cost evaluation in the request form: the two offers and the domestic offeror's size go
 * in, and the factor, the evaluated foreign offer, the verdict and the arithmetic are shown as they are typed. The
 * factors come from the reference table (passed in), never from code.
 */
class CostEvaluationPanel extends Composite<Div> {

    final BigDecimalField domestic = new BigDecimalField("Lowest domestic offer (USD)");
    final Checkbox smallBusiness = new Checkbox("The lowest domestic offer is from a small business");
    final BigDecimalField foreign = new BigDecimalField("Lowest foreign offer, duty included (USD)");
    private final Div result = new Div();
    private final EvaluationFactors factors;

    CostEvaluationPanel(EvaluationFactors factors) {
        this.factors = factors;
        for (BigDecimalField f : new BigDecimalField[] {domestic, foreign}) {
            f.setValueChangeMode(ValueChangeMode.EAGER);
            f.setPrefixComponent(new Span("$"));
            f.addValueChangeListener(e -> update());
        }
        smallBusiness.addValueChangeListener(e -> update());
        domestic.setId("cost-domestic");
        foreign.setId("cost-foreign");
        smallBusiness.setId("cost-small-business");
        FormLayout inputs = new FormLayout(domestic, foreign, smallBusiness);
        inputs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        inputs.setColspan(smallBusiness, 2);
        result.setId("cost-result");
        result.addClassName("waiver-cost-result");
        result.getElement().setAttribute("aria-live", "polite");
        getContent().add(inputs, result);
        update();
    }

    void update() {
        result.removeAll();
        BigDecimal d = domestic.getValue();
        BigDecimal f = foreign.getValue();
        if (d == null || f == null || d.signum() <= 0 || f.signum() <= 0) {
            result.add(new Paragraph("Enter both offers to see the evaluation. Factors in force: "
                    + percent(factors.largeBusinessFactor()) + " when the lowest domestic offer is from a large business, "
                    + percent(factors.smallBusinessFactor()) + " from a small business (" + factors.citation() + ", from "
                    + factors.effectiveFrom() + ")."));
            return;
        }
        result.add(render(UnreasonableCostEvaluation.evaluate(d, smallBusiness.getValue(), f, factors)));
    }

    /** The result of an evaluation: the figures, a verdict badge and the arithmetic lines. */
    static Component render(UnreasonableCostEvaluation e) {
        Div figures = new Div(
                figure("Factor applied", percent(e.factorApplied()), "cost-factor"),
                figure("Evaluated foreign offer", Formats.money(e.evaluatedForeignOffer()), "cost-evaluated"),
                figure("Lowest domestic offer", Formats.money(e.lowestDomesticOffer()), "cost-domestic-shown"));
        figures.addClassName("waiver-cost-figures");
        Badge verdict = e.domesticUnreasonable()
                ? new Badge("Domestic price unreasonable: the unreasonable-cost exception applies", Badge.Tone.SUCCESS)
                : new Badge("Domestic price reasonable: the unreasonable-cost exception does not apply", Badge.Tone.ERROR);
        verdict.setId("cost-verdict");
        UnorderedList lines = new UnorderedList();
        lines.addClassName("waiver-cost-arithmetic");
        for (String line : e.arithmetic()) {
            lines.add(new ListItem(line));
        }
        Div box = new Div(figures, verdict, lines);
        box.addClassName("waiver-cost-box");
        return box;
    }

    private static Div figure(String label, String value, String id) {
        Span l = new Span(label);
        l.addClassName("waiver-figure-label");
        Span v = new Span(value);
        v.addClassName("waiver-figure-value");
        v.setId(id);
        Div d = new Div(l, v);
        d.addClassName("waiver-figure");
        return d;
    }

    static String percent(BigDecimal factor) {
        BigDecimal pct = factor.movePointRight(2).stripTrailingZeros();
        return (pct.scale() < 0 ? pct.setScale(0) : pct).toPlainString() + "%";
    }
}
