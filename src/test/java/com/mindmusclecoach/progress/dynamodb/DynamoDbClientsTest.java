package com.mindmusclecoach.progress.dynamodb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lambda client configured the standard way, by environment variables, checked in a JVM of its own. */
class DynamoDbClientsTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    @TempDir
    Path home;

    @Test
    void standard_shouldUseTheEndpointAndRegionOfTheEnvironment_whenAwsEndpointUrlDynamodbIsSet() throws Exception {
        String output = probe(Map.of(
                "AWS_ENDPOINT_URL_DYNAMODB", DYNAMO.endpoint().toString(),
                "AWS_REGION", "eu-west-1",
                "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local"));

        assertThat(output).contains("region=eu-west-1", "endpoint=" + DYNAMO.endpoint(),
                "tables=[" + LocalDynamoDb.TABLE + "]");
    }

    @Test
    void standard_shouldFallBackToUsEast1_whenNoRegionIsConfigured() throws Exception {
        String output = probe(Map.of());

        assertThat(output).contains("region=us-east-1", "endpoint=\n").doesNotContain("tables=");
    }

    private String probe(Map<String, String> variables) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", classPath, StandardClientProbe.class.getName())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("HOME", home.toString());
        environment.put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.putAll(variables);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.replace("\r", "");
    }
}
