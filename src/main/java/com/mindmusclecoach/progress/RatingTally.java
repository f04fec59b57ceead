package com.mindmusclecoach.progress;

/** Connection ratings added up, so a day keeps its average without keeping every rating. */
public record RatingTally(int sum, int count) {

    public static final RatingTally NONE = new RatingTally(0, 0);

    RatingTally plus(int rating) {
        return new RatingTally(sum + rating, count + 1);
    }

    RatingTally plus(RatingTally other) {
        return new RatingTally(sum + other.sum, count + other.count);
    }

    public double average() {
        return count == 0 ? 0 : (double) sum / count;
    }
}
