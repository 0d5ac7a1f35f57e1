package gov.buyamerican.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average (Linux {@code /proc/loadavg}) as the benchmarks print it, with the highest 1-minute
 * value seen, so that a benchmark can tell a missed target from a machine kept busy by other processes.
 */
final class LoadWatch {

    private double max;

    /** {@return "1m / 5m / 15m (1 / 5 / 15 min)", or "unknown"; remembers the 1-minute value} */
    String read() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            max = Math.max(max, Double.parseDouble(parts[0]));
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** {@return the highest 1-minute load average read so far} */
    double max() {
        return max;
    }

    /** {@return true when the 1-minute load average went above the number of CPUs at some reading} */
    boolean overloaded() {
        return max > Runtime.getRuntime().availableProcessors();
    }
}
