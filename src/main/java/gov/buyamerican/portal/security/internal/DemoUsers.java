package gov.buyamerican.portal.security.internal;

import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserAdministration;
import gov.buyamerican.portal.shared.demo.DemoDataContributor;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Demo users, one or more per role, so that every part of the portal can be tried. */
@Component
class DemoUsers implements DemoDataContributor {

    private final UserAdministration users;

    DemoUsers(UserAdministration users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public void contribute(DemoSettings settings) {
        String pw = settings.password();
        users.createDemoUser("staff", "Dana Whitfield", "dana.whitfield@example.gov", Set.of(Role.STAFF), null, pw);
        users.createDemoUser("staff2", "Luis Ortega", "luis.ortega@example.gov", Set.of(Role.STAFF), null, pw);
        users.createDemoUser("approver", "Margaret Chen", "margaret.chen@example.gov", Set.of(Role.APPROVER),
                AuthorityLevel.CONTRACTING_OFFICER, pw);
        users.createDemoUser("hca", "Robert Haines", "robert.haines@example.gov", Set.of(Role.APPROVER),
                AuthorityLevel.HEAD_OF_CONTRACTING_ACTIVITY, pw);
        users.createDemoUser("reports", "Aisha Johnson", "aisha.johnson@example.gov", Set.of(Role.REPORTS), null, pw);
        users.createDemoUser("auditor", "Thomas Brennan", "thomas.brennan@example.gov", Set.of(Role.AUDITOR), null, pw);
    }
}
