package gov.buyamerican.portal.shared.identifiers;

import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Generates random, well-formed UEIs for demo data, tests and benchmarks.
 *
 * <p>Every generated value passes {@link Uei#validate(String)}. The values are not registered in SAM.gov, and
 * their 12th character is random (the real check-character algorithm is not published), so they must never
 * be presented as real entities.
 *
 * <p>With the same seed, {@link #UeiGenerator(long)} produces the same sequence on every JDK
 * ({@link Random}'s algorithm is specified). Not thread-safe.
 */
public final class UeiGenerator {

    /** Characters a UEI may contain: digits and the letters other than O and I. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final int DIGITS = 10;

    private final RandomGenerator random;

    /**
     * @param seed seed of a {@link Random}; the same seed gives the same UEIs
     */
    public UeiGenerator(long seed) {
        this(new Random(seed));
    }

    /**
     * @param random source of randomness, not null
     */
    public UeiGenerator(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @return a new well-formed UEI (duplicates are possible, though unlikely: about 10<sup>18</sup> values)
     */
    public String next() {
        char[] chars = new char[Uei.LENGTH];
        int digitRun = 0;
        for (int i = 0; i < chars.length; i++) {
            char c;
            if (i == 0) {
                c = ALPHABET.charAt(1 + random.nextInt(ALPHABET.length() - 1)); // anything but '0'
            } else if (digitRun == Uei.MAX_DIGIT_RUN) {
                c = ALPHABET.charAt(DIGITS + random.nextInt(ALPHABET.length() - DIGITS)); // a letter
            } else {
                c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            digitRun = Chars.isAsciiDigit(c) ? digitRun + 1 : 0;
            chars[i] = c;
        }
        return new String(chars);
    }
}
