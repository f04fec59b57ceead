package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.progress.ProgressConflictException;
import com.mindmusclecoach.progress.ProgressFingerprint;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UserProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Progress in DynamoDB: one item per trainee (see {@link ProgressItemCodec} for its attributes, {@link Trainee} for
 * the ids: the account's own item keyed by the account id, a recognized person's by {@code <account>#<person>}), and
 * per account with people a list of them (the item {@code <account>#@people}, a string set {@value #PEOPLE}), so
 * deleting the account finds every person's item without a scan or an index; see docs/STORAGE.md. Read strongly
 * consistent and written only if its {@code version} is still the one read. Every SDK failure is translated
 * here: a lost race becomes {@link ProgressConflictException}, anything else {@link ProgressUnavailableException}
 * (throttled, timed out, unreachable, a 5xx, or a request the table refused), so the workout goes on and the
 * changes stay in the session for the next save.
 */
public final class DynamoDbProgressRepository implements ProgressRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbProgressRepository.class);

    /** The string set of person ids on an account's list of people. */
    static final String PEOPLE = "people";
    /** Ends the key of an account's list of people; no person id can contain '@' (see {@link Trainee}). */
    static final String PEOPLE_SUFFIX = Trainee.SEPARATOR + "@people";

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    /** @param clock stamps {@code updatedAt} on every write */
    public DynamoDbProgressRepository(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /**
     * The stored progress. Two kinds of item cannot be read as progress, and are treated differently:
     * <ul>
     * <li>one written with a newer {@code schemaVersion} (a newer release wrote it, and this one is a rollback):
     * throws {@link ProgressUnavailableException}, so this code never writes over data only a newer release
     * understands; the coach carries on without it and the newer release finds it intact.</li>
     * <li>one whose content is unreadable (damaged, or a release with a bug wrote it): returns no progress
     * <em>with the stored version</em>. The user can train again and the next save replaces the broken item;
     * because that save is still conditional on the version read here, it replaces only what was read and never
     * a concurrent write that landed since. Throwing instead would lock the user out of saving for good. A
     * workout to resume or preferences that are unreadable on their own are dropped without the rest (see
     * {@link ProgressItemCodec}).</li>
     * </ul>
     *
     * @throws ProgressUnavailableException when storage fails, or the item is from a newer schema or has no
     *                                      readable version
     */
    @Override
    public Optional<StoredProgress> find(String userId) {
        GetItemResponse response = call("read", userId, () -> client.getItem(b -> b.tableName(table)
                .key(key(userId))
                .consistentRead(true)));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(stored(userId, response.item()));
    }

    @Override
    public long put(String userId, UserProgress progress, long expectedVersion) {
        return write(userId, progress, expectedVersion, null);
    }

    /**
     * Conditional on the basis's version and, unless the basis is empty (nothing stored, or an item whose content
     * could not be read and is being replaced), on its content: the item's {@code fp} must be the basis's
     * fingerprint, or absent (an item written before fingerprints were kept).
     */
    @Override
    public long put(String userId, UserProgress progress, StoredProgress basis) {
        boolean contentKnown = !basis.isNew() && !basis.progress().equals(UserProgress.NONE);
        return write(userId, progress, basis.version(), contentKnown ? ProgressFingerprint.of(basis.progress()) : null);
    }

    /**
     * @param expectedFingerprint the content the item must hold besides its version; null: the version alone
     */
    private long write(String userId, UserProgress progress, long expectedVersion, String expectedFingerprint) {
        long next = expectedVersion + 1;
        Trainee trainee = Trainee.of(userId);
        if (expectedVersion == 0 && trainee.isPerson()) {
            // A person's first item: listed on the account first, so no item of a person can exist unlisted (a listed
            // person with no item is harmless). Costs one more write, once per person.
            list(trainee);
        }
        PutItemRequest.Builder request = PutItemRequest.builder()
                .tableName(table)
                .item(ProgressItemCodec.item(userId, progress, next, clock.instant()));
        if (expectedVersion == 0) {
            request.conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", ProgressItemCodec.KEY));
        } else if (expectedFingerprint == null) {
            request.conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", ProgressItemCodec.VERSION))
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))));
        } else {
            request.conditionExpression("#version = :expected AND (attribute_not_exists(#fp) OR #fp = :fp)")
                    .expressionAttributeNames(Map.of("#version", ProgressItemCodec.VERSION, "#fp", ProgressItemCodec.FINGERPRINT))
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion)),
                            ":fp", AttributeValue.fromS(expectedFingerprint)));
        }
        try {
            call("write", userId, () -> client.putItem(request.build()));
        } catch (ConditionalCheckFailedException lostRace) {
            throw new ProgressConflictException(userId, expectedVersion);
        }
        return next;
    }

    /** Deletes one trainee's item; a person's is taken off the account's list after it. */
    @Override
    public void delete(String userId) {
        call("delete", userId, () -> client.deleteItem(b -> b.tableName(table).key(key(userId))));
        Trainee trainee = Trainee.of(userId);
        if (trainee.isPerson()) {
            try {
                call("unlist", userId, () -> client.updateItem(b -> b.tableName(table).key(key(peopleKey(trainee.account())))
                        .updateExpression("DELETE #people :person")
                        .conditionExpression("attribute_exists(#key)")
                        .expressionAttributeNames(Map.of("#people", PEOPLE, "#key", ProgressItemCodec.KEY))
                        .expressionAttributeValues(Map.of(":person", AttributeValue.fromSs(List.of(trainee.person()))))));
            } catch (ConditionalCheckFailedException noList) {
                // nobody was listed: nothing to take off
            }
        }
    }

    /**
     * Deletes the account's item and every person's under it: the people listed first, then the list, then the
     * account's own item, so a failure part way leaves everything not yet deleted still findable by a retry.
     */
    @Override
    public void deleteAccount(String accountId) {
        String listKey = peopleKey(accountId);
        GetItemResponse listed = call("read the people of", accountId, () -> client.getItem(b -> b.tableName(table)
                .key(key(listKey)).consistentRead(true)));
        if (listed.hasItem() && listed.item().containsKey(PEOPLE)) {
            for (String person : listed.item().get(PEOPLE).ss()) {
                String id = new Trainee(accountId, person).id();
                call("delete", id, () -> client.deleteItem(b -> b.tableName(table).key(key(id))));
            }
        }
        call("delete the people of", accountId, () -> client.deleteItem(b -> b.tableName(table).key(key(listKey))));
        call("delete", accountId, () -> client.deleteItem(b -> b.tableName(table).key(key(accountId))));
    }

    private void list(Trainee trainee) {
        call("list", trainee.id(), () -> client.updateItem(b -> b.tableName(table).key(key(peopleKey(trainee.account())))
                .updateExpression("ADD #people :person")
                .expressionAttributeNames(Map.of("#people", PEOPLE))
                .expressionAttributeValues(Map.of(":person", AttributeValue.fromSs(List.of(trainee.person()))))));
    }

    static String peopleKey(String accountId) {
        return accountId + PEOPLE_SUFFIX;
    }

    private StoredProgress stored(String userId, Map<String, AttributeValue> item) {
        long version;
        try {
            version = ProgressItemCodec.version(item);
        } catch (UnreadableProgressException e) {
            throw new ProgressUnavailableException("progress of " + userId + " has no readable version", e);
        }
        try {
            int schema = ProgressItemCodec.schemaVersion(item);
            if (schema > ProgressItemCodec.SCHEMA_VERSION) {
                throw new ProgressUnavailableException("progress of " + userId + " was written with schema " + schema
                        + ", newer than " + ProgressItemCodec.SCHEMA_VERSION + "; left untouched", null);
            }
            if (schema < ProgressItemCodec.OLDEST_READABLE_SCHEMA) {
                throw new UnreadableProgressException("no known schema version: " + schema, null);
            }
            return new StoredProgress(ProgressItemCodec.progress(item), version);
        } catch (UnreadableProgressException e) {
            LOG.warn("progress of {} unreadable at version {}; starting over from no progress: {}", userId, version,
                    e.getMessage());
            return new StoredProgress(UserProgress.NONE, version);
        }
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(ProgressItemCodec.KEY, AttributeValue.fromS(userId));
    }

    /** Runs one request, translating every SDK failure but a failed condition, which {@link #put} handles. */
    private static <T> T call(String action, String userId, Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException lostRace) {
            throw lostRace;
        } catch (SdkException e) {
            throw new ProgressUnavailableException("could not " + action + " progress of " + userId + ": storage "
                    + reason(e), e);
        }
    }

    private static String reason(SdkException e) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return "timed out";
        }
        if (e instanceof ProvisionedThroughputExceededException || e instanceof RequestLimitExceededException
                || e instanceof ThrottlingException
                || e instanceof SdkServiceException service && service.isThrottlingException()) {
            return "throttled";
        }
        if (e instanceof SdkClientException) {
            return "unreachable";
        }
        if (e instanceof AwsServiceException service && service.statusCode() >= 500) {
            return "failed (" + service.statusCode() + ")";
        }
        return "refused the request";
    }
}
