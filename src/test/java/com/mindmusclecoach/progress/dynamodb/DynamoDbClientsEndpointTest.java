package com.mindmusclecoach.progress.dynamodb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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

    @Test
    void nothingElseDecides_shouldHoldOnlyWhenNoOtherEndpointSettingIsMade(@TempDir Path home) throws Exception {
        Path noConfig = home.resolve("config");
        assertThat(DynamoDbClients.nothingElseDecides(Map.of("AWS_REGION", "eu-west-1"), name -> null, noConfig)).isTrue();
        for (String variable : List.of("AWS_ENDPOINT_URL", "AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT",
                "AWS_ACCOUNT_ID", "AWS_ACCOUNT_ID_ENDPOINT_MODE", "AWS_CONFIG_FILE")) {
            assertThat(DynamoDbClients.nothingElseDecides(Map.of(variable, "true"), name -> null, noConfig)).as(variable).isFalse();
        }
        for (String property : List.of("aws.endpointUrl", "aws.endpointUrlDynamoDb", "aws.useFipsEndpoint",
                "aws.useDualstackEndpoint", "aws.accountId", "aws.accountIdEndpointMode", "aws.configFile")) {
            assertThat(DynamoDbClients.nothingElseDecides(Map.of(), name -> name.equals(property) ? "true" : null, noConfig))
                    .as(property).isFalse();
        }
        Files.writeString(noConfig, "[default]\nuse_fips_endpoint = true\n");
        assertThat(DynamoDbClients.nothingElseDecides(Map.of(), name -> null, noConfig)).as("a config file").isFalse();
    }

    @Test
    void standardClient_shouldLeaveFipsToTheSdksRules_andFixTheRegionalEndpointOtherwise() {
        assumeFalse(Files.exists(Path.of(System.getProperty("user.home"), ".aws", "config")), "a config file decides here");
        try (DynamoDbClient plain = DynamoDbClients.standard(Map.of("AWS_REGION", "eu-west-1"));
             DynamoDbClient fips = DynamoDbClients.standard(Map.of("AWS_REGION", "eu-west-1", "AWS_USE_FIPS_ENDPOINT", "true"))) {
            Region region = plain.serviceClientConfiguration().region();
            assertThat(endpoint(plain, region, true)).isEqualTo(DynamoDbClients.regionalEndpoint(region).orElseThrow());
            assertThat(endpoint(fips, region, true).getHost()).startsWith("dynamodb-fips.");
        }
    }

    private static URI endpoint(DynamoDbClient client, Region region, boolean useFips) {
        DynamoDbEndpointProvider provider = (DynamoDbEndpointProvider) client.serviceClientConfiguration().endpointProvider().orElseThrow();
        return provider.resolveEndpoint(p -> p.region(region).useFips(useFips)).join().url();
    }
}
