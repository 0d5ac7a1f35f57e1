package gov.buyamerican.portal.attestation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitation links ({@code portal.invitations.*}).
 *
 * @param validity         how long a link can be used (default 14 days)
 * @param maxFailuresPerIp wrong or dead tokens one address may try within {@code window} before it is refused
 * @param maxUsesPerToken  times one token may be opened or submitted within {@code window}
 * @param window           the rate limiting window
 * @param publicUrl        the portal's address as vendors reach it (e.g. {@code https://portal.agency.gov}), for the
 *                         link in the e-mail; empty: the address staff use when they create the invitation
 */
@ConfigurationProperties("portal.invitations")
public record InvitationSettings(@DefaultValue("14d") Duration validity,
                                 @DefaultValue("10") int maxFailuresPerIp,
                                 @DefaultValue("30") int maxUsesPerToken,
                                 @DefaultValue("15m") Duration window,
                                 @DefaultValue("") String publicUrl) {
}
