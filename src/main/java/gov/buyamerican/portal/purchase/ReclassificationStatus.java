package gov.buyamerican.portal.purchase;

import java.time.Instant;

/**
 * Where the administrator's "Reclassify all" run stands.
 *
 * @param running    true while it runs
 * @param done       purchases looked at so far
 * @param total      purchases to look at (counted at the start)
 * @param changed    purchases whose stored classification changed
 * @param startedAt  start, or null when it never ran since the application started
 * @param finishedAt end, or null while running
 * @param error      a message when it stopped on an error, or null
 */
public record ReclassificationStatus(boolean running, long done, long total, long changed, Instant startedAt,
        Instant finishedAt, String error) {

    public static final ReclassificationStatus NEVER = new ReclassificationStatus(false, 0, 0, 0, null, null, null);
}
