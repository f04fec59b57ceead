package com.mindmusclecoach.progress.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * DynamoDB clients sized for an Alexa turn. Alexa waits about 8 seconds for the whole response and a turn makes
 * at most a read and a write in the usual case, so one call gives up after {@link #API_CALL_TIMEOUT} (an attempt
 * after {@link #API_CALL_ATTEMPT_TIMEOUT}, {@link #MAX_ATTEMPTS} attempts at most) and the coach carries on
 * without storage rather than leaving the user in silence. HTTP goes through the JDK's {@code HttpURLConnection}:
 * no Apache or Netty classes to load at cold start.
 */
public final class DynamoDbClients {

    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(1);
    static final Duration API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(2);
    static final int MAX_ATTEMPTS = 3;
    static final Region FALLBACK_REGION = Region.US_EAST_1;

    private DynamoDbClients() {
    }

    /**
     * The client for Lambda (or any AWS-configured environment). Region from {@code AWS_REGION} (set by Lambda)
     * or the shared config file, else {@link #FALLBACK_REGION}; credentials from the SDK's default chain; the
     * endpoint from {@code AWS_ENDPOINT_URL_DYNAMODB} when set, which the SDK reads by itself, so the same
     * build can point at a local engine.
     */
    public static DynamoDbClient standard() {
        return withTimeouts(DynamoDbClient.builder()).region(configuredRegion()).build();
    }

    /** A client for a local DynamoDB-compatible engine: explicit endpoint, dummy static credentials. */
    public static DynamoDbClient forEndpoint(URI endpoint) {
        return withTimeouts(DynamoDbClient.builder())
                .endpointOverride(endpoint)
                .region(FALLBACK_REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /**
     * The SDK's default region chain without its last link, the EC2 instance metadata service: on Lambda
     * {@code AWS_REGION} always answers first, and elsewhere asking a metadata address that is not there
     * costs a network timeout on every start.
     */
    static Region configuredRegion() {
        try {
            return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                    .getRegion();
        } catch (SdkClientException noneConfigured) {
            return FALLBACK_REGION;
        }
    }

    private static DynamoDbClientBuilder withTimeouts(DynamoDbClientBuilder builder) {
        return builder
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(o -> o
                        .apiCallTimeout(API_CALL_TIMEOUT)
                        .apiCallAttemptTimeout(API_CALL_ATTEMPT_TIMEOUT)
                        .retryStrategy(retry -> retry.maxAttempts(MAX_ATTEMPTS)));
    }
}
