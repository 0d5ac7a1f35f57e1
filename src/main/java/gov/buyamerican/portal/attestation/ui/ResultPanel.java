package gov.buyamerican.portal.attestation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import gov.buyamerican.portal.attestation.StoredResult;
import gov.buyamerican.portal.rules.domesticcontent.AppliedRule;
import gov.buyamerican.portal.rules.domesticcontent.Classification;
import gov.buyamerican.portal.rules.domesticcontent.DomesticContentResult;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import java.math.BigDecimal;
import java.util.List;

/** The domestic content result: live while the form is filled, or as stored at submission. */
public class ResultPanel extends Div {

    private final Div body = new Div();
    final Span classification = new Span();
    final Span total = new Span();
    final Span domestic = new Span();
    final Span share = new Span();
    final Span rule = new Span();
    final Span threshold = new Span();
    final Paragraph explanation = new Paragraph();
    private final Div notes = new Div();

    public ResultPanel() {
        addClassNames("portal-section", "attestation-result");
        setId("attestation-result");
        getElement().setAttribute("aria-live", "polite");
        classification.setId("result-classification");
        share.setId("result-share");
        rule.setId("result-rule");
        threshold.setId("result-threshold");
        explanation.setId("result-explanation");
        explanation.addClassName("attestation-explanation");
        notes.addClassName("attestation-notes");
        add(new H2("Domestic content result"), body);
    }

    public void show(DomesticContentResult r) {
        render(r.classification(), r.appliedRule(), r.totalComponentCost(), r.domesticComponentCost(),
                r.domesticSharePercent().orElse(null),
                r.thresholdUsed().map(t -> t.toString()).orElse("none"), r.explanation(), r.warnings(), null);
    }

    public void show(StoredResult r, String computedOn) {
        render(r.classification(), r.rule(), r.totalCost(), r.domesticCost(), r.domesticSharePercent(),
                r.thresholdPercent() == null ? "none" : r.thresholdComparison() + " "
                        + r.thresholdPercent().stripTrailingZeros().toPlainString() + "%",
                r.explanation(), List.of(), computedOn + " with " + r.parameters());
    }

    private void render(Classification c, AppliedRule appliedRule, BigDecimal totalCost, BigDecimal domesticCost,
                        BigDecimal sharePercent, String thresholdText, String text, List<String> warnings,
                        String footnote) {
        body.removeAll();
        classification.removeAll();
        Badge badge = c == Classification.DOMESTIC
                ? new Badge("DOMESTIC end product", Badge.Tone.SUCCESS)
                : new Badge("FOREIGN end product", Badge.Tone.ERROR);
        classification.add(badge);
        classification.getElement().setAttribute("data-classification", c.name());
        total.setText(Formats.money(totalCost));
        domestic.setText(Formats.money(domesticCost));
        share.setText(sharePercent == null ? "n/a" : sharePercent.toPlainString() + "%");
        rule.setText(ruleLabel(appliedRule));
        threshold.setText(thresholdText);
        explanation.setText(text);
        Div facts = new Div(fact("Total component cost", total), fact("Domestic component cost", domestic),
                fact("Domestic share", share), fact("Rule applied", rule), fact("Threshold", threshold));
        facts.addClassName("attestation-facts");
        notes.removeAll();
        warnings.forEach(w -> notes.add(new Paragraph("Note: " + w)));
        if (footnote != null) {
            notes.add(new Paragraph(footnote));
        }
        body.add(classification, facts, explanation, notes);
    }

    /** The form cannot be classified yet: how many problems, and those that belong to no single field. */
    public void showRefused(int count, List<String> general) {
        body.removeAll();
        classification.removeAll();
        classification.getElement().setAttribute("data-classification", "NONE");
        classification.add(new Badge("Not classified yet", Badge.Tone.NEUTRAL));
        Paragraph p = new Paragraph(count == 1 ? "One entry needs attention; it is marked in the form."
                : count + " entries need attention; they are marked in the form.");
        body.add(classification, p);
        general.forEach(g -> body.add(new Paragraph(g)));
    }

    public void showProblem(String message) {
        body.removeAll();
        classification.removeAll();
        classification.add(new Badge("Not classified", Badge.Tone.WARNING));
        body.add(classification, new Paragraph(message));
    }

    private static Div fact(String label, Span value) {
        Span l = new Span(label);
        l.addClassName("attestation-fact-label");
        value.addClassName("attestation-fact-value");
        Div d = new Div(l, value);
        d.addClassName("attestation-fact");
        return d;
    }

    public static String ruleLabel(AppliedRule rule) {
        return switch (rule) {
            case UNMANUFACTURED -> "Unmanufactured end product";
            case COMPONENT_TEST -> "Domestic content test";
            case FALLBACK_COMPONENT_TEST -> "Fallback threshold (FAR 25.106(b)(2))";
            case COTS_EXCEPTION -> "COTS exception";
            case IRON_STEEL_TEST -> "Iron and steel test";
        };
    }
}
