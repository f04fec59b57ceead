package com.mindmusclecoach.reliability;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * The generator of the reliability tests and its shrinker: a seed still draws what it drew before shrinking
 * existed, recorded choices replay to the same value, a passing property runs once per case, and a failing one is
 * reduced to a minimal case that fails the same way, within its budget.
 */
class GenTest {

    private static final Shrinker.Budget BUDGET = new Shrinker.Budget(5_000, Duration.ofSeconds(60));

    @Test
    void aSeed_drawsWhatSplittableRandomDrawsForIt() {
        for (long seed = 0; seed < 200; seed++) {
            Gen gen = new Gen(seed);
            SplittableRandom random = new SplittableRandom(seed);
            assertThat(gen.between(-30, 200)).isEqualTo(random.nextInt(-30, 201));
            assertThat(gen.between(4, 24)).isEqualTo(random.nextInt(4, 25));
            assertThat(gen.bool()).isEqualTo(random.nextBoolean());
            assertThat(gen.pick("a", "b", "c", "d", "e")).isEqualTo(List.of("a", "b", "c", "d", "e").get(random.nextInt(5)));
            int kind = random.nextInt(8);
            int anyInt = gen.anyInt();
            if (kind >= 2) {
                assertThat(anyInt).isEqualTo(random.nextInt());
            } else if (kind == 1) {
                assertThat(anyInt).isEqualTo(random.nextInt(-1_000, 1_001));
            } else {
                random.nextInt(7);
            }
            kind = random.nextInt(8);
            double anyDouble = gen.anyDouble();
            if (kind == 1) {
                assertThat(anyDouble).isEqualTo(random.nextDouble(-1_000, 1_000));
            } else if (kind >= 2) {
                double magnitude = random.nextDouble() * Math.pow(10, random.nextInt(-20, 308));
                assertThat(anyDouble).isEqualTo(random.nextBoolean() ? magnitude : -magnitude);
            } else {
                random.nextInt(8);
            }
        }
    }

    @Test
    void theChoicesOfAnyValue_replayToTheSameValue() {
        for (long seed = 0; seed < 2_000; seed++) {
            Gen drawn = new Gen(seed);
            String value = everything(drawn);
            Gen replayed = Gen.replaying(drawn.choices());
            assertThat(everything(replayed)).as("seed %d", seed).isEqualTo(value);
            assertThat(replayed.choices()).isEqualTo(drawn.choices());
        }
    }

    @Test
    void noChoicesAtAll_replayToTheSimplestValue() {
        Gen simplest = Gen.replaying(new long[0]);

        assertThat(simplest.between(3, 9)).isEqualTo(3);
        assertThat(simplest.between(-9, -3)).isEqualTo(-3);
        assertThat(simplest.between(-9, 9)).isZero();
        assertThat(simplest.pick("first", "second")).isEqualTo("first");
        assertThat(simplest.anyInt()).isZero();
        assertThat(simplest.anyString(10)).isEmpty();
        assertThat(simplest.list(2, 5, g -> g.anyString(3))).containsExactly("", "");
        assertThat(simplest.bigInteger(BigInteger.TEN, BigInteger.TEN.pow(40))).isEqualTo(BigInteger.TEN);
    }

    @Test
    void aPassingProperty_runsItsCheckOncePerCase_andNeverShrinks() throws Throwable {
        AtomicInteger checks = new AtomicInteger();
        List<DynamicTest> cases = Gen.cases("passes", 11, 300, g -> g.list(0, 20, r -> r.between(0, 10)), List::toString,
                list -> checks.incrementAndGet()).toList();

        for (DynamicTest test : cases) {
            test.getExecutable().execute();
        }

        assertThat(cases).hasSize(300);
        assertThat(checks).hasValue(300);
    }

    @Test
    void aListWithASevenAndMoreThanThreeElements_shrinksToSevenAndThreeZeros() {
        Shrinker.Counterexample<List<Integer>> found = falsify(g -> g.list(0, 20, r -> r.between(0, 10)), list ->
                assertThat(list.contains(7) && list.size() > 3).as("a list with a 7 and more than 3 elements: " + list).isFalse());

        assertThat(found.original().size()).isGreaterThan(4);
        assertThat(found.minimal()).containsExactlyInAnyOrder(7, 0, 0, 0);
        assertThat(found.minimalFailure()).hasMessageContaining("a list with a 7 and more than 3 elements: [");
        assertThat(found.budgetSpent()).isFalse();
    }

    @Test
    void aStringOfFiveCharactersOrMore_shrinksToFiveOfTheSimplestChar() {
        Shrinker.Counterexample<String> found = falsify(g -> g.anyString(300),
                text -> assertThat(text.codePointCount(0, text.length())).isLessThan(5));

        assertThat(found.original().length()).isGreaterThan(5);
        assertThat(found.minimal()).isEqualTo("aaaaa");
    }

    @Test
    void aStringWithAnAngleBracket_shrinksToTheBracketAlone() {
        Shrinker.Counterexample<String> found = falsify(g -> g.anyString(300), text -> assertThat(text).doesNotContain("<"));

        assertThat(found.original()).hasSizeGreaterThan(1);
        assertThat(found.minimal()).isEqualTo("<");
    }

    @Test
    void bytesAndNumbers_shrinkTowardsZero() {
        Shrinker.Counterexample<byte[]> bytes = falsify(g -> g.bytes(300),
                b -> assertThat(b.length < 3 || (b[2] & 0xFF) < 100).isTrue());
        assertThat(HexFormat.of().formatHex(bytes.minimal())).isEqualTo("000064");

        Shrinker.Counterexample<Long> number = falsify(Gen::anyLong,
                n -> assertThat(n < 1_000_000_000L || n > Long.MAX_VALUE - 2).as("%d", n).isTrue());
        assertThat(number.minimal()).isEqualTo(1_000_000_000L);

        Shrinker.Counterexample<BigInteger> big = falsify(g -> g.bigInteger(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                n -> assertThat(n.compareTo(BigInteger.TEN.pow(20)) < 0 || n.equals(BigInteger.TEN.pow(30))).as("%s", n).isTrue());
        assertThat(big.minimal()).isEqualTo(BigInteger.TEN.pow(20));
    }

    /** A step of a made-up conversation: the first option is the simplest. */
    private static final List<Gen.Weighted<String>> STEPS = List.of(
            Gen.Weighted.of(30, g -> "ready"),
            Gen.Weighted.of(20, g -> "rate " + g.between(1, 5)),
            Gen.Weighted.of(4, g -> "start " + g.pick("bicep focus", "leg day", "squat")),
            Gen.Weighted.of(6, g -> g.pick("yes", "no", "help", "repeat")),
            Gen.Weighted.of(1, g -> "pause"));

    @Test
    void aLongConversationFailingOnOneStepAfterAnother_shrinksToAShortOneWithBoth() {
        Function<Gen, List<String>> conversations = g -> g.list(4, 24, r -> r.weighted(STEPS));
        Consumer<List<String>> neverPausesAfterAStart = steps -> {
            int start = steps.indexOf(steps.stream().filter(s -> s.startsWith("start")).findFirst().orElse("none"));
            assertThat(start >= 0 && steps.subList(start, steps.size()).contains("pause")).as("paused after a start").isFalse();
        };

        Shrinker.Counterexample<List<String>> found = longest(conversations, neverPausesAfterAStart);

        assertThat(found.original()).hasSize(24);
        assertThat(found.minimal()).hasSize(4);
        assertThat(found.minimal().stream().filter(s -> !s.equals("ready"))).containsExactly("start bicep focus", "pause");
        System.out.println("GenTest, a made-up conversation:\n" + found.report(List::toString));
    }

    @Test
    void shrinking_keepsToTheSameFailure_evenWhenAnotherIsSmaller() {
        Consumer<List<Integer>> twoFailures = list -> {
            if (list.contains(7) && list.size() >= 3) {
                throw new AssertionError("a seven in " + list);
            }
            if (!list.isEmpty() && list.get(0) == 1) {
                throw new IllegalStateException("starts with one");
            }
        };

        Shrinker.Counterexample<List<Integer>> found = falsify(g -> g.list(0, 20, r -> r.between(0, 10)), twoFailures);

        assertThat(found.minimal()).containsExactlyInAnyOrder(7, 0, 0);
        assertThat(found.minimalFailure()).isInstanceOf(AssertionError.class).hasMessageStartingWith("a seven in");
    }

    @Test
    void theBudget_endsShrinking_andTheBestSoFarIsReported() {
        AtomicInteger runs = new AtomicInteger();
        Consumer<List<Integer>> alwaysFails = list -> {
            runs.incrementAndGet();
            fail("always");
        };
        Function<Gen, List<Integer>> lists = g -> g.list(10, 20, r -> r.between(0, 1_000));

        Shrinker.Counterexample<List<Integer>> fewRuns = Shrinker.falsify("always", 1, 1, lists, alwaysFails,
                new Shrinker.Budget(5, Duration.ofSeconds(60))).orElseThrow();
        assertThat(fewRuns.runs()).isEqualTo(5);
        assertThat(runs).hasValue(1 + 5);
        assertThat(fewRuns.budgetSpent()).isTrue();
        assertThat(fewRuns.report(List::toString)).contains("the shrinking budget ran out");

        Shrinker.Counterexample<List<Integer>> noTime = Shrinker.falsify("always", 1, 1, lists, alwaysFails,
                new Shrinker.Budget(1_000, Duration.ZERO)).orElseThrow();
        assertThat(noTime.runs()).isZero();
        assertThat(noTime.minimal()).isEqualTo(noTime.original());
    }

    @Test
    void aFailingCase_reportsItsSeed_bothSizes_theMinimalCaseAndItsFailure() throws Throwable {
        List<DynamicTest> cases = Gen.cases("no list has a 7 and more than 3 elements", 3, 100,
                g -> g.list(0, 20, r -> r.between(0, 10)), List::toString,
                list -> assertThat(list.contains(7) && list.size() > 3).as("a 7 among " + list).isFalse()).toList();
        DynamicTest failing = cases.stream().filter(GenTest::fails).findFirst().orElseThrow();

        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> failing.getExecutable().execute());

        String seed = failing.getDisplayName().replaceAll("^#\\d+ seed (-?\\d+):.*", "$1");
        assertThat(failure.getMessage())
                .startsWith("no list has a 7 and more than 3 elements, case #")
                .contains("replay with -Dreliability.case=" + seed + "\n")
                .containsPattern("shrunk from \\d+ elements, \\d+ choices to 4 elements, 5 choices in \\d+ runs of the property")
                .containsPattern("minimal case:\n  1\\. \\d+\n  2\\. \\d+\n  3\\. \\d+\n  4\\. \\d+\n")
                .containsPattern("minimal case fails with: \\[a 7 among \\[[07], [07], [07], [07]\\]\\]")
                .contains("original input: [")
                .contains("original failure: [a 7 among [");
        assertThat(failure.getCause()).hasMessageContaining("a 7 among [");
        System.out.println("GenTest, a failing case:\n" + failure.getMessage());
    }

    /** An input that is not a list, shown by its description. */
    record Request(String text, int number) {
    }

    @Test
    void anInputThatIsNotAList_isShownByItsDescription() {
        Shrinker.Counterexample<Request> found = falsify(g -> new Request(g.anyString(50), g.between(-1_000, 1_000)),
                request -> assertThat(request.number() > 100 && request.text().contains("\"")).as("quoted").isFalse());

        assertThat(found.minimal()).isEqualTo(new Request("\"", 101));
        assertThat(found.report(r -> "number " + r.number() + ", text " + r.text()))
                .contains("minimal case:\n  number 101, text \"\nminimal case fails with: [quoted]")
                .containsPattern("shrunk from \\d+ choices to 4 choices in");
    }

    private static boolean fails(DynamicTest test) {
        try {
            test.getExecutable().execute();
            return false;
        } catch (Throwable failure) {
            return true;
        }
    }

    /** The first case of seed 1 that fails, shrunk. */
    private static <T> Shrinker.Counterexample<T> falsify(Function<Gen, T> generate, Consumer<T> check) {
        return Shrinker.falsify("test", 1, 1_000, generate, check, BUDGET).orElseThrow(() -> new AssertionError("never failed"));
    }

    /** The first failing case of seed 1 among those of 24 elements, shrunk. */
    private static <T> Shrinker.Counterexample<List<T>> longest(Function<Gen, List<T>> generate, Consumer<List<T>> check) {
        long[] seeds = Gen.caseSeeds(1, 5_000);
        for (int i = 0; i < seeds.length; i++) {
            List<T> value = generate.apply(new Gen(seeds[i]));
            if (value.size() == 24 && Shrinker.failureOf(check, value) != null) {
                return Shrinker.counterexample("test", i, seeds[i], generate, check, BUDGET).orElseThrow();
            }
        }
        throw new AssertionError("no conversation of 24 steps failed");
    }

    /** One of every kind of value, written out. */
    private static String everything(Gen g) {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(g.between(-30, 200)));
        parts.add(String.valueOf(g.bool()));
        parts.add(g.pick("a", "b", "c"));
        parts.add(String.valueOf(g.anyInt()));
        parts.add(String.valueOf(g.anyLong()));
        parts.add(String.valueOf(Double.doubleToRawLongBits(g.anyDouble())));
        parts.add(String.valueOf(g.bigInteger(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))));
        parts.add(Arrays.toString(g.bytes(40)));
        parts.add(g.anyString(40));
        parts.add(String.valueOf(g.list(0, 5, r -> r.list(0, 3, x -> x.anyString(5)))));
        parts.add(g.<String>oneOf(r -> "one", r -> "two " + r.between(0, 9)));
        parts.add(g.weighted(STEPS));
        return String.join(" | ", parts);
    }
}
