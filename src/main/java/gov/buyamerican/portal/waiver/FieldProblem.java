package gov.buyamerican.portal.waiver;

/**
 * Something wrong with one field of a waiver request.
 *
 * @param field   the {@link WaiverDraft} property name
 * @param message a sentence to show next to the field
 */
public record FieldProblem(String field, String message) {
}
