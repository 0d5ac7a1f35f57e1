package gov.buyamerican.portal.bench;

import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.support.VaadinHttpClient;
import gov.buyamerican.portal.vendor.internal.VendorBulkWriter;
import gov.buyamerican.portal.vendor.internal.VendorGenerator;
import gov.buyamerican.portal.vendor.internal.VendorStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Capacity: how many concurrently active users this machine serves with a p95 round trip under 300 ms, and the live
 * heap one logged-in user with an open UI costs.
 *
 * <p>Virtual users speak Vaadin's real protocol over HTTP ({@link VaadinHttpClient}): each logs in through the form
 * (its own HTTP session), bootstraps a UI ({@code v-r=init}), then repeats, after a think time of 1 to 5 s (uniform):
 * navigate to another view (router-link event, the view built on the server, its first grid page sent), scroll a grid
 * (the grid's {@code setViewportRange}), type into the vendor search (a {@code value} property sync and a
 * {@code change} event: the filtered query, count and page), open a vendor's detail page. One in ten users is an
 * approver who opens the approver inbox and the waiver list. Users are added in stages (50, 100, 200, 300); each stage
 * measures for {@link #MEASURE_SECONDS} seconds after a settling period; each user action's round trip (request sent to
 * answer read) is recorded. Live heap per session: heap used after a full GC with N users logged in, minus before any,
 * divided by N (server and virtual users share this JVM; the users' own objects are a few kilobytes each).
 *
 * <p>Not a timed test: it prints figures and writes them to target/bench/vaadin-load.txt; it fails only when the
 * protocol breaks (more than 1% of the answers unusable; slow answers do not count). Run: {@code ./mvnw verify -Pbench -Dit.test=VaadinLoadBenchmarkIT}. Figures:
 * bench/README.md.
 */
@Tag("benchmark")
@PortalSpringTest
class VaadinLoadBenchmarkIT {

    static final int VENDORS = 20_000;
    static final int[] STAGES = {50, 100, 200, 300};
    static final int SETTLE_SECONDS = 15;
    static final int MEASURE_SECONDS = 45;
    static final double P95_TARGET_MS = 300;
    static final String[] STAFF_VIEWS = {"vendors", "products", "waivers", "attestations", ""};
    static final String[] WORDS = {"steel", "works", "great lakes", "shenzhen", "ohio", "metal", "precision", "supply"};

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    VendorStore store;
    @Autowired
    VendorBulkWriter writer;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    private final List<String> report = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> samples = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final AtomicInteger protocolErrors = new AtomicInteger();
    private final AtomicLong actions = new AtomicLong();
    private volatile boolean recording;
    private long[] vendorIds;

    @Test
    void concurrentUsersAndHeapPerSession() throws Exception {
        line("Vaadin load benchmark: virtual users over Vaadin's HTTP protocol; think time 1-5 s; stages "
                + Arrays.toString(STAGES) + "; " + MEASURE_SECONDS + " s measured per stage");
        line("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; load average " + loadAverage());
        load();
        vendorIds = dsl.select(gov.buyamerican.portal.db.Tables.VENDOR.ID).from(gov.buyamerican.portal.db.Tables.VENDOR)
                .limit(2000).fetchInto(Long.class).stream().mapToLong(Long::longValue).toArray();
        int maxUsers = STAGES[STAGES.length - 1];
        for (int i = 0; i < maxUsers; i++) {
            testUsers.ensure(user(i), i % 10 == 9 ? Role.APPROVER : Role.STAFF);
        }
        HttpClient http = VaadinHttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/";

        long heapBefore = liveHeap();
        List<Thread> threads = new ArrayList<>();
        int started = 0;
        line("");
        line(String.format(Locale.US, "%-6s %-26s %7s %8s %8s %8s %8s %9s %7s  %s", "users", "action", "count", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "actions/s", "errors", "load avg"));
        int held = 0;
        long heapPrevious = heapBefore;
        int usersPrevious = 0;
        for (int stage : STAGES) {
            for (; started < stage; started++) {
                int n = started;
                threads.add(Thread.ofVirtual().name("vu-" + n).start(() -> virtualUser(base, http, n)));
                Thread.sleep(40); // a ramp of about 25 logins a second
            }
            Thread.sleep(SETTLE_SECONDS * 1000L);
            samples = new ConcurrentHashMap<>();
            int errorsBefore = errors.get();
            long actionsBefore = actions.get();
            recording = true;
            Thread.sleep(MEASURE_SECONDS * 1000L);
            recording = false;
            var snapshot = samples;
            // user actions only: logins and first page loads (ramp-up) are listed apart
            long[] all = snapshot.entrySet().stream().filter(e -> !e.getKey().startsWith("login")
                            && !e.getKey().startsWith("open page")).flatMap(e -> e.getValue().stream())
                    .mapToLong(Long::longValue).sorted().toArray();
            String load = loadAverage();
            for (var e : new java.util.TreeMap<>(snapshot).entrySet()) {
                long[] v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                line(row(stage, e.getKey(), v, 0, 0, ""));
            }
            double p95 = percentile(all, 95) / 1e6;
            line(row(stage, "ALL user actions", all, (actions.get() - actionsBefore) / (double) MEASURE_SECONDS,
                    errors.get() - errorsBefore, load));
            if (p95 < P95_TARGET_MS) {
                held = stage;
            }
            long heapNow = liveHeap();
            line(String.format(Locale.US, "       live heap after full GC with %d sessions: %,d MB (%,d KB per session over "
                    + "the %,d MB before any; %,d KB per session added in this stage)", stage, heapNow / (1 << 20),
                    (heapNow - heapBefore) / 1024 / stage, heapBefore / (1 << 20),
                    (heapNow - heapPrevious) / 1024 / (stage - usersPrevious)));
            heapPrevious = heapNow;
            usersPrevious = stage;
        }
        histogram();
        running.set(false);
        for (Thread t : threads) {
            t.join(30_000);
        }
        line("");
        line(held > 0 ? "Largest stage with p95 of all actions under " + (int) P95_TARGET_MS + " ms: " + held + " users"
                : "No stage kept the p95 under " + (int) P95_TARGET_MS + " ms");
        line("errors in total: " + errors.get() + " of " + actions.get() + " actions (" + timeouts.get()
                + " answers slower than 60 s, " + protocolErrors.get() + " answers the client could not use, the rest "
                + "actions on a UI lost to one of those)");
        Path out = Path.of("target", "bench", "vaadin-load.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        if (protocolErrors.get() > actions.get() / 100) {
            throw new AssertionError("More than 1% of the virtual users' actions got an answer the client could not "
                    + "use: " + protocolErrors.get());
        }
    }

    private static String user(int i) {
        return "load-user-" + i;
    }

    /** One user: log in, open the vendor list, then act and think until the run ends. */
    private void virtualUser(String base, HttpClient http, int n) {
        boolean approver = n % 10 == 9;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        VaadinHttpClient c = new VaadinHttpClient(base, http);
        try {
            timed("login (form + redirect)", () -> {
                String where = c.login(user(n), TestUsers.PASSWORD);
                if (where.contains("error")) {
                    throw new IOException("login refused: " + where);
                }
            });
            timed("open page + UI bootstrap", () -> {
                int status = c.open(approver ? "waivers/inbox" : "vendors");
                if (status != 200) {
                    throw new IOException("page or bootstrap answered " + status);
                }
            });
        } catch (Exception e) {
            return;
        }
        String current = approver ? "waivers/inbox" : "vendors";
        while (running.get()) {
            try {
                Thread.sleep(1000 + random.nextInt(4000));
                if (!running.get()) {
                    break;
                }
                int dice = random.nextInt(100);
                if (approver) {
                    String next = current.equals("waivers") ? "waivers/inbox" : "waivers";
                    timed("navigate", () -> c.navigate(next));
                    current = next;
                } else if (dice < 35 || !current.equals("vendors") && dice < 60) {
                    String next = STAFF_VIEWS[random.nextInt(STAFF_VIEWS.length)];
                    timed("navigate", () -> c.navigate(next));
                    current = next;
                } else if (current.equals("vendors") && dice < 60) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    timed("filter vendors (search)", () -> c.setValue("vendor-search", word));
                } else if (dice < 85 && c.nodeWithTag("vaadin-grid").isPresent()) {
                    int start = random.nextInt(40) * 50;
                    timed("grid page (scroll)", () -> c.fetchGridPage(start, 50));
                } else {
                    long id = vendorIds[random.nextInt(vendorIds.length)];
                    timed("open vendor detail", () -> c.navigate("vendors/" + id));
                    current = "vendor-detail";
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // counted in timed(); start over with a fresh UI
                try {
                    c.open("vendors");
                    current = "vendors";
                } catch (Exception again) {
                    errors.incrementAndGet();
                }
            }
        }
    }

    interface Action {
        void run() throws Exception;
    }

    private void timed(String name, Action action) throws Exception {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (Exception e) {
            errors.incrementAndGet();
            if (e instanceof java.net.http.HttpTimeoutException) {
                timeouts.incrementAndGet();
            } else if (e instanceof IOException && !(e.getMessage() != null && e.getMessage().contains("session expired"))) {
                protocolErrors.incrementAndGet(); // an answer the client could not use
            }
            if (errors.get() <= 5) {
                System.err.println("virtual user action '" + name + "' failed: " + e);
            }
            throw e;
        } finally {
            actions.incrementAndGet();
            if (recording) {
                samples.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            }
        }
    }

    /** The classes taking most of the live heap, while the sessions are still open (jcmd of this JVM). */
    private void histogram() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(ProcessHandle.current().pid()), "GC.class_histogram").redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes()).lines().limit(25).toList();
            p.waitFor();
            line("");
            line("live heap by class (top 22, sessions still open):");
            lines.forEach(this::line);
        } catch (IOException | InterruptedException e) {
            line("no class histogram: " + e);
        }
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String row(int users, String name, long[] sortedNanos, double perSecond, int errorCount, String load) {
        return String.format(Locale.US, "%-6d %-26s %7d %8.1f %8.1f %8.1f %8.1f %9s %7s  %s", users, name,
                sortedNanos.length, percentile(sortedNanos, 50) / 1e6, percentile(sortedNanos, 95) / 1e6,
                percentile(sortedNanos, 99) / 1e6, sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6,
                perSecond == 0 ? "" : String.format(Locale.US, "%.1f", perSecond), load.isEmpty() ? "" : errorCount, load);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void load() {
        int existing = dsl.fetchCount(gov.buyamerican.portal.db.Tables.VENDOR);
        int toLoad = Math.max(0, VENDORS - existing);
        long start = System.nanoTime();
        transactions.executeWithoutResult(tx -> {
            VendorGenerator generator = new VendorGenerator(20_261_125L, LocalDate.now());
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (int done = 0; done < toLoad; done += VendorBulkWriter.ROWS_PER_INSERT) {
                writer.insert(store.withoutClashes(generator.next(Math.min(VendorBulkWriter.ROWS_PER_INSERT, toLoad - done))),
                        null, now);
            }
        });
        dsl.execute("ANALYZE TABLE vendor");
        line(String.format(Locale.US, "loaded %,d generated vendors in %,d ms; table has %,d", toLoad,
                (System.nanoTime() - start) / 1_000_000, dsl.fetchCount(gov.buyamerican.portal.db.Tables.VENDOR)));
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
