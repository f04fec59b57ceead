package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.progress.ProgressConflictException;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.UserProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every SDK failure DynamoDB can answer with, translated at the edge: the skill never sees an SDK type. */
class DynamoDbProgressRepositoryFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(ProvisionedThroughputExceededException.builder().statusCode(400).message("slow down").build(), "throttled"),
                Arguments.of(RequestLimitExceededException.builder().statusCode(400).message("account limit").build(), "throttled"),
                Arguments.of(ThrottlingException.builder().statusCode(400).message("control plane").build(), "throttled"),
                Arguments.of(DynamoDbException.builder().statusCode(429).message("too many").build(), "throttled"),
                Arguments.of(ApiCallTimeoutException.create(2000), "timed out"),
                Arguments.of(ApiCallAttemptTimeoutException.create(1000), "timed out"),
                Arguments.of(SdkClientException.create("Connection refused"), "unreachable"),
                Arguments.of(InternalServerErrorException.builder().statusCode(500).message("oops").build(), "failed (500)"),
                Arguments.of(DynamoDbException.builder().statusCode(503).message("unavailable").build(), "failed (503)"),
                Arguments.of(ResourceNotFoundException.builder().statusCode(400).message("no table").build(), "refused the request"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyCall_shouldThrowUnavailableNamingTheReason_whenTheSdkFails(SdkException failure, String reason) {
        DynamoDbProgressRepository repository = repository(new FailingClient(failure));

        assertThatThrownBy(() -> repository.find("u"))
                .isInstanceOf(ProgressUnavailableException.class).hasMessageContaining(reason).hasCause(failure);
        assertThatThrownBy(() -> repository.put("u", UserProgress.NONE, 3))
                .isInstanceOf(ProgressUnavailableException.class).hasMessageContaining(reason).hasCause(failure);
        assertThatThrownBy(() -> repository.delete("u"))
                .isInstanceOf(ProgressUnavailableException.class).hasMessageContaining(reason).hasCause(failure);
    }

    @Test
    void put_shouldThrowConflict_whenTheConditionFails() {
        DynamoDbProgressRepository repository = repository(new FailingClient(
                ConditionalCheckFailedException.builder().statusCode(400).message("The conditional request failed").build()));

        assertThatThrownBy(() -> repository.put("u", UserProgress.NONE, 3))
                .isInstanceOf(ProgressConflictException.class).hasMessageContaining("since version 3");
    }

    private static DynamoDbProgressRepository repository(DynamoDbClient client) {
        return new DynamoDbProgressRepository(client, "progress", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    private record FailingClient(SdkException failure) implements DynamoDbClient {

        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            throw failure;
        }

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            throw failure;
        }

        @Override
        public DeleteItemResponse deleteItem(DeleteItemRequest request) {
            throw failure;
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
