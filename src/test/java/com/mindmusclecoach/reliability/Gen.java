package com.mindmusclecoach.reliability;

import org.junit.jupiter.api.DynamicTest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded source of generated input for the reliability tests, and the cases built from it.
 *
 * <p>{@link #cases} turns a master seed into {@code count} dynamic tests; each case draws its input from its own
 * case seed, shown in the test's name and in any failure together with the whole input. Two system properties
 * explore or replay: {@code -Dreliability.seed=N} (or {@code random}) replaces every master seed, and
 * {@code -Dreliability.case=N} runs the one case of that case seed (with {@code -Dtest=Class#method}).
 */
final class Gen {

    private static final int NAME_CHARS = 120;

    private final SplittableRandom random;

    Gen(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@code count} cases of one property: each generates its input with {@code generate} from its own seed and
     * checks it with {@code check}; a failure names the property, the case seed and {@code describe} of the input.
     */
    static <T> Stream<DynamicTest> cases(String property, long seed, int count, Function<Gen, T> generate,
                                         Function<T, String> describe, Consumer<T> check) {
        String replay = System.getProperty("reliability.case", "");
        if (!replay.isBlank()) {
            long caseSeed = Long.parseLong(replay.strip());
            return Stream.of(single(property, 0, caseSeed, generate, describe, check));
        }
        SplittableRandom master = new SplittableRandom(masterSeed(seed));
        return IntStream.range(0, count)
                .mapToObj(i -> single(property, i, master.nextLong(), generate, describe, check));
    }

    private static <T> DynamicTest single(String property, int index, long caseSeed, Function<Gen, T> generate,
                                          Function<T, String> describe, Consumer<T> check) {
        T input = generate.apply(new Gen(caseSeed));
        String described = describe.apply(input);
        return DynamicTest.dynamicTest("#" + index + " seed " + caseSeed + ": " + abbreviate(printable(described)), () -> {
            try {
                check.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError(property + ", case #" + index + " failed; replay with -Dreliability.case="
                        + caseSeed + "\ninput: " + printable(described) + "\n" + failure.getMessage(), failure);
            }
        });
    }

    private static long masterSeed(long seed) {
        String override = System.getProperty("reliability.seed", "").strip();
        if (override.isEmpty()) {
            return seed;
        }
        long chosen = override.equals("random") ? new SplittableRandom().nextLong() : Long.parseLong(override);
        System.out.println("reliability: master seed " + chosen);
        return chosen;
    }

    /** {@code text} with control characters, non-characters and anything outside ASCII written as escapes. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= NAME_CHARS ? text : text.substring(0, NAME_CHARS) + "... (" + text.length() + " chars)";
    }

    /** Between {@code min} and {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    boolean bool() {
        return random.nextBoolean();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** The value of one of {@code generators}, chosen uniformly. */
    @SafeVarargs
    final <T> T oneOf(Function<Gen, ? extends T>... generators) {
        return pick(generators).apply(this);
    }

    /** The value of one of {@code generators}, each chosen with its weight. */
    <T> T weighted(List<Weighted<T>> generators) {
        int total = generators.stream().mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted<T> generator : generators) {
            roll -= generator.weight();
            if (roll < 0) {
                return generator.generator().apply(this);
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }

    /** A list of {@code min} to {@code max} elements, the size chosen uniformly. */
    <T> List<T> list(int min, int max, Function<Gen, T> element) {
        int size = between(min, max);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(element.apply(this));
        }
        return values;
    }

    /** Any int, the extremes and small values more often than by chance. */
    int anyInt() {
        return switch (random.nextInt(8)) {
            case 0 -> pick(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1);
            case 1 -> random.nextInt(-1_000, 1_001);
            default -> random.nextInt();
        };
    }

    /** Any long, the extremes and small values more often than by chance. */
    long anyLong() {
        return switch (random.nextInt(8)) {
            case 0 -> pick(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
            case 1 -> random.nextLong(-1_000, 1_001);
            default -> random.nextLong();
        };
    }

    /** Any finite double, of any magnitude and sign, and the extremes. */
    double anyDouble() {
        return switch (random.nextInt(8)) {
            case 0 -> pick(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
            case 1 -> random.nextDouble(-1_000, 1_000);
            default -> {
                double magnitude = random.nextDouble() * Math.pow(10, random.nextInt(-20, 308));
                yield random.nextBoolean() ? magnitude : -magnitude;
            }
        };
    }

    /** A big integer between {@code min} and {@code max}, both included, and those two more often. */
    BigInteger bigInteger(BigInteger min, BigInteger max) {
        if (random.nextInt(10) == 0) {
            return pick(min, max, BigInteger.ZERO);
        }
        BigInteger range = max.subtract(min).add(BigInteger.ONE);
        BigInteger drawn = new BigInteger(range.bitLength() + 8, new Random(random.nextLong()));
        return min.add(drawn.mod(range));
    }

    /** Up to {@code maxLength} bytes, any values. */
    byte[] bytes(int maxLength) {
        byte[] bytes = new byte[between(0, maxLength)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /**
     * Up to {@code maxLength} chars of any kind: ASCII, control characters, whitespace, any char of the basic
     * plane (lone surrogates and non-characters included) and pairs outside it.
     */
    String anyString(int maxLength) {
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0, 1 -> text.append((char) random.nextInt(0x20, 0x7F));
                case 2 -> text.append((char) random.nextInt(0, 0x20));
                case 3 -> text.append(pick(' ', '\u00A0', '\u2028', '\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '"', '\\'));
                case 4 -> text.append((char) random.nextInt(0x10000));
                default -> text.appendCodePoint(random.nextInt(0x10000, 0x110000));
            }
        }
        return text.length() > length ? text.substring(0, length) : text.toString();
    }

    /** A generator with a weight, for {@link #weighted}. */
    record Weighted<T>(int weight, Function<Gen, ? extends T> generator) {

        static <T> Weighted<T> of(int weight, Function<Gen, ? extends T> generator) {
            return new Weighted<>(weight, generator);
        }
    }
}
