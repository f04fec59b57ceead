package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.ProgressRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

/** The DynamoDB store, on dynalite, keeps the repository's promises. */
class DynamoDbProgressRepositoryContractTest extends ProgressRepositoryContract {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    @Override
    protected ProgressRepository repository() {
        return new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC());
    }
}
