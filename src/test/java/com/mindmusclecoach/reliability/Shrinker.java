package com.mindmusclecoach.reliability;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Shrinks a failing case of a {@link Gen} property to a small one that fails the same way, by working on the
 * choices the case was drawn from, not on its value (the "internal shrinking" of Hypothesis). A candidate is a
 * changed sequence of choices; the generator is replayed on it ({@link Gen#replaying}), so every candidate is a
 * value the generator can make, and the property is run on that value. The candidate is kept only if it fails
 * the same way (the same kind of failure at the same place: see {@link #sameFailure}) and its choices are
 * simpler (fewer, or as many and smaller at the first difference), so shrinking always ends.
 *
 * <p>The passes, repeated until none finds anything or the budget is spent:
 * <ol>
 * <li>delete elements of lists, strings and byte arrays, in runs of halving length, lowering the size choice
 * to match;</li>
 * <li>delete runs of 4, 2 and 1 choices wherever they are;</li>
 * <li>make each element the simplest one (all its choices 0);</li>
 * <li>lower each choice: first to 0, then by binary search to the lowest that still fails.</li>
 * </ol>
 * When a change makes an element read fewer or more choices than before, the choices after it are moved so that
 * the following elements are drawn from the same choices as before.
 *
 * <p>Nothing of this runs for a passing case. The budget ({@code -Dreliability.shrink.runs}, default 1,000
 * runs of the property, and {@code -Dreliability.shrink.seconds}, default 30) bounds a failing one; when it is
 * spent, the smallest case found so far is reported.
 */
final class Shrinker<T> {

    /** How many runs of the property, and how long, shrinking may take. */
    record Budget(int runs, Duration time) {

        static final Budget DEFAULT = new Budget(1_000, Duration.ofSeconds(30));

        static Budget fromProperties() {
            return new Budget(Integer.getInteger("reliability.shrink.runs", DEFAULT.runs()),
                    Duration.ofSeconds(Long.getLong("reliability.shrink.seconds", DEFAULT.time().toSeconds())));
        }
    }

    /** A case that failed, and the smallest case found that fails the same way. */
    record Counterexample<T>(String property, int index, long caseSeed, T original, int originalChoices,
                             Throwable originalFailure, T minimal, int minimalChoices, Throwable minimalFailure,
                             int runs, long millis, boolean budgetSpent) {

        /** The failure as a person reads it: the seed, the sizes, the minimal case and how it fails. */
        String report(Function<T, String> describe) {
            StringBuilder out = new StringBuilder();
            out.append(property).append(", case #").append(index).append(" failed; replay with -Dreliability.case=")
                    .append(caseSeed).append('\n');
            out.append("shrunk from ").append(size(original, originalChoices)).append(" to ")
                    .append(size(minimal, minimalChoices)).append(" in ").append(runs).append(runs == 1 ? " run" : " runs")
                    .append(" of the property, ").append(millis).append(" ms")
                    .append(budgetSpent ? " (the shrinking budget ran out: maybe not the smallest)" : "").append(";\n");
            out.append("minimal case:\n").append(shown(minimal, describe));
            out.append("minimal case fails with: ").append(message(minimalFailure)).append('\n');
            out.append("original input: ").append(Gen.printable(describe.apply(original))).append('\n');
            out.append("original failure: ").append(message(originalFailure));
            return out.toString();
        }

        private static String size(Object value, int choices) {
            String elements = value instanceof Collection<?> collection ? collection.size() + " elements, " : "";
            return elements + choices + (choices == 1 ? " choice" : " choices");
        }

        private static <T> String shown(T value, Function<T, String> describe) {
            StringBuilder out = new StringBuilder();
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    out.append("  ").append(i + 1).append(". ").append(Gen.printable(String.valueOf(list.get(i)))).append('\n');
                }
                if (list.isEmpty()) {
                    out.append("  (no elements)\n");
                }
            } else {
                out.append("  ").append(Gen.printable(describe.apply(value))).append('\n');
            }
            return out.toString();
        }

        private static String message(Throwable failure) {
            return failure instanceof AssertionError && failure.getMessage() != null ? failure.getMessage() : failure.toString();
        }
    }

    private final Function<Gen, T> generate;
    private final Consumer<T> check;
    private final Throwable originalFailure;
    private final Budget budget;
    private final long deadline;
    private final Set<Key> tried = new HashSet<>();
    private int runs;
    private boolean spent;
    private Case<T> best;

    private record Case<T>(long[] choices, List<Gen.Span> spans, List<Gen.Element> elements, T value, Throwable failure) {
    }

    private Shrinker(Function<Gen, T> generate, Consumer<T> check, Throwable failure, Budget budget, Case<T> start) {
        this.generate = generate;
        this.check = check;
        this.originalFailure = failure;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.time().toNanos();
        this.best = start;
    }

    /** What {@code check} throws for {@code input}, or null if it passes. */
    static <T> Throwable failureOf(Consumer<T> check, T input) {
        try {
            check.accept(input);
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    /** The case of seed {@code caseSeed} shrunk, if it fails {@code check}. */
    static <T> Optional<Counterexample<T>> counterexample(String property, int index, long caseSeed,
                                                                    Function<Gen, T> generate, Consumer<T> check,
                                                                    Budget budget) {
        Gen gen = new Gen(caseSeed);
        T input = generate.apply(gen);
        Throwable failure = failureOf(check, input);
        return failure == null ? Optional.empty()
                : Optional.of(shrink(property, index, caseSeed, gen, input, failure, generate, check, budget));
    }

    /** The first failing case of {@code count} from master seed {@code seed} (as {@link Gen#cases} runs them), shrunk. */
    static <T> Optional<Counterexample<T>> falsify(String property, long seed, int count,
                                                             Function<Gen, T> generate, Consumer<T> check, Budget budget) {
        long[] seeds = Gen.caseSeeds(seed, count);
        for (int i = 0; i < count; i++) {
            Optional<Counterexample<T>> found = counterexample(property, i, seeds[i], generate, check, budget);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Shrinks {@code input}, drawn by {@code gen}, which failed {@code check} with {@code failure}. */
    static <T> Counterexample<T> shrink(String property, int index, long caseSeed, Gen gen, T input, Throwable failure,
                                        Function<Gen, T> generate, Consumer<T> check, Budget budget) {
        long started = System.nanoTime();
        Case<T> original = new Case<>(gen.choices(), gen.spans(), gen.elements(), input, failure);
        Shrinker<T> shrinker = new Shrinker<>(generate, check, failure, budget, original);
        shrinker.run();
        Case<T> minimal = shrinker.best;
        return new Counterexample<>(property, index, caseSeed, input, original.choices().length, failure, minimal.value(),
                minimal.choices().length, minimal.failure(), shrinker.runs, (System.nanoTime() - started) / 1_000_000,
                shrinker.spent);
    }

    private void run() {
        tried.add(new Key(best.choices()));
        boolean improved = true;
        while (improved && !spent()) {
            improved = deleteElements();
            improved |= deleteChoices();
            improved |= simplifyElements();
            improved |= lowerChoices();
        }
    }

    /** Pass 1: runs of elements of each list, halving in length, from the end. */
    private boolean deleteElements() {
        boolean improved = false;
        for (int s = 0; s < best.spans().size() && !spent(); s++) {
            int count = best.spans().get(s).elements().size();
            for (int run = Integer.highestOneBit(Math.max(count, 1)); run >= 1 && !spent(); run /= 2) {
                for (int i = best.spans().get(s).elements().size() - run; i >= 0 && !spent(); i--) {
                    if (s < best.spans().size() && i + run <= best.spans().get(s).elements().size()) {
                        improved |= deleteElements(best.spans().get(s), i, run);
                    }
                }
            }
        }
        return improved;
    }

    private boolean deleteElements(Gen.Span span, int from, int run) {
        List<Gen.Element> elements = span.elements();
        long[] choices = best.choices();
        long min = span.min();
        long max = span.max();
        long target = Gen.nearestZero(min, max);
        long size = Gen.decode(choices[span.sizeChoice()], min, max, target);
        int weight = 0;
        for (int i = from; i < from + run; i++) {
            weight += elements.get(i).weight();
        }
        if (size - weight < min) {
            return false;
        }
        int start = elements.get(from).start();
        int end = elements.get(from + run - 1).end();
        long[] candidate = splice(choices, start, end, new long[0]);
        candidate[span.sizeChoice()] = Gen.encode(size - weight, min, max, target);
        return consider(candidate);
    }

    /** Pass 2: runs of 4, 2 and 1 choices anywhere, from the end. */
    private boolean deleteChoices() {
        boolean improved = false;
        for (int run = 4; run >= 1 && !spent(); run /= 2) {
            for (int i = best.choices().length - run; i >= 0 && !spent(); i--) {
                if (i + run <= best.choices().length) {
                    improved |= consider(splice(best.choices(), i, i + run, new long[0]));
                }
            }
        }
        return improved;
    }

    /** Pass 3: each element made the simplest, all its choices 0. */
    private boolean simplifyElements() {
        boolean improved = false;
        for (int e = 0; e < best.elements().size() && !spent(); e++) {
            Gen.Element element = best.elements().get(e);
            long[] choices = best.choices();
            boolean simplest = true;
            for (int i = element.start(); i < element.end(); i++) {
                simplest &= choices[i] == 0;
            }
            if (!simplest) {
                long[] zeros = new long[element.end() - element.start()];
                improved |= consider(realign(splice(choices, element.start(), element.end(), zeros), element));
            }
        }
        return improved;
    }

    /** Pass 4: each choice lowered to 0, or else to the lowest that still fails. */
    private boolean lowerChoices() {
        boolean improved = false;
        for (int i = 0; i < best.choices().length && !spent(); i++) {
            long value = best.choices()[i];
            if (value == 0) {
                continue;
            }
            if (lower(i, 0)) {
                improved = true;
                continue;
            }
            improved |= search(i, value, false);
            if (i < best.choices().length && best.choices()[i] > 1) {
                improved |= search(i, best.choices()[i], true);
            }
        }
        return improved;
    }

    /**
     * Binary search for the lowest value of choice {@code index} that still fails, below {@code value}; with
     * {@code sameParity}, among values of the parity of {@code value} only: for a number on both sides of its
     * simplest value, odd and even choices are the two sides ({@link Gen#encode}).
     */
    private boolean search(int index, long value, boolean sameParity) {
        long parity = sameParity ? value & 1 : 0;
        int shift = sameParity ? 1 : 0;
        long failing = value >>> shift;
        long passing = 0;
        boolean improved = false;
        while (Long.compareUnsigned(failing - passing, 1) > 0 && !spent()) {
            long middle = passing + ((failing - passing) >>> 1);
            if (lower(index, middle << shift | parity)) {
                failing = middle;
                improved = true;
            } else {
                passing = middle;
            }
        }
        return improved;
    }

    private boolean lower(int index, long value) {
        if (index >= best.choices().length) {
            return false;
        }
        long[] candidate = best.choices().clone();
        candidate[index] = value;
        Gen.Element around = innermost(index);
        return consider(around == null ? candidate : realign(candidate, around));
    }

    /** The innermost element of the best case that {@code index} belongs to. */
    private Gen.Element innermost(int index) {
        Gen.Element found = null;
        for (Gen.Element element : best.elements()) {
            if (element.start() <= index && index < element.end() && (found == null || element.depth() > found.depth())) {
                found = element;
            }
        }
        return found;
    }

    /**
     * {@code candidate}, changed inside {@code element}, with the choices after that element moved so that they
     * are read by the same elements as before: choices the changed element no longer reads are dropped, and
     * zeros inserted for those it reads now that belonged to the next ones.
     */
    private long[] realign(long[] candidate, Gen.Element element) {
        int end = element.end();
        for (int round = 0; round < 4; round++) {
            Gen replayed = replay(candidate);
            if (replayed == null) {
                return candidate;
            }
            Gen.Element now = replayed.elements().stream()
                    .filter(e -> e.start() == element.start() && e.depth() == element.depth()).findFirst().orElse(null);
            if (now == null || now.end() == end) {
                return candidate;
            }
            if (now.end() < end) {
                return splice(candidate, now.end(), end, new long[0]);
            }
            candidate = splice(candidate, end, end, new long[now.end() - end]);
            end = now.end();
        }
        return candidate;
    }

    /** Keeps {@code candidate} as the best case if it is simpler and fails the same way. */
    private boolean consider(long[] candidate) {
        if (spent()) {
            return false;
        }
        Gen replayed;
        T value;
        try {
            replayed = Gen.replaying(candidate);
            value = generate.apply(replayed);
        } catch (RuntimeException notACase) {
            return false;
        }
        long[] read = replayed.choices();
        if (!simpler(read, best.choices()) || !tried.add(new Key(read))) {
            return false;
        }
        runs++;
        Throwable failure = failureOf(check, value);
        if (failure == null || !sameFailure(failure, originalFailure)) {
            return false;
        }
        best = new Case<>(read, replayed.spans(), replayed.elements(), value, failure);
        return true;
    }

    private Gen replay(long[] candidate) {
        try {
            Gen replayed = Gen.replaying(candidate);
            generate.apply(replayed);
            return replayed;
        } catch (RuntimeException notACase) {
            return null;
        }
    }

    private boolean spent() {
        if (!spent && (runs >= budget.runs() || System.nanoTime() - deadline >= 0)) {
            spent = true;
        }
        return spent;
    }

    /** Fewer choices, or as many and the first that differs smaller. */
    static boolean simpler(long[] candidate, long[] than) {
        if (candidate.length != than.length) {
            return candidate.length < than.length;
        }
        for (int i = 0; i < candidate.length; i++) {
            if (candidate[i] != than[i]) {
                return Long.compareUnsigned(candidate[i], than[i]) < 0;
            }
        }
        return false;
    }

    /**
     * The same kind of failure (any assertion error, or the same exception class) thrown from the same line: the
     * first frame of the stack outside the JDK, AssertJ and JUnit.
     */
    static boolean sameFailure(Throwable failure, Throwable original) {
        return signature(failure).equals(signature(original));
    }

    static String signature(Throwable failure) {
        String kind = failure instanceof AssertionError ? "assertion" : failure.getClass().getName();
        for (StackTraceElement frame : failure.getStackTrace()) {
            String name = frame.getClassName();
            if (!(name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                    || name.startsWith("org.assertj.") || name.startsWith("org.junit.") || name.startsWith("org.opentest4j."))) {
                return kind + " at " + name + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return kind;
    }

    /** {@code choices} with {@code [from, to)} replaced by {@code with}. */
    private static long[] splice(long[] choices, int from, int to, long[] with) {
        long[] spliced = new long[choices.length - (to - from) + with.length];
        System.arraycopy(choices, 0, spliced, 0, from);
        System.arraycopy(with, 0, spliced, from, with.length);
        System.arraycopy(choices, to, spliced, from + with.length, choices.length - to);
        return spliced;
    }

    private record Key(long[] choices) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(choices, key.choices);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(choices);
        }
    }
}
