package gov.buyamerican.portal.security;

import static gov.buyamerican.portal.db.Tables.APP_USER;
import static gov.buyamerican.portal.db.Tables.USER_ROLE;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.AppUserRecord;
import gov.buyamerican.portal.security.internal.UserWriter;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Portal users and their roles. Administration is for ADMIN only; every change is in the audit trail. */
@Service
public class UserService {

    static final String ENTITY = "User";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "username", APP_USER.USERNAME,
            "displayName", APP_USER.DISPLAY_NAME,
            "lastLoginAt", APP_USER.LAST_LOGIN_AT,
            "createdAt", APP_USER.CREATED_AT);

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final SecuritySettings settings;
    private final UserWriter writer;

    public UserService(DSLContext dsl, PasswordEncoder passwordEncoder, AuditService audit, Clock clock,
                       SecuritySettings settings, UserWriter writer) {
        this.writer = writer;
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> list(String search, PageQuery page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : page.sort()) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc() : f.desc());
            }
        }
        order.add(APP_USER.USERNAME.asc());
        List<AppUserRecord> users = dsl.selectFrom(APP_USER).where(searchCondition(search)).orderBy(order)
                .limit(page.limit()).offset(page.offset()).fetch();
        Map<Long, Set<Role>> roles = rolesOf(users.stream().map(AppUserRecord::getId).toList());
        return users.stream().map(u -> toAccount(u, roles.getOrDefault(u.getId(), Set.of()))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(String search) {
        return dsl.fetchCount(APP_USER, searchCondition(search));
    }

    /** Users and enabled users, for the home dashboard (any logged-in user). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserCounts counts() {
        int total = dsl.fetchCount(APP_USER);
        int enabled = dsl.fetchCount(APP_USER, APP_USER.ENABLED.isTrue());
        return new UserCounts(total, enabled);
    }

    public record UserCounts(int total, int enabled) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        AppUserRecord u = load(id);
        return toAccount(u, rolesOf(List.of(id)).getOrDefault(id, Set.of()));
    }

    /** The logged-in user's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> me() {
        return CurrentUser.username().flatMap(this::findByUsernameInternal);
    }

    /** Users who hold a role, e.g. the approvers to notify. Any logged-in user may ask. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserAccount> withRole(Role role) {
        List<AppUserRecord> users = dsl.select(APP_USER.fields()).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(USER_ROLE.ROLE.eq(role.name()).and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.USERNAME).fetchInto(APP_USER);
        Map<Long, Set<Role>> roles = rolesOf(users.stream().map(AppUserRecord::getId).toList());
        return users.stream().map(u -> toAccount(u, roles.getOrDefault(u.getId(), Set.of()))).toList();
    }

    private Optional<UserAccount> findByUsernameInternal(String username) {
        return Optional.ofNullable(dsl.fetchOne(APP_USER, APP_USER.USERNAME.eq(username)))
                .map(u -> toAccount(u, rolesOf(List.of(u.getId())).getOrDefault(u.getId(), Set.of())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(UserForm form) {
        String username = normalizeUsername(form.username());
        validate(form);
        validatePassword(form.initialPassword(), "initialPassword");
        if (dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            throw new BusinessRuleException("username", "The user name '" + username + "' is already taken");
        }
        long id = writer.insert(username, form.displayName().trim(), blankToNull(form.email()), form.roles(),
                form.authorityLevel(), form.initialPassword(), true);
        UserAccount created = get(id);
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, id, "Created user " + username
                + " with roles " + describe(created.roles())).withChange(null, auditView(created)));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount update(long id, int expectedVersion, UserForm form) {
        validate(form);
        AppUserRecord u = loadForUpdate(id, expectedVersion);
        UserAccount before = get(id);
        if (isSelf(u) && before.roles().contains(Role.ADMIN) && !form.roles().contains(Role.ADMIN)) {
            throw new BusinessRuleException("roles", "You cannot remove your own administrator role");
        }
        if (before.roles().contains(Role.ADMIN) && !form.roles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(id);
        }
        u.setDisplayName(form.displayName().trim());
        u.setEmail(blankToNull(form.email()));
        u.setAuthorityLevel(form.authorityLevel() == null ? null : form.authorityLevel().name());
        u.setUpdatedAt(now());
        u.store();
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(id)).execute();
        for (Role r : form.roles()) {
            dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, r.name()).execute();
        }
        UserAccount after = get(id);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed user " + u.getUsername())
                .withChange(auditView(before), auditView(after)));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount setEnabled(long id, int expectedVersion, boolean enabled) {
        AppUserRecord u = loadForUpdate(id, expectedVersion);
        if (!enabled && isSelf(u)) {
            throw new BusinessRuleException("You cannot disable your own account");
        }
        if (!enabled) {
            requireAnotherEnabledAdmin(id);
        }
        u.setEnabled(enabled);
        if (!enabled) {
            // ends the user's open sessions on every instance at their next request (SessionRevocationFilter)
            u.setSessionEpoch(u.getSessionEpoch() + 1);
        }
        u.setUpdatedAt(now());
        u.store();
        audit.record(AuditEntry.of(enabled ? "USER_ENABLED" : "USER_DISABLED", ENTITY, id,
                (enabled ? "Enabled" : "Disabled") + " user " + u.getUsername()));
        return get(id);
    }

    /** Sets a new password chosen by the administrator; the user must change it at the next login. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        validatePassword(newPassword, "password");
        AppUserRecord u = load(id);
        u.setPasswordHash(passwordEncoder.encode(newPassword));
        u.setMustChangePassword(true);
        u.setLockedUntil(null);
        // whoever knew the old password is logged out everywhere (SessionRevocationFilter)
        u.setSessionEpoch(u.getSessionEpoch() + 1);
        u.setUpdatedAt(now());
        u.store();
        audit.record(AuditEntry.of("PASSWORD_RESET", ENTITY, id, "Reset the password of " + u.getUsername()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        AppUserRecord u = load(id);
        u.setLockedUntil(null);
        u.setUpdatedAt(now());
        u.store();
        audit.record(AuditEntry.of("USER_UNLOCKED", ENTITY, id, "Unlocked user " + u.getUsername()));
    }

    /** The logged-in user changes their own password. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = CurrentUser.username().orElseThrow(() -> new BusinessRuleException("Not logged in"));
        AppUserRecord u = dsl.fetchSingle(APP_USER, APP_USER.USERNAME.eq(username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, u.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "The current password is not correct");
        }
        validatePassword(newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, u.getPasswordHash())) {
            throw new BusinessRuleException("newPassword", "Choose a password different from the current one");
        }
        u.setPasswordHash(passwordEncoder.encode(newPassword));
        u.setMustChangePassword(false);
        u.setUpdatedAt(now());
        u.store();
        audit.record(AuditEntry.of("PASSWORD_CHANGED", ENTITY, u.getId(), username + " changed their password"));
    }

    /** The password policy, as a message for the field, or empty when the password is acceptable. */
    public Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < settings.minPasswordLength()) {
            return Optional.of("At least " + settings.minPasswordLength() + " characters");
        }
        if (password.length() > 128) {
            return Optional.of("At most 128 characters");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("Use more different characters");
        }
        return Optional.empty();
    }

    private void validatePassword(String password, String field) {
        passwordProblem(password).ifPresent(p -> {
            throw new BusinessRuleException(field, p);
        });
    }

    private void validate(UserForm form) {
        if (form.displayName() == null || form.displayName().isBlank()) {
            throw new BusinessRuleException("displayName", "Enter the person's name");
        }
        if (form.displayName().length() > 200) {
            throw new BusinessRuleException("displayName", "At most 200 characters");
        }
        String email = blankToNull(form.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new BusinessRuleException("email", "Enter an e-mail address such as name@agency.gov");
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new BusinessRuleException("roles", "Choose at least one role");
        }
        if (form.roles().contains(Role.APPROVER) && form.authorityLevel() == null) {
            throw new BusinessRuleException("authorityLevel", "An approver needs an authority level");
        }
    }

    public static String normalizeUsername(String raw) {
        String username = raw == null ? "" : raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessRuleException("username",
                    "2 to 64 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit");
        }
        return username;
    }

    private void requireAnotherEnabledAdmin(long id) {
        boolean another = dsl.fetchExists(dsl.selectOne().from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(USER_ROLE.ROLE.eq(Role.ADMIN.name()).and(APP_USER.ENABLED.isTrue()).and(APP_USER.ID.ne(id))));
        if (!another) {
            throw new BusinessRuleException("The portal needs at least one enabled administrator");
        }
    }

    private boolean isSelf(AppUserRecord u) {
        return CurrentUser.username().map(u.getUsername()::equals).orElse(false);
    }

    private AppUserRecord load(long id) {
        AppUserRecord u = dsl.fetchOne(APP_USER, APP_USER.ID.eq(id));
        if (u == null) {
            throw new NotFoundException("User " + id + " does not exist");
        }
        return u;
    }

    private AppUserRecord loadForUpdate(long id, int expectedVersion) {
        AppUserRecord u = load(id);
        if (u.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("User " + u.getUsername());
        }
        return u;
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Role>> result = new LinkedHashMap<>();
        dsl.selectFrom(USER_ROLE).where(USER_ROLE.USER_ID.in(ids)).forEach(r ->
                result.computeIfAbsent(r.getUserId(), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(r.getRole())));
        return result;
    }

    private static Condition searchCondition(String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        String s = search.trim();
        return APP_USER.USERNAME.containsIgnoreCase(s).or(APP_USER.DISPLAY_NAME.containsIgnoreCase(s))
                .or(APP_USER.EMAIL.containsIgnoreCase(s));
    }

    private static UserAccount toAccount(AppUserRecord u, Set<Role> roles) {
        return new UserAccount(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                roles.isEmpty() ? Set.of() : Set.copyOf(roles),
                u.getAuthorityLevel() == null ? null : AuthorityLevel.valueOf(u.getAuthorityLevel()),
                u.getEnabled(), u.getMustChangePassword(), toInstant(u.getLockedUntil()), toInstant(u.getLastLoginAt()),
                toInstant(u.getCreatedAt()), u.getVersion());
    }

    private static Map<String, Object> auditView(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("email", a.email());
        m.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        m.put("authorityLevel", a.authorityLevel() == null ? null : a.authorityLevel().name());
        m.put("enabled", a.enabled());
        return m;
    }

    private static String describe(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    static Instant toInstant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
