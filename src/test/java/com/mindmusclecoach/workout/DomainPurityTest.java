package com.mindmusclecoach.workout;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The workout rules stay free of Alexa and AWS, so they can be read, tested and reused on their own. */
class DomainPurityTest {

    @Test
    void workoutPackage_shouldImportNothingFromAlexaOrAws() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/mindmusclecoach/workout"))) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(DomainPurityTest::lines)
                    .filter(line -> line.matches("import (static )?(com\\.amazon\\.|com\\.amazonaws\\.|software\\.amazon\\.).*"))
                    .toList();
        }

        assertThat(offending).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
