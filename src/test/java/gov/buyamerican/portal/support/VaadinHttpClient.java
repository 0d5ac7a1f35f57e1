package gov.buyamerican.portal.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser without a browser: speaks Vaadin Flow's own client-server protocol over plain HTTP, as the Flow client in a
 * browser does. One instance is one user with one cookie jar (one HTTP session) and at most one UI:
 * <ol>
 * <li>{@link #login}: GET {@code /login} (a session and Spring's CSRF token), POST the login form;</li>
 * <li>{@link #open}: GET the page, then {@code ?v-r=init&location=...} (the bootstrap: the UI id, the
 * {@code Vaadin-Security-Key} that every later request carries as {@code csrfToken}, and the first UIDL);</li>
 * <li>{@link #navigate}: a {@code ui-navigate} event on the UI's root node (what a router link or the back button
 * sends);</li>
 * <li>{@link #fetchGridPage}: the grid's {@code setViewportRange} (what a scrolling grid sends);</li>
 * <li>{@link #setValue}: a property sync of {@code value} plus the {@code change} event (typing into a field).</li>
 * </ol>
 * Every UIDL request carries the server's last {@code syncId} and the client's message counter {@code clientId}, as the
 * real client does; the answer's {@code changes} are read to keep a map of node id to tag and to element id, so that
 * the grid and fields can be found. Not thread-safe: one virtual user per thread.
 */
public final class VaadinHttpClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    /** This user's cookies (one HttpClient may serve many users: the cookies are kept here, not in the client). */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId = 0;
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> elementIds = new HashMap<>();
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private int lastResponseBytes;

    /** A user with its own connection pool. */
    public VaadinHttpClient(String baseUrl) {
        this(baseUrl, newHttpClient());
    }

    /** A user sharing the connection pool of {@code http} (which must not keep cookies itself). */
    public VaadinHttpClient(String baseUrl, HttpClient http) {
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.http = http;
    }

    /** An HTTP client for any number of users: no redirects followed, no cookies kept. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The session cookie's value, or null. */
    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    /** Replaces the session cookie (to replay an old one). */
    public void useSessionId(String id) {
        cookies.clear();
        cookies.put("JSESSIONID", id);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> r = http.send(request, handler);
        for (String header : r.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return r;
    }

    /** Logs in through the form; returns where the server sent the browser ("/" on success, "/login?error" not). */
    public String login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login");
        String csrf = csrfToken(page.body());
        StringBuilder form = new StringBuilder("username=").append(enc(username)).append("&password=").append(enc(password));
        if (csrf != null) {
            form.append("&_csrf=").append(enc(csrf));
        }
        HttpResponse<String> r = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("status " + r.statusCode());
    }

    private static String csrfToken(String html) {
        Matcher m = CSRF_META.matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        m = CSRF_INPUT.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** A plain GET of a path (no redirects followed). */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a route as a browser does: the page, then the UI bootstrap. Returns the HTTP status of the bootstrap (200
     * with a UI; a redirect to the login page when the session is not logged in).
     */
    public int open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = get(route);
        if (page.statusCode() != 200) {
            return page.statusCode();
        }
        HttpResponse<String> init = get("?v-r=init&location=" + enc(route)
                + "&query=&v-sh=860&v-sw=1366&v-wh=860&v-ww=1366&v-bh=860&v-bw=1366&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=bench&v-td=false"
                + "&v-pr=1&v-np=Linux");
        if (init.statusCode() != 200) {
            return init.statusCode();
        }
        JsonNode json = JSON.readTree(init.body());
        JsonNode config = json.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        tags.clear();
        elementIds.clear();
        sizes.clear();
        clientId = 0;
        read(uidl);
        if (uiId < 0 || securityKey == null) {
            return -1;
        }
        // the client-side router then asks the server to render the route, as after any navigation
        navigate(route);
        return 200;
    }

    /** Navigates the open UI to a route, as a router link does. Returns the UIDL answer. */
    public JsonNode navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        ObjectNode state = data.putObject("historyState");
        state.put("idx", clientId);
        data.put("trigger", "link");
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        rpc.set("data", data);
        return uidl(rpc);
    }

    /**
     * Asks the grid on the page for rows [start, start + length), as a scrolling grid does; a start beyond the grid's
     * size (as the server last sent it) is moved back into it, as a browser never asks past the end.
     */
    public JsonNode fetchGridPage(int start, int length) throws IOException, InterruptedException {
        int grid = nodeWithTag("vaadin-grid").orElseThrow(() -> new IllegalStateException("no grid on the page"));
        int size = sizes.getOrDefault(grid, 0);
        if (start >= size) {
            start = size <= length ? 0 : start % (size - length + 1);
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", grid);
        rpc.put("templateEventMethodName", "setViewportRange");
        ArrayNode args = rpc.putArray("templateEventMethodArgs");
        args.add(start);
        args.add(length);
        rpc.put("promise", 0);
        return uidl(rpc);
    }

    /** Types a value into the field with this element id and leaves it (property sync + change event). */
    public JsonNode setValue(String elementId, String value) throws IOException, InterruptedException {
        int node = elementIds.entrySet().stream().filter(e -> e.getValue().equals(elementId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("no element with id " + elementId));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        ObjectNode change = JSON.createObjectNode();
        change.put("type", "event");
        change.put("node", node);
        change.put("event", "change");
        change.putObject("data");
        return uidl(sync, change);
    }

    /** Sends a heartbeat for the open UI; returns the HTTP status. */
    public int heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> r = send(request("?v-r=heartbeat&v-uiId=" + uiId)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    /** Sends one UIDL message with these RPC invocations and reads the answer. */
    public JsonNode uidl(JsonNode... invocations) throws IOException, InterruptedException {
        if (uiId < 0) {
            throw new IllegalStateException("no UI open");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        for (JsonNode i : invocations) {
            rpc.add(i);
        }
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> r = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("UIDL request answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        String text = r.body();
        lastResponseBytes = text.length();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && answer.path("meta").has("sessionExpired")) {
            throw new IOException("session expired");
        }
        if (answer.has("meta") && answer.path("meta").has("appError")) {
            throw new IOException("application error: " + abbreviate(answer.path("meta").toString()));
        }
        clientId++;
        read(answer);
        return answer;
    }

    private void read(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode c : uidl.path("changes")) {
            if ("detach".equals(c.path("type").asString(""))) {
                tags.remove(c.path("node").asInt());
                sizes.remove(c.path("node").asInt());
                elementIds.remove(c.path("node").asInt());
            } else if ("put".equals(c.path("type").asString("")) && c.has("value")) {
                String key = c.path("key").asString("");
                if (key.equals("tag")) {
                    tags.put(c.path("node").asInt(), c.path("value").asString(""));
                } else if (key.equals("id")) {
                    elementIds.put(c.path("node").asInt(), c.path("value").asString(""));
                } else if (key.equals("size") && c.path("value").isNumber()) {
                    sizes.put(c.path("node").asInt(), c.path("value").asInt());
                }
            }
        }
    }

    /** The node id of the last attached element with this tag. */
    public Optional<Integer> nodeWithTag(String tag) {
        return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    public List<String> elementIdsOnPage() {
        return new ArrayList<>(elementIds.values());
    }

    public List<String> tagsOnPage() {
        return new ArrayList<>(tags.values());
    }

    public int lastResponseBytes() {
        return lastResponseBytes;
    }

    public int uiId() {
        return uiId;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
