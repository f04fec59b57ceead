package com.mindmusclecoach.progress.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

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
    /**
     * Settings with which the SDK's endpoint rules may choose another endpoint than the regional one (a general
     * endpoint URL, FIPS, dual-stack, account-ID endpoints); with any of them set, the rules decide, as ever.
     */
    private static final List<String> ENDPOINT_VARIABLES = List.of("AWS_ENDPOINT_URL", "AWS_USE_FIPS_ENDPOINT",
            "AWS_USE_DUALSTACK_ENDPOINT", "AWS_ACCOUNT_ID", "AWS_ACCOUNT_ID_ENDPOINT_MODE", "AWS_CONFIG_FILE");
    private static final List<String> ENDPOINT_PROPERTIES = List.of("aws.endpointUrl", "aws.endpointUrlDynamoDb",
            "aws.useFipsEndpoint", "aws.useDualstackEndpoint", "aws.accountId", "aws.accountIdEndpointMode",
            "aws.configFile");
    /** Region names of the standard AWS partition, whose DynamoDB endpoints all follow one pattern. */
    private static final Pattern STANDARD_PARTITION_REGION = Pattern.compile(
            "(us|eu|ap|sa|ca|me|af|il|mx)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\\d+");

    private DynamoDbClients() {
    }

    /**
     * The client for Lambda (or any AWS-configured environment). Region from {@code AWS_REGION} (set by Lambda)
     * or the shared config file, else {@link #FALLBACK_REGION}; the endpoint from {@code AWS_ENDPOINT_URL_DYNAMODB}
     * when set, so the same build can point at a local engine; credentials from {@code AWS_ACCESS_KEY_ID} and
     * {@code AWS_SECRET_ACCESS_KEY} (and {@code AWS_SESSION_TOKEN}) when set, as on Lambda, else the SDK's default
     * chain (SnapStart's container credentials, a profile).
     */
    public static DynamoDbClient standard() {
        return standard(System.getenv());
    }

    /**
     * Built for a short cold start (see docs/PERFORMANCE.md), each step keeping what the SDK would resolve:
     * <ul>
     * <li>the endpoint is fixed once here for the standard AWS partition ({@code https://dynamodb.REGION.amazonaws.com})
     * or the override, instead of the SDK's rules engine evaluating it per call; other partitions, and any setting
     * the rules would weigh (a general endpoint URL, FIPS, dual-stack, an account ID, a config file), keep the
     * engine;</li>
     * <li>credentials from the environment need no probing of profile files, containers and instance metadata;</li>
     * <li>TLS is set up only for an https endpoint (the JDK's default context, which loads the trust store), not
     * for a local engine over http; with a proxy variable set, the SDK's own HTTP client is used, with the proxy
     * for the endpoint's scheme.</li>
     * </ul>
     */
    static DynamoDbClient standard(Map<String, String> env) {
        Region region = configuredRegion();
        Optional<URI> override = Optional.ofNullable(env.get("AWS_ENDPOINT_URL_DYNAMODB"))
                .filter(url -> !url.isBlank()).map(URI::create);
        Optional<URI> endpoint = override.or(() -> nothingElseDecides(env, System::getProperty, userConfigFile())
                ? regionalEndpoint(region) : Optional.empty());
        String scheme = endpoint.map(URI::getScheme).orElse("https");
        DynamoDbClientBuilder builder = withTimeouts(DynamoDbClient.builder(), hasProxy(env) ? scheme : null)
                .region(region)
                .credentialsProvider(credentials(env));
        override.ifPresent(builder::endpointOverride);
        endpoint.ifPresent(url -> builder.endpointProvider(fixed(url)));
        if ("https".equalsIgnoreCase(scheme)) {
            warmTls();
        }
        return builder.build();
    }

    /** A client for a local DynamoDB-compatible engine: explicit endpoint, dummy static credentials. */
    public static DynamoDbClient forEndpoint(URI endpoint) {
        return withTimeouts(DynamoDbClient.builder(), null)
                .endpointOverride(endpoint)
                .endpointProvider(fixed(endpoint))
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

    /** The regional endpoint of the standard AWS partition; empty for other partitions (China, GovCloud, ISO). */
    static Optional<URI> regionalEndpoint(Region region) {
        return STANDARD_PARTITION_REGION.matcher(region.id()).matches()
                ? Optional.of(URI.create("https://dynamodb." + region.id() + ".amazonaws.com"))
                : Optional.empty();
    }

    /** Whether no setting but the region bears on the endpoint, so the regional one is what the rules would pick. */
    static boolean nothingElseDecides(Map<String, String> env, UnaryOperator<String> properties, Path configFile) {
        return ENDPOINT_VARIABLES.stream().noneMatch(name -> present(env, name))
                && ENDPOINT_PROPERTIES.stream().map(properties).allMatch(value -> value == null || value.isBlank())
                && !Files.exists(configFile);
    }

    /** The shared config file, which may set an endpoint URL or FIPS for a profile. */
    private static Path userConfigFile() {
        return Path.of(System.getProperty("user.home", ""), ".aws", "config");
    }

    private static DynamoDbEndpointProvider fixed(URI url) {
        CompletableFuture<Endpoint> endpoint = CompletableFuture.completedFuture(Endpoint.builder().url(url).build());
        return parameters -> endpoint;
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        boolean inEnvironment = present(env, "AWS_ACCESS_KEY_ID") && present(env, "AWS_SECRET_ACCESS_KEY");
        return inEnvironment ? EnvironmentVariableCredentialsProvider.create() : DefaultCredentialsProvider.builder().build();
    }

    private static boolean hasProxy(Map<String, String> env) {
        return env.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("HTTPS_PROXY") || name.equalsIgnoreCase("HTTP_PROXY"));
    }

    private static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    /** The JDK's default TLS context, which HTTPS connections use: built here, off the request path. */
    private static void warmTls() {
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    /**
     * @param proxyScheme null for the JDK's own connections, with this class's timeouts and the JDK's default TLS
     *                    context built on first use; otherwise the SDK's HTTP client, which builds a TLS context of
     *                    its own up front (whatever the endpoint), through the proxy its environment variables name
     *                    for this scheme ({@code HTTPS_PROXY} for https; the SDK would read only {@code HTTP_PROXY})
     */
    private static DynamoDbClientBuilder withTimeouts(DynamoDbClientBuilder builder, String proxyScheme) {
        if (proxyScheme == null) {
            builder.httpClient(UrlConnectionHttpClient.create(DynamoDbClients::open));
        } else {
            builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(SOCKET_TIMEOUT)
                    .proxyConfiguration(ProxyConfiguration.builder().scheme(proxyScheme).build()));
        }
        return builder
                .overrideConfiguration(o -> o
                        .addExecutionInterceptor(new TracedCalls())
                        .apiCallTimeout(API_CALL_TIMEOUT)
                        .apiCallAttemptTimeout(API_CALL_ATTEMPT_TIMEOUT)
                        .retryStrategy(retry -> retry.maxAttempts(MAX_ATTEMPTS)));
    }

    private static HttpURLConnection open(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) SOCKET_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + uri, e);
        }
    }
}
