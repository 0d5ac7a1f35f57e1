package gov.buyamerican.portal.security;

import static gov.buyamerican.portal.db.Tables.APP_USER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Contact details of enabled users, for server-side notifications (e-mail on a waiver decision, say). Used by other
 * modules' services after their own role checks; it reveals nothing to a view.
 */
@Component
public class UserDirectory {

    private final DSLContext dsl;

    UserDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The e-mail address of an enabled user, if they have one. */
    public Optional<String> emailOf(String username) {
        return Optional.ofNullable(dsl.select(APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.ENABLED.isTrue()))
                .fetchOne(APP_USER.EMAIL));
    }
}
