package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress model stays free of AWS; only its DynamoDB adapter, in a package of its own, knows the SDK. */
class ProgressPurityTest {

    private static final Path PROGRESS = Path.of("src/main/java/com/mindmusclecoach/progress");

    @Test
    void progressPackage_shouldImportNothingFromAlexaOrAws_whenOutsideItsDynamoDbAdapter() throws IOException {
        assertThat(importsMatching(PROGRESS, 1, "(com\\.amazon\\.|com\\.amazonaws\\.|software\\.amazon\\.).*")).isEmpty();
    }

    @Test
    void dynamoDbAdapter_shouldImportNothingFromTheSkill_whenMappingProgress() throws IOException {
        assertThat(importsMatching(PROGRESS.resolve("dynamodb"), Integer.MAX_VALUE,
                "(com\\.amazon\\.ask\\.|com\\.mindmusclecoach\\.skill\\.|com\\.mindmusclecoach\\.speech\\.).*")).isEmpty();
    }

    private static List<String> importsMatching(Path directory, int depth, String pattern) throws IOException {
        try (Stream<Path> files = Files.walk(directory, depth)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ProgressPurityTest::lines)
                    .filter(line -> line.matches("import (static )?" + pattern))
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
