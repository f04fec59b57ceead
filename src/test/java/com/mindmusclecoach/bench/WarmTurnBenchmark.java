package com.mindmusclecoach.bench;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.workout.Catalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * A warm mid-set turn: "ready" while resting before set two of three, through the same JSON path as Lambda
 * (deserialize, handle, narrate a whole set, serialize), progress in memory. Run:
 * {@code mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main WarmTurnBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Thread)
public class WarmTurnBenchmark {

    private final JacksonSerializer serializer = new JacksonSerializer();
    private CustomSkill skill;
    private String readyForSetTwo;

    @Setup
    public void setUp() throws Exception {
        skill = CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null);
        Echo user = Echo.inProcess(skill, null);
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        readyForSetTwo = Requests.text(user.prepare(Requests.fixture("ready")));
        if (!turn().contains("Set two of three")) {
            throw new IllegalStateException("the benchmark turn is not set two");
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String latency() {
        return turn();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String throughput() {
        return turn();
    }

    private String turn() {
        return serializer.serialize(skill.invoke(serializer.deserialize(readyForSetTwo, RequestEnvelope.class)));
    }
}
