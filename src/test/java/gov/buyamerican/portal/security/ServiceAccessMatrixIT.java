package gov.buyamerican.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.PortalApplication;
import gov.buyamerican.portal.support.PortalSpringTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Method security of the whole service layer, discovered by reflection: every public method of every {@code @Service}
 * bean in the portal's packages (so the services of modules added later are covered without touching this test) is
 * <ol>
 * <li>guarded by {@code @PreAuthorize}, or listed in {@link #UNGUARDED} with the reason it needs no check;</li>
 * <li>called through its Spring proxy as every role, as a logged-in user without any role and as an anonymous visitor,
 * with dummy arguments (zeros and nulls): a caller the expression does not admit gets {@link AccessDeniedException}
 * (the proxy refuses before the method body runs: the body would fail on the null arguments otherwise); a caller it
 * admits does not (whatever else the dummy call does is rolled back).</li>
 * </ol>
 * The expectation is derived from the expression itself ({@code hasRole}, {@code hasAnyRole}, {@code isAuthenticated},
 * {@code permitAll}, joined by {@code or}); an expression this test cannot read fails it, so that nobody adds a rule the
 * matrix does not understand. {@link #EXPECTED} pins the important methods to an independently written list, so that a
 * widened annotation fails too. Read-only roles (REPORTS, AUDITOR) reach only read-only transactions, except the
 * listed ones.
 */
@PortalSpringTest
class ServiceAccessMatrixIT {

    /** Who calls: the five roles, a logged-in user with no role, and nobody logged in. */
    enum Caller {
        ADMIN, STAFF, APPROVER, REPORTS, AUDITOR, NO_ROLE, ANONYMOUS;

        Authentication authentication() {
            return switch (this) {
                case ANONYMOUS -> new AnonymousAuthenticationToken("matrix", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
                case NO_ROLE -> UsernamePasswordAuthenticationToken.authenticated("matrix-no-role", "n/a", List.of());
                default -> UsernamePasswordAuthenticationToken.authenticated("matrix-" + name().toLowerCase(), "n/a",
                        List.of(new SimpleGrantedAuthority(Role.valueOf(name()).authority())));
            };
        }

        static Set<Caller> roles(String... names) {
            Set<Caller> set = EnumSet.noneOf(Caller.class);
            for (String n : names) {
                set.add(Caller.valueOf(n));
            }
            return set;
        }
    }

    private static final Set<Caller> ALL_ROLES = Caller.roles("ADMIN", "STAFF", "APPROVER", "REPORTS", "AUDITOR");

    /** Public service methods without {@code @PreAuthorize}, each with the reason. Anything else unguarded fails. */
    static final Map<String, String> UNGUARDED = Map.of(
            "AuditService#record", "appends only; called inside other services' checked methods and for anonymous events "
                    + "(failed logins, vendor invitations); cannot change or delete entries",
            "AuditService#recordAs", "as record, for a named actor (system jobs, invitation links)",
            "MailService#isConfigured", "tells whether SMTP is configured; no data",
            "MailService#send", "infrastructure for services that checked their caller (invitations, waiver notices); "
                    + "no view calls it",
            "StoredFileService#maxBytes", "a configuration value (upload size limit) shown next to upload fields",
            "WaiverService#valueLimits", "configuration values (approval limits) shown in the waiver form",
            "WaiverService#attachmentMaxBytes", "a configuration value (upload size limit)",
            "UserService#passwordProblem", "checks a candidate password against the policy; reads nothing");

    /** The important methods, written down independently of their annotations. */
    static final Map<String, Set<Caller>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("UserService#create", Caller.roles("ADMIN"));
        EXPECTED.put("UserService#update", Caller.roles("ADMIN"));
        EXPECTED.put("UserService#setEnabled", Caller.roles("ADMIN"));
        EXPECTED.put("UserService#resetPassword", Caller.roles("ADMIN"));
        EXPECTED.put("UserService#unlock", Caller.roles("ADMIN"));
        EXPECTED.put("UserService#list", Caller.roles("ADMIN"));
        EXPECTED.put("AuditService#page", Caller.roles("ADMIN", "AUDITOR"));
        EXPECTED.put("AuditService#verifyChain", Caller.roles("ADMIN", "AUDITOR"));
        EXPECTED.put("RuleValueService#add", Caller.roles("ADMIN"));
        EXPECTED.put("RuleValueService#deleteFuture", Caller.roles("ADMIN"));
        EXPECTED.put("CriticalItemService#create", Caller.roles("ADMIN"));
        EXPECTED.put("VendorService#create", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("VendorService#update", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("VendorService#changeStatus", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("VendorService#importFile", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("VendorService#search", ALL_ROLES);
        EXPECTED.put("ProductService#create", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("AttestationService#verify", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("AttestationService#invite", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("AttestationService#openInvitation", EnumSet.allOf(Caller.class));
        EXPECTED.put("AttestationService#submitFromInvitation", EnumSet.allOf(Caller.class));
        EXPECTED.put("WaiverService#createDraft", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("WaiverService#submit", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("WaiverService#approve", Caller.roles("APPROVER"));
        EXPECTED.put("WaiverService#reject", Caller.roles("APPROVER"));
        EXPECTED.put("WaiverService#startReview", Caller.roles("APPROVER"));
        EXPECTED.put("WaiverService#get", ALL_ROLES);
        EXPECTED.put("MiaoListService#importList", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("StoredFileService#store", Caller.roles("ADMIN", "STAFF", "APPROVER"));
        EXPECTED.put("StoredFileService#delete", Caller.roles("ADMIN", "STAFF", "APPROVER"));
        EXPECTED.put("PurchaseService#record", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("PurchaseService#delete", Caller.roles("ADMIN", "STAFF"));
        EXPECTED.put("PurchaseService#startReclassifyAll", Caller.roles("ADMIN"));
        EXPECTED.put("OfficeService#create", Caller.roles("ADMIN", "STAFF"));
    }

    /** Methods open to a read-only role (REPORTS, AUDITOR) that still write, and why that is no change of records. */
    static final Map<String, String> READ_ONLY_ROLE_WRITES = Map.of(
            "VendorService#export", "records the export in the audit trail",
            "MiaoListService#export", "records the export in the audit trail",
            "WaiverNotificationService#markRead", "the caller's own notification",
            "WaiverNotificationService#markAllRead", "the caller's own notifications",
            "UserService#changeOwnPassword", "the caller's own password",
            "PurchaseService#export", "records the export in the audit trail",
            "PurchaseService#reclassificationStatus", "reads the progress of the reclassification job (memory, no "
                    + "transaction)");

    /** Methods that start background work: called only as refused callers (the refusal needs no work to start). */
    static final Set<String> NOT_CALLED_WHEN_ADMITTED = Set.of("PurchaseService#startReclassifyAll");

    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\('([A-Z_]+)'\\)");
    private static final Pattern HAS_ANY_ROLE = Pattern.compile("hasAnyRole\\(([^)]*)\\)");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    PlatformTransactionManager transactions;

    record ServiceMethod(String name, Object bean, Method method, String expression) {
    }

    @BeforeEach
    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Every public method of every portal {@code @Service}, in a stable order. */
    private List<ServiceMethod> serviceMethods() {
        List<ServiceMethod> found = new ArrayList<>();
        String base = PortalApplication.class.getPackageName() + ".";
        for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith(base)) {
                continue;
            }
            PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
            for (Method m : type.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                PreAuthorize pa = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
                String expression = pa != null ? pa.value() : onClass != null ? onClass.value() : null;
                found.add(new ServiceMethod(type.getSimpleName() + "#" + m.getName(), bean, m, expression));
            }
        }
        found.sort(Comparator.comparing(ServiceMethod::name).thenComparing(s -> Arrays.toString(s.method().getParameterTypes())));
        return found;
    }

    /** Who the expression admits; null when this test cannot read it. */
    static Set<Caller> admitted(String expression) {
        Set<Caller> result = EnumSet.noneOf(Caller.class);
        for (String part : expression.split("\\s+or\\s+")) {
            String p = part.strip();
            Matcher role = HAS_ROLE.matcher(p);
            Matcher any = HAS_ANY_ROLE.matcher(p);
            if (p.equals("permitAll()") || p.equals("permitAll")) {
                result.addAll(EnumSet.allOf(Caller.class));
            } else if (p.equals("isAuthenticated()") || p.equals("isFullyAuthenticated()")) {
                result.addAll(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)));
            } else if (role.matches()) {
                result.add(Caller.valueOf(role.group(1)));
            } else if (any.matches()) {
                for (String r : any.group(1).split(",")) {
                    result.add(Caller.valueOf(r.strip().replace("'", "")));
                }
            } else {
                return null;
            }
        }
        return result;
    }

    @Test
    void theDiscoveryFindsTheKnownServices() {
        Set<String> services = serviceMethods().stream().map(s -> s.name().substring(0, s.name().indexOf('#')))
                .collect(Collectors.toSet());
        assertThat(services).contains("UserService", "AuditService", "VendorService", "ProductService",
                "AttestationService", "WaiverService", "MiaoListService", "WaiverNotificationService", "RuleValueService",
                "CriticalItemService", "CountryService", "StoredFileService");
        // every important method named above still exists (a rename must update this test)
        Set<String> names = serviceMethods().stream().map(ServiceMethod::name).collect(Collectors.toSet());
        assertThat(names).containsAll(EXPECTED.keySet()).containsAll(UNGUARDED.keySet())
                .containsAll(READ_ONLY_ROLE_WRITES.keySet()).containsAll(NOT_CALLED_WHEN_ADMITTED);
    }

    @Test
    void everyPublicServiceMethodHasAReadableRoleCheckOrAListedReason() {
        List<String> problems = new ArrayList<>();
        for (ServiceMethod s : serviceMethods()) {
            if (s.expression() == null) {
                if (!UNGUARDED.containsKey(s.name())) {
                    problems.add(s.name() + " has no @PreAuthorize (add one, or list it in UNGUARDED with the reason)");
                }
            } else if (admitted(s.expression()) == null) {
                problems.add(s.name() + ": this test cannot read @PreAuthorize(\"" + s.expression() + "\")");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theImportantMethodsAdmitExactlyTheRolesWrittenDown() {
        Map<String, String> problems = new TreeMap<>();
        for (ServiceMethod s : serviceMethods()) {
            Set<Caller> expected = EXPECTED.get(s.name());
            if (expected != null) {
                Set<Caller> actual = s.expression() == null ? null : admitted(s.expression());
                if (!expected.equals(actual)) {
                    problems.put(s.name(), "expected " + expected + ", annotation admits " + actual);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void readOnlyRolesReachOnlyReadOnlyTransactions() {
        List<String> problems = new ArrayList<>();
        for (ServiceMethod s : serviceMethods()) {
            Set<Caller> who = s.expression() == null ? Set.of() : admitted(s.expression());
            boolean readOnlyRole = who != null && (who.contains(Caller.REPORTS) || who.contains(Caller.AUDITOR));
            if (!readOnlyRole || READ_ONLY_ROLE_WRITES.containsKey(s.name()) || who.contains(Caller.ANONYMOUS)) {
                continue;
            }
            Transactional tx = AnnotatedElementUtils.findMergedAnnotation(s.method(), Transactional.class);
            if (tx == null) { // the class's default applies
                tx = AnnotatedElementUtils.findMergedAnnotation(s.method().getDeclaringClass(), Transactional.class);
            }
            if (tx == null || !tx.readOnly()) {
                problems.add(s.name() + " is open to REPORTS/AUDITOR but is not a read-only transaction");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The proxy itself: each guarded method called as each caller. Refused callers get AccessDeniedException; admitted
     * ones get anything else (the dummy arguments usually make the body fail, which is fine; all is rolled back).
     */
    @Test
    void everyGuardedMethodRefusesExactlyTheCallersItsExpressionLeavesOut() {
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        List<String> problems = new ArrayList<>();
        int refusals = 0;
        int admissions = 0;
        for (ServiceMethod s : serviceMethods()) {
            if (s.expression() == null) {
                continue;
            }
            Set<Caller> admitted = admitted(s.expression());
            if (admitted == null) {
                continue; // reported by the test above
            }
            for (Caller caller : Caller.values()) {
                if (admitted.contains(caller) && NOT_CALLED_WHEN_ADMITTED.contains(s.name())) {
                    continue;
                }
                SecurityContextHolder.getContext().setAuthentication(caller.authentication());
                Throwable thrown;
                try {
                    thrown = rollback.execute(status -> {
                        status.setRollbackOnly();
                        return call(s);
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
                boolean denied = thrown instanceof AccessDeniedException;
                if (admitted.contains(caller) && denied) {
                    problems.add(s.name() + " as " + caller + ": refused but @PreAuthorize(\"" + s.expression()
                            + "\") admits it");
                } else if (!admitted.contains(caller) && !denied) {
                    problems.add(s.name() + " as " + caller + ": expected AccessDeniedException, got "
                            + (thrown == null ? "a normal return" : thrown.toString()));
                }
                if (admitted.contains(caller)) {
                    admissions++;
                } else {
                    refusals++;
                }
            }
        }
        assertThat(problems).isEmpty();
        // the matrix is not empty: at the time of writing 130+ methods, several hundred refusals
        assertThat(refusals).isGreaterThan(200);
        assertThat(admissions).isGreaterThan(200);
    }

    /** Calls through the proxy with zeros and nulls; returns what it threw, or null. */
    private static Throwable call(ServiceMethod s) {
        Class<?>[] types = s.method().getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = dummy(types[i]);
        }
        try {
            s.method().invoke(s.bean(), args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object dummy(Class<?> type) {
        if (type == boolean.class) {
            return false;
        } else if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == double.class) {
            return 0d;
        } else if (type == float.class) {
            return 0f;
        } else if (type == char.class) {
            return 'x';
        } else if (type == String.class) {
            return "access-matrix-probe";
        }
        return null;
    }
}
