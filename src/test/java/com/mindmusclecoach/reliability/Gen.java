package com.mindmusclecoach.reliability;

import org.junit.jupiter.api.DynamicTest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded source of generated input for the reliability tests, and the cases built from it.
 *
 * <p>{@link #cases} turns a master seed into {@code count} dynamic tests; each case draws its input from its own
 * case seed, shown in the test's name and in any failure. Two system properties explore or replay:
 * {@code -Dreliability.seed=N} (or {@code random}) replaces every master seed, and {@code -Dreliability.case=N}
 * runs the one case of that case seed (with {@code -Dtest=Class#method}).
 *
 * <p>Every value is drawn as a sequence of <em>choices</em>, each a number whose 0 is the simplest (the first
 * option, the shortest length, the number nearest zero), and the choices are recorded. A case drawn from its seed
 * draws exactly what {@link SplittableRandom} gives for that seed; a Gen made from recorded choices
 * ({@link #replaying}) draws the same values again from them, and reads 0 for any choice past their end. That is
 * what {@link Shrinker} works on: it changes the choices of a failing case (deletes list elements, lowers numbers)
 * and replays the generator, so whatever it finds is a value the generator can make.
 */
final class Gen {

    private static final int NAME_CHARS = 120;
    /** A replay that reads more choices than this is not a case (the shrinker drops it). */
    static final int MAX_CHOICES = 100_000;
    private static final int LIMB_BITS = 62;
    private static final long LIMB_MASK = (1L << LIMB_BITS) - 1;
    private static final long FRACTION_MAX = (1L << 53) - 1;

    /** Draws the choices; null when replaying. */
    private final SplittableRandom random;
    private final long[] replay;
    private long[] choices = new long[32];
    private int drawn;
    private final List<Span> spans = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private int depth;

    Gen(long seed) {
        this.random = new SplittableRandom(seed);
        this.replay = null;
    }

    private Gen(long[] replay) {
        this.random = null;
        this.replay = replay.clone();
    }

    /** A Gen that draws {@code choices} again, then 0 for every further choice. */
    static Gen replaying(long[] choices) {
        return new Gen(choices);
    }

    /**
     * {@code count} cases of one property: each generates its input with {@code generate} from its own seed and
     * checks it with {@code check}. A failing case is shrunk ({@link Shrinker}) and the failure names the
     * property, the case seed, the original input and the smallest input found failing the same way.
     */
    static <T> Stream<DynamicTest> cases(String property, long seed, int count, Function<Gen, T> generate,
                                         Function<T, String> describe, Consumer<T> check) {
        String replay = System.getProperty("reliability.case", "");
        if (!replay.isBlank()) {
            long caseSeed = Long.parseLong(replay.strip());
            return Stream.of(single(property, 0, caseSeed, generate, describe, check));
        }
        long[] seeds = caseSeeds(masterSeed(seed), count);
        return IntStream.range(0, count).mapToObj(i -> single(property, i, seeds[i], generate, describe, check));
    }

    /** The seeds of the {@code count} cases of master seed {@code seed}, in order. */
    static long[] caseSeeds(long seed, int count) {
        SplittableRandom master = new SplittableRandom(seed);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = master.nextLong();
        }
        return seeds;
    }

    private static <T> DynamicTest single(String property, int index, long caseSeed, Function<Gen, T> generate,
                                          Function<T, String> describe, Consumer<T> check) {
        Gen gen = new Gen(caseSeed);
        T input = generate.apply(gen);
        String described = describe.apply(input);
        return DynamicTest.dynamicTest("#" + index + " seed " + caseSeed + ": " + abbreviate(printable(described)), () -> {
            Throwable failure = Shrinker.failureOf(check, input);
            if (failure != null) {
                Shrinker.Counterexample<T> shrunk = Shrinker.shrink(property, index, caseSeed, gen, input, failure,
                        generate, check, Shrinker.Budget.fromProperties());
                throw new AssertionError(shrunk.report(describe), shrunk.minimalFailure());
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

    // ---- the values ----

    /** Between {@code min} and {@code max}, both included. */
    int between(int min, int max) {
        return (int) integer(min, max, nearestZero(min, max), () -> random.nextInt(min, max + 1));
    }

    boolean bool() {
        return choice(() -> random.nextBoolean() ? 1 : 0) != 0;
    }

    <T> T pick(List<T> values) {
        return values.get(index(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[index(values.length)];
    }

    /** The value of one of {@code generators}, chosen uniformly. */
    @SafeVarargs
    final <T> T oneOf(Function<Gen, ? extends T>... generators) {
        return pick(generators).apply(this);
    }

    /** The value of one of {@code generators}, each chosen with its weight; the first is the simplest. */
    <T> T weighted(List<Weighted<T>> generators) {
        int total = generators.stream().mapToInt(Weighted::weight).sum();
        int roll = index(total);
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
        int sizeChoice = drawn;
        int size = between(min, max);
        Span span = open(sizeChoice, min, max);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int start = drawn;
            values.add(element.apply(this));
            close(span, start, 1);
        }
        depth--;
        return values;
    }

    /** Any int, the extremes and small values more often than by chance. */
    int anyInt() {
        return switch (index(8)) {
            case 0 -> pick(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1);
            case 1 -> (int) integer(-1_000, 1_000, 0, () -> random.nextInt(-1_000, 1_001));
            default -> (int) integer(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, () -> random.nextInt());
        };
    }

    /** Any long, the extremes and small values more often than by chance. */
    long anyLong() {
        return switch (index(8)) {
            case 0 -> pick(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
            case 1 -> integer(-1_000, 1_000, 0, () -> random.nextLong(-1_000, 1_001));
            default -> integer(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> random.nextLong());
        };
    }

    /** Any finite double, of any magnitude and sign, and the extremes. */
    double anyDouble() {
        return switch (index(8)) {
            case 0 -> pick(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
            case 1 -> {
                // what SplittableRandom.nextDouble(-1_000, 1_000) computes; simplest: 0.0
                double r = fraction(0.5) * 2_000.0 + -1_000.0;
                yield r >= 1_000.0 ? Math.nextDown(1_000.0) : r;
            }
            default -> {
                double magnitude = fraction(0) * Math.pow(10, between(-20, 307));
                yield choice(() -> random.nextBoolean() ? 0 : 1) == 0 ? magnitude : -magnitude;
            }
        };
    }

    /** A big integer between {@code min} and {@code max}, both included, and those two more often. */
    BigInteger bigInteger(BigInteger min, BigInteger max) {
        if (index(10) == 0) {
            return pick(min, max, BigInteger.ZERO);
        }
        BigInteger range = max.subtract(min).add(BigInteger.ONE);
        BigInteger target = BigInteger.ZERO.max(min).min(max);
        // recorded as the distance from the target (positive first), in limbs of 62 bits, the highest first
        BigInteger code = random == null ? null : zigzag(min.add(new BigInteger(range.bitLength() + 8,
                new Random(random.nextLong())).mod(range)).subtract(target));
        int limbs = (range.bitLength() + 1) / LIMB_BITS + 1;
        BigInteger read = BigInteger.ZERO;
        for (int i = limbs - 1; i >= 0; i--) {
            int shift = i * LIMB_BITS;
            long limb = choice(() -> code.shiftRight(shift).longValue() & LIMB_MASK);
            read = read.shiftLeft(LIMB_BITS).or(BigInteger.valueOf(Long.compareUnsigned(limb, LIMB_MASK) > 0 ? LIMB_MASK : limb));
        }
        return target.add(unzigzag(read)).max(min).min(max);
    }

    /** Up to {@code maxLength} bytes, any values. */
    byte[] bytes(int maxLength) {
        int sizeChoice = drawn;
        byte[] bytes = new byte[between(0, maxLength)];
        Span span = open(sizeChoice, 0, maxLength);
        for (int i = 0; i < bytes.length; i++) {
            int start = drawn;
            bytes[i] = (byte) index(256);
            close(span, start, 1);
        }
        depth--;
        return bytes;
    }

    /**
     * Up to {@code maxLength} chars of any kind: ASCII, control characters, whitespace, any char of the basic
     * plane (lone surrogates and non-characters included) and pairs outside it. The simplest char is {@code a}.
     */
    String anyString(int maxLength) {
        int sizeChoice = drawn;
        int length = between(0, maxLength);
        Span span = open(sizeChoice, 0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int start = drawn;
            int before = text.length();
            switch (index(6)) {
                case 0, 1 -> text.append((char) integer(0x20, 0x7E, 'a', () -> random.nextInt(0x20, 0x7F)));
                case 2 -> text.append((char) between(0, 0x1F));
                case 3 -> text.append(pick(' ', '\u00A0', '\u2028', '\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '"', '\\'));
                case 4 -> text.append((char) index(0x10000));
                default -> text.appendCodePoint(between(0x10000, 0x10FFFF));
            }
            close(span, start, text.length() - before);
        }
        depth--;
        return text.length() > length ? text.substring(0, length) : text.toString();
    }

    /** A generator with a weight, for {@link #weighted}. */
    record Weighted<T>(int weight, Function<Gen, ? extends T> generator) {

        static <T> Weighted<T> of(int weight, Function<Gen, ? extends T> generator) {
            return new Weighted<>(weight, generator);
        }
    }

    // ---- the choices ----

    /** The choices drawn so far. */
    long[] choices() {
        return Arrays.copyOf(choices, drawn);
    }

    /** The lists (and strings and byte arrays) drawn so far, in the order they were begun. */
    List<Span> spans() {
        return List.copyOf(spans);
    }

    /** The elements of all lists drawn so far, in the order they were begun. */
    List<Element> elements() {
        return List.copyOf(elements);
    }

    /**
     * A list drawn: the index of the choice of its size, its bounds, and its elements. For a string the size is
     * its length and an element is one char or a surrogate pair (its weight: the chars it added).
     */
    record Span(int sizeChoice, int min, int max, List<Element> elements) {
    }

    /** The choices {@code [start, end)} that made one element of a list, nested {@code depth} lists deep. */
    record Element(int start, int end, int weight, int depth) {
    }

    private Span open(int sizeChoice, int min, int max) {
        Span span = new Span(sizeChoice, min, max, new ArrayList<>());
        spans.add(span);
        depth++;
        return span;
    }

    private void close(Span span, int start, int weight) {
        Element element = new Element(start, drawn, weight, depth - 1);
        span.elements().add(element);
        elements.add(element);
    }

    /** Thrown by a replay that reads more than {@link #MAX_CHOICES} choices. */
    static final class Overrun extends RuntimeException {

        Overrun() {
            super("more than " + MAX_CHOICES + " choices", null, false, false);
        }
    }

    /** The next choice: drawn at random by {@code draw} (already encoded), or the next one replayed. */
    private long choice(LongSupplier draw) {
        long value;
        if (random != null) {
            value = draw.getAsLong();
        } else if (drawn >= MAX_CHOICES) {
            throw new Overrun();
        } else {
            value = drawn < replay.length ? replay[drawn] : 0;
        }
        if (drawn == choices.length) {
            choices = Arrays.copyOf(choices, drawn * 2);
        }
        choices[drawn++] = value;
        return value;
    }

    /** An index below {@code bound}; 0 is the simplest. */
    private int index(int bound) {
        long choice = choice(() -> random.nextInt(bound));
        return (int) (Long.compareUnsigned(choice, bound - 1) > 0 ? bound - 1 : choice);
    }

    /** A fraction in [0, 1) of 53 bits, as {@link SplittableRandom#nextDouble()} draws it; {@code simplest} first. */
    private double fraction(double simplest) {
        long target = (long) (simplest * 0x1p53);
        return integer(0, FRACTION_MAX, target, () -> (long) (random.nextDouble() * 0x1p53)) * 0x1p-53;
    }

    /** A number in {@code [min, max]} drawn by {@code draw}, recorded as its distance from {@code target}. */
    private long integer(long min, long max, long target, LongSupplier draw) {
        return decode(choice(() -> encode(draw.getAsLong(), min, max, target)), min, max, target);
    }

    /** The number in {@code [min, max]} nearest zero: the simplest. */
    static long nearestZero(long min, long max) {
        return Math.max(min, Math.min(max, 0));
    }

    /**
     * The choice for {@code value}: its distance from {@code target}, unsigned; when the range is on both sides of
     * the target, positive and negative take turns (0, 1, -1, 2, -2, ...).
     */
    static long encode(long value, long min, long max, long target) {
        if (target == min) {
            return value - min;
        }
        if (target == max) {
            return max - value;
        }
        return zigzag(value - target);
    }

    /** The value of choice {@code choice}; a choice past the range means its end. */
    static long decode(long choice, long min, long max, long target) {
        if (target == min) {
            return Long.compareUnsigned(choice, max - min) > 0 ? max : min + choice;
        }
        if (target == max) {
            return Long.compareUnsigned(choice, max - min) > 0 ? min : max - choice;
        }
        long distance = unzigzag(choice);
        long value = target + distance;
        if (((target ^ value) & (distance ^ value)) < 0) {
            value = distance < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return Math.max(min, Math.min(max, value));
    }

    private static long zigzag(long distance) {
        if (distance == Long.MIN_VALUE) {
            return -1L;
        }
        return distance > 0 ? 2 * distance - 1 : -2 * distance;
    }

    private static long unzigzag(long choice) {
        if (choice == -1L) {
            return Long.MIN_VALUE;
        }
        return (choice & 1) == 1 ? (choice >>> 1) + 1 : -(choice >>> 1);
    }

    private static BigInteger zigzag(BigInteger distance) {
        return distance.signum() > 0 ? distance.shiftLeft(1).subtract(BigInteger.ONE) : distance.negate().shiftLeft(1);
    }

    private static BigInteger unzigzag(BigInteger choice) {
        return choice.testBit(0) ? choice.add(BigInteger.ONE).shiftRight(1) : choice.shiftRight(1).negate();
    }
}
