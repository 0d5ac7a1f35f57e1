package gov.buyamerican.portal.attestation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in a sliding window, in memory (one application instance). Used to slow down guessing of
 * invitation tokens (failures per client address) and the use of one token.
 */
public final class RateLimiter {

    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** True if {@code key} has had fewer than {@code max} events in the last {@code window}. */
    public boolean allowed(String key, int max, Duration window) {
        Deque<Instant> q = events.get(key);
        if (q == null) {
            return true;
        }
        synchronized (q) {
            prune(q, window);
            return q.size() < max;
        }
    }

    /** Records one event for {@code key}. */
    public void hit(String key, Duration window) {
        Deque<Instant> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, window);
            q.addLast(clock.instant());
        }
        if (events.size() > 10_000) {
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), window);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> q, Duration window) {
        Instant from = clock.instant().minus(window);
        while (!q.isEmpty() && !q.peekFirst().isAfter(from)) {
            q.removeFirst();
        }
    }
}
