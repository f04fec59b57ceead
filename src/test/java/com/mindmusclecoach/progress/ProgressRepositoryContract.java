package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ProgressRepository} promises the skill, run against each real store (a subclass per store gives
 * {@link #repository()}): a new storage backend passes this before anything else. Each test uses accounts of its own,
 * so a store shared between tests is fine.
 */
public abstract class ProgressRepositoryContract {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private final String account = "amzn1.ask.account.contract-" + UUID.randomUUID();
    private final String ann = new Trainee(account, "amzn1.ask.person.ANN").id();
    private final String bob = new Trainee(account, "amzn1.ask.person.BOB").id();

    /** The store under test. */
    protected abstract ProgressRepository repository();

    @Test
    void find_shouldBeEmpty_forSomeoneNeverTrained() {
        assertThat(repository().find(account)).isEmpty();
    }

    @Test
    void put_shouldStoreVersionOne_andEachWriteTheNextVersion() {
        UserProgress one = sets(1);
        UserProgress two = sets(2);

        assertThat(repository().put(account, one, 0)).isEqualTo(1);
        assertThat(repository().put(account, two, 1)).isEqualTo(2);

        assertThat(repository().find(account)).contains(new StoredProgress(two, 2));
    }

    @Test
    void put_shouldStoreEverythingTheProgressHolds_andGiveItBackEqual() {
        UserProgress rich = UserProgress.NONE.applyAll(java.util.List.of(
                new ProgressChange.SetDone("squat", 10, DAY),
                new ProgressChange.RatingGiven("glutes and thighs", 4, DAY),
                new ProgressChange.WorkoutDone(DAY),
                new ProgressChange.PainReported("knee", "squat", DAY),
                new ProgressChange.WeeklyGoalSet(3),
                new ProgressChange.RemindersSet(java.util.List.of("alert-token-1"))));

        repository().put(account, rich, 0);

        assertThat(repository().find(account)).contains(new StoredProgress(rich, 1));
    }

    @Test
    void put_shouldRefuseAStaleVersion_andKeepWhatWasStored() {
        repository().put(account, sets(1), 0);
        repository().put(account, sets(2), 1);

        assertThatThrownBy(() -> repository().put(account, sets(5), 1)).isInstanceOf(ProgressConflictException.class);
        assertThatThrownBy(() -> repository().put(account, sets(5), 0)).as("a first write when one exists")
                .isInstanceOf(ProgressConflictException.class);
        assertThat(repository().find(account)).contains(new StoredProgress(sets(2), 2));
    }

    @Test
    void putOnABasis_shouldRefuseABasisWhoseContentIsNotWhatIsStored_evenAtItsVersion() {
        repository().put(account, sets(2), 0);
        StoredProgress forged = new StoredProgress(sets(50), 1);

        assertThatThrownBy(() -> repository().put(account, sets(51), forged)).isInstanceOf(ProgressConflictException.class);
        assertThat(repository().find(account)).contains(new StoredProgress(sets(2), 1));

        StoredProgress genuine = repository().find(account).orElseThrow();
        assertThat(repository().put(account, sets(3), genuine)).isEqualTo(2);
    }

    @Test
    void eachPerson_andTheAccount_shouldKeepTheirOwnProgress() {
        repository().put(account, sets(1), 0);
        repository().put(ann, sets(2), 0);
        repository().put(bob, sets(3), 0);

        assertThat(repository().find(account).orElseThrow().progress().setsCompleted()).isEqualTo(1);
        assertThat(repository().find(ann).orElseThrow().progress().setsCompleted()).isEqualTo(2);
        assertThat(repository().find(bob).orElseThrow().progress().setsCompleted()).isEqualTo(3);
    }

    @Test
    void delete_shouldRemoveOnlyThatTrainee_andDeletingNothingIsFine() {
        repository().put(account, sets(1), 0);
        repository().put(ann, sets(2), 0);

        repository().delete(ann);
        repository().delete(ann);
        repository().delete(bob);

        assertThat(repository().find(ann)).isEmpty();
        assertThat(repository().find(account)).isPresent();
        assertThat(repository().put(ann, sets(1), 0)).as("a deleted trainee starts again at version one").isEqualTo(1);
    }

    @Test
    void deleteAccount_shouldRemoveTheAccountAndEveryPerson_butNoOtherAccount() {
        String other = "amzn1.ask.account.contract-other-" + UUID.randomUUID();
        String othersAnn = new Trainee(other, "amzn1.ask.person.ANN").id();
        repository().put(account, sets(1), 0);
        repository().put(ann, sets(2), 0);
        repository().put(bob, sets(3), 0);
        repository().put(other, sets(4), 0);
        repository().put(othersAnn, sets(5), 0);

        repository().deleteAccount(account);

        assertThat(repository().find(account)).isEmpty();
        assertThat(repository().find(ann)).isEmpty();
        assertThat(repository().find(bob)).isEmpty();
        assertThat(repository().find(other)).isPresent();
        assertThat(repository().find(othersAnn)).isPresent();
    }

    @Test
    void deleteAccount_shouldRemoveAPersonWhoseAccountNeverTrainedUnrecognized() {
        repository().put(ann, sets(2), 0);

        repository().deleteAccount(account);

        assertThat(repository().find(ann)).isEmpty();
    }

    private static UserProgress sets(int count) {
        UserProgress progress = UserProgress.NONE;
        for (int i = 0; i < count; i++) {
            progress = progress.apply(new ProgressChange.SetDone("squat", 10, DAY));
        }
        return progress;
    }
}
