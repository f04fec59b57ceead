package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressStore;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UserProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognized people in the one table (docs/STORAGE.md): each person's item apart from the account's and from each
 * other's, the account's list of people that lets an account be deleted whole, and the migration of an item written
 * before people were told apart.
 */
class PeopleStorageTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    private static final Instant NOW = Instant.parse("2025-03-14T07:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private final String account = "amzn1.ask.account.people-" + UUID.randomUUID();
    private final String ann = new Trainee(account, "amzn1.ask.person.ANN").id();
    private final String bob = new Trainee(account, "amzn1.ask.person.BOB").id();
    private final DynamoDbProgressRepository repository =
            new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eachPerson_andTheAccount_shouldHaveTheirOwnItem() {
        repository.put(account, sets(1), 0);
        repository.put(ann, sets(2), 0);
        repository.put(bob, sets(3), 0);

        assertThat(repository.find(account).orElseThrow().progress().setsCompleted()).isEqualTo(1);
        assertThat(repository.find(ann).orElseThrow().progress().setsCompleted()).isEqualTo(2);
        assertThat(repository.find(bob).orElseThrow().progress().setsCompleted()).isEqualTo(3);
        assertThat(people()).containsExactlyInAnyOrder("amzn1.ask.person.ANN", "amzn1.ask.person.BOB");
    }

    @Test
    void deleteAccount_shouldDeleteTheAccountsItem_everyPersons_andTheList_butNoOtherAccounts() {
        String other = "amzn1.ask.account.other-" + UUID.randomUUID();
        String othersPerson = new Trainee(other, "amzn1.ask.person.ANN").id();
        repository.put(account, sets(1), 0);
        repository.put(ann, sets(2), 0);
        repository.put(bob, sets(3), 0);
        repository.put(other, sets(4), 0);
        repository.put(othersPerson, sets(5), 0);

        repository.deleteAccount(account);

        assertThat(repository.find(account)).isEmpty();
        assertThat(repository.find(ann)).isEmpty();
        assertThat(repository.find(bob)).isEmpty();
        assertThat(raw(DynamoDbProgressRepository.peopleKey(account))).isEmpty();
        assertThat(repository.find(other)).isPresent();
        assertThat(repository.find(othersPerson)).isPresent();
    }

    @Test
    void deletingOnePerson_shouldLeaveTheAccount_andTheOtherPerson_andTakeThemOffTheList() {
        repository.put(account, sets(1), 0);
        repository.put(ann, sets(2), 0);
        repository.put(bob, sets(3), 0);

        repository.delete(ann);

        assertThat(repository.find(ann)).isEmpty();
        assertThat(repository.find(account)).isPresent();
        assertThat(repository.find(bob)).isPresent();
        assertThat(people()).containsExactly("amzn1.ask.person.BOB");
        repository.put(ann, sets(1), 0);
        assertThat(people()).as("listed again on a new first save").hasSize(2);
    }

    @Test
    void deletingAPerson_withNoList_shouldNotCreateOne() {
        repository.delete(ann);

        assertThat(raw(DynamoDbProgressRepository.peopleKey(account))).isEmpty();
    }

    /**
     * The migration: an item written before people were told apart is keyed by the account id alone, exactly as the
     * account's own item is now. It is read as the account's (the progress of whoever trains unrecognized), is written
     * on with its version as before, is not a person's, and is deleted with the account even though no list exists.
     */
    @Test
    void anItemFromBeforePeople_shouldStayTheAccounts_andGoWithTheAccount() {
        UserProgress before = sets(7);
        DYNAMO.client().putItem(b -> b.tableName(LocalDynamoDb.TABLE)
                .item(ProgressItemCodec.item(account, before, 12, NOW.minusSeconds(86_400))));
        ProgressStore store = new ProgressStore(repository);

        assertThat(store.load(account)).isEqualTo(new StoredProgress(before, 12));
        assertThat(store.load(ann)).isEqualTo(StoredProgress.NEW);
        StoredProgress after = store.save(account, store.load(account), List.of(new ProgressChange.SetDone("squat", 10, DAY)));
        assertThat(after.version()).isEqualTo(13);
        assertThat(after.progress().setsCompleted()).isEqualTo(8);

        repository.deleteAccount(account);
        assertThat(repository.find(account)).isEmpty();
    }

    /** Two people saving at once on one account: each write is conditional on its own item, and none is lost. */
    @Test
    void twoPeopleSavingAtOnce_shouldNeverLoseEachOthersSets() throws Exception {
        ProgressStore store = new ProgressStore(repository);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = new java.util.ArrayList<>();
            for (String person : List.of(ann, bob)) {
                done.add(pool.submit(() -> {
                    StoredProgress basis = store.load(person);
                    for (int i = 0; i < 10; i++) {
                        basis = store.save(person, basis, List.of(new ProgressChange.SetDone("squat", 10, DAY)));
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(repository.find(ann).orElseThrow().progress().setsCompleted()).isEqualTo(10);
        assertThat(repository.find(bob).orElseThrow().progress().setsCompleted()).isEqualTo(10);
        assertThat(repository.find(account)).isEmpty();
    }

    private List<String> people() {
        Map<String, AttributeValue> list = raw(DynamoDbProgressRepository.peopleKey(account));
        return list.containsKey(DynamoDbProgressRepository.PEOPLE) ? list.get(DynamoDbProgressRepository.PEOPLE).ss() : List.of();
    }

    private Map<String, AttributeValue> raw(String key) {
        return DYNAMO.client().getItem(b -> b.tableName(LocalDynamoDb.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(key))).consistentRead(true)).item();
    }

    private static UserProgress sets(int count) {
        UserProgress progress = UserProgress.NONE;
        for (int i = 0; i < count; i++) {
            progress = progress.apply(new ProgressChange.SetDone("squat", 10, DAY));
        }
        return progress;
    }
}
