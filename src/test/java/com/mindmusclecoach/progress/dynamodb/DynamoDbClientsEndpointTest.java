package com.mindmusclecoach.progress.dynamodb;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint the standard client fixes up front, in place of the SDK's rules engine. */
class DynamoDbClientsEndpointTest {

    @Test
    void regionalEndpoint_shouldBeDynamoDbsEndpoint_forRegionsOfTheStandardPartition() {
        for (String region : new String[] {"us-east-1", "eu-west-1", "us-west-2", "ap-northeast-1", "ap-southeast-5",
                "me-central-1", "il-central-1", "ca-west-1", "mx-central-1"}) {
            assertThat(DynamoDbClients.regionalEndpoint(Region.of(region)))
                    .contains(URI.create("https://dynamodb." + region + ".amazonaws.com"));
        }
    }

    @Test
    void regionalEndpoint_shouldBeWhereTheSdksOwnRulesSendEveryRegionItKnows() {
        DynamoDbEndpointProvider rules = DynamoDbEndpointProvider.defaultProvider();
        int fixed = 0;
        for (Region region : Region.regions()) {
            var ours = DynamoDbClients.regionalEndpoint(region);
            if (ours.isPresent()) {
                fixed++;
                assertThat(rules.resolveEndpoint(p -> p.region(region)).join().url()).as(region.id()).isEqualTo(ours.get());
            }
        }
        assertThat(fixed).as("regions given a fixed endpoint").isGreaterThan(25);
    }

    @Test
    void regionalEndpoint_shouldLeaveOtherPartitionsToTheSdk() {
        for (String region : new String[] {"cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1",
                "aws-global", "local"}) {
            assertThat(DynamoDbClients.regionalEndpoint(Region.of(region))).as(region).isEmpty();
        }
    }
}
