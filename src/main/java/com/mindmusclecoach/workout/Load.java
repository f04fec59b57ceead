package com.mindmusclecoach.workout;

/**
 * The weight used for an exercise, in whole pounds or kilograms, as the trainee said it.
 *
 * @param amount {@value #MIN} to {@value #MAX}: per dumbbell, as people say it
 */
public record Load(int amount, Unit unit) {

    public static final int MIN = 1;
    /** Per dumbbell, more than this slow method asks for; two digits keep the stored progress under 4 KB. */
    public static final int MAX = 99;

    public enum Unit {
        POUNDS("pound", "pounds"), KILOGRAMS("kilo", "kilos");

        private final String singular;
        private final String plural;

        Unit(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        public String word(int amount) {
            return amount == 1 ? singular : plural;
        }

        /** Pounds in the United States, kilograms elsewhere. */
        public static Unit forLocale(String locale) {
            return "en-US".equals(locale) ? POUNDS : KILOGRAMS;
        }
    }

    public Load {
        if (unit == null || amount < MIN || amount > MAX) {
            throw new IllegalArgumentException("a load of " + amount + " " + unit);
        }
    }

    /**
     * A step lighter, as a gentler session calls for, in the steps dumbbells come in: two pounds up to twenty-five,
     * five above; one kilo up to ten, two above; never below one.
     */
    public Load lighter() {
        int step = unit == Unit.POUNDS ? (amount <= 25 ? 2 : 5) : (amount <= 10 ? 1 : 2);
        return new Load(Math.max(MIN, amount - step), unit);
    }

    /**
     * A step heavier, as progression at the top of the reps calls for, in the same steps as {@link #lighter()}: two
     * pounds while the new weight is twenty-five or less, five above; one kilo while it is ten or less, two above;
     * never above {@value #MAX}. So a step heavier and back a step lighter is where it started, wherever the step fits below the top.
     */
    public Load heavier() {
        int small = unit == Unit.POUNDS ? 2 : 1;
        int upTo = unit == Unit.POUNDS ? 25 : 10;
        int step = amount + small <= upTo ? small : unit == Unit.POUNDS ? 5 : 2;
        return new Load(Math.min(MAX, amount + step), unit);
    }
}
