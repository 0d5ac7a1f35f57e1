package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.shared.BusinessRuleException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A waiver request cannot be saved or submitted as it is: one message per field, so that a form can show each next to
 * its field. The exception message lists them all for anyone else.
 */
public class WaiverIncompleteException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public WaiverIncompleteException(String intro, List<FieldProblem> problems) {
        super(problems.isEmpty() ? null : problems.getFirst().field(),
                intro + " " + problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
