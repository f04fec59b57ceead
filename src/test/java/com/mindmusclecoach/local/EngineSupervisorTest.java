package com.mindmusclecoach.local;

import com.mindmusclecoach.progress.dynamodb.ProgressTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervisor when the engine's port is taken while it is down: it waits for that port rather than move. */
class EngineSupervisorTest {

    @TempDir
    Path temp;

    @Test
    void portTakenWhileTheEngineIsDown_shouldRestartOnThatPortOnceItIsFree() throws Exception {
        try (DynaliteEngine engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, temp.resolve("dynamodb"),
                Duration.ofSeconds(2))) {
            ProgressTable.createIfMissing(engine.client(), "progress");
            int port = engine.endpoint().getPort();
            ProcessHandle first = ProcessHandle.of(engine.pid()).orElseThrow();

            try (ServerSocket squatter = new ServerSocket()) {
                first.destroyForcibly();
                first.onExit().get(10, TimeUnit.SECONDS);
                squatter.setReuseAddress(true);
                squatter.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                Thread.sleep(4_000);
                assertThat(engine.restarts()).as("no restart while the port is taken").isZero();
            }
            Instant deadline = Instant.now().plusSeconds(90);
            while (engine.restarts() == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }

            assertThat(engine.restarts()).isEqualTo(1);
            assertThat(engine.endpoint().getPort()).isEqualTo(port);
            assertThat(engine.client().listTables().tableNames()).as("the data survived").containsExactly("progress");
        }
    }
}
