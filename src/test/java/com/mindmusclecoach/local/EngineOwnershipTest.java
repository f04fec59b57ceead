package com.mindmusclecoach.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The owner file: a stale record is replaced, and only our dynalite on this folder is ever stopped. */
class EngineOwnershipTest {

    @TempDir
    Path temp;

    @Test
    void staleRecordOfAnUnrelatedProcess_shouldBeReplaced_andThatProcessLeftAlone() throws Exception {
        Path folder = temp.resolve("dynamodb");
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(EngineOwnership.ownerFile(folder), "coach=1\nengine=" + unrelated.pid() + "\n");

            try (EngineOwnership ownership = EngineOwnership.claim(folder)) {
                ownership.record(4242, 1234);
                assertThat(Files.readString(EngineOwnership.ownerFile(folder)))
                        .contains("coach=" + ProcessHandle.current().pid() + "\n", "engine=4242\n");
            }
            assertThat(unrelated.waitFor(1, TimeUnit.SECONDS)).as("the unrelated process still runs").isFalse();
        } finally {
            unrelated.destroyForcibly().waitFor();
        }
    }

    @Test
    void staleRecordOfADeadProcess_shouldBeReplaced() throws Exception {
        Path folder = temp.resolve("dynamodb");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(EngineOwnership.ownerFile(folder), "coach=" + gone.pid() + "\nengine=" + gone.pid() + "\n");

        try (EngineOwnership ownership = EngineOwnership.claim(folder)) {
            ownership.record(77, 1234);
        }
        assertThat(EngineOwnership.read(EngineOwnership.ownerFile(folder)).enginePid()).as("emptied on close").isZero();
    }

    @Test
    void folderClaimedTwice_shouldBeRefusedWithWhoHasIt() {
        Path folder = temp.resolve("dynamodb");
        try (EngineOwnership first = EngineOwnership.claim(folder)) {
            first.record(77, 1234);
            assertThatThrownBy(() -> EngineOwnership.claim(folder))
                    .isInstanceOf(EngineUnavailableException.class)
                    .hasMessageContaining("in use by another running coach (pid " + ProcessHandle.current().pid() + ")");
        }
        EngineOwnership.claim(folder).close();
    }

    @Test
    void engineFor_shouldMatchOnlyDynaliteServingThatFolder() throws Exception {
        Path folder = temp.resolve("dynamodb").toAbsolutePath();
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try (DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, folder)) {
            ProcessHandle dynalite = ProcessHandle.of(engine.pid()).orElseThrow();
            assertThat(EngineOwnership.isEngineFor(dynalite, folder)).isTrue();
            assertThat(EngineOwnership.isEngineFor(dynalite, temp.resolve("elsewhere"))).isFalse();
            assertThat(EngineOwnership.isEngineFor(sleeper.toHandle(), folder)).isFalse();
            assertThat(EngineOwnership.isEngineFor(ProcessHandle.current(), folder)).isFalse();
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }
}
