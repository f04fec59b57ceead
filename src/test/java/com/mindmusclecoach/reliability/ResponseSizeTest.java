package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CountingProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole response, session attributes and screen included, within Alexa's 24 KB at its largest: a user with
 * a year of daily training, on a screen device, at the slowest tempo, twenty reps a set, full cues, through a
 * whole leg day while storage is down, so every change waits in the session.
 */
class ResponseSizeTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final Clock CLOCK = Clock.fixed(Requests.FIXTURE_TIME, ZoneOffset.UTC);

    @Test
    void aYearOfHistory_onAScreen_atTheSlowestTempo_withStorageDown_shouldKeepEveryResponseWithin24Kilobytes() {
        CountingProgressRepository storage = new CountingProgressRepository();
        String user = "amzn1.ask.account." + "AMAXQ7Z3K2VBTYN5JHR4WLCPD6EGFSU".repeat(7);
        storage.put(user, aYearOfDailyTraining(), 0);
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CATALOGUE, storage, null, CLOCK)), user).onScreenDevice();
        List<Integer> sizes = new ArrayList<>();

        sizes.add(size(device.say(Requests.launch())));
        storage.down(true);
        for (var request : List.of(Requests.startWorkout("leg day", "leg_day"), Requests.intent("SetRepsIntent", "reps", "20"),
                Requests.intent("SlowerIntent"), Requests.intent("SlowerIntent"), Requests.intent("FullCuesIntent"))) {
            sizes.add(size(device.say(request)));
        }
        Turn turn;
        do {
            sizes.add(size(device.say(Requests.intent("ReadyIntent"))));
            turn = device.say(Requests.intent("RateIntent", "rating", "5"));
            sizes.add(size(turn));
        } while (!turn.ends() && !turn.workout().path("phase").asText().equals("COOLING_DOWN"));
        turn = device.say(Requests.intent("AMAZON.YesIntent"));
        sizes.add(size(turn));

        System.out.printf("largest response: %,d bytes of %,d allowed (%d responses)%n",
                sizes.stream().mapToInt(Integer::intValue).max().orElseThrow(), 24 * 1024, sizes.size());
        assertThat(turn.heard()).contains("couldn't save");
    }

    /** Was bug C: unsaved changes piled up without bound, and about 45 sets in a response passed 24 KB. */
    @Test
    void storageDownForFiftySetsInOneSession_shouldStillKeepEveryResponseWithin24Kilobytes() {
        CountingProgressRepository storage = new CountingProgressRepository();
        String user = "amzn1.ask.account.LONG-SESSION";
        storage.put(user, aYearOfDailyTraining(), 0);
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CATALOGUE, storage, null, CLOCK)), user).onScreenDevice();
        device.say(Requests.launch());
        storage.down(true);
        device.say(Requests.startWorkout("leg day", "leg_day"));
        device.say(Requests.intent("SetRepsIntent", "reps", "20"));
        device.say(Requests.intent("SlowerIntent"));
        device.say(Requests.intent("SlowerIntent"));
        int largest = 0;
        for (int set = 1; set <= 50; set++) {
            Turn coached = device.say(Requests.intent("ReadyIntent"));
            largest = Math.max(largest, size(coached));
            if (coached.workout().path("phase").asText().equals("SWITCHING_SIDES")) {
                largest = Math.max(largest, size(device.say(Requests.intent("ReadyIntent")))); // the other side
            }
            largest = Math.max(largest, size(device.say(Requests.intent("RateIntent", "rating", "5"))));
            if (set % 10 == 0) {
                device.say(Requests.intent("AMAZON.StartOverIntent"));
                device.say(Requests.intent("AMAZON.YesIntent"));
            }
        }
        UserProgress before = storage.stored(user);
        storage.down(false);
        Turn goodbye = device.say(Requests.intent("AMAZON.StopIntent"));

        System.out.printf("fifty sets with storage down: largest response %,d bytes%n", largest);
        assertThat(goodbye.heard()).doesNotContain("couldn't save");
        UserProgress after = storage.stored(user);
        assertThat(after.setsCompleted() - before.setsCompleted()).as("sets saved once storage is back").isEqualTo(50);
        assertThat(after.repsCompleted() - before.repsCompleted()).isEqualTo(50 * 20);
        var today = after.days().get(after.days().size() - 1);
        assertThat(today.sets()).isEqualTo(50);
        assertThat(today.ratings().values().stream().mapToInt(RatingTally::count).sum()).isEqualTo(50);
        assertThat(today.ratings().values().stream().mapToInt(RatingTally::sum).sum()).isEqualTo(50 * 5);
    }

    private static int size(Turn turn) {
        return Requests.text(turn.envelope()).getBytes(StandardCharsets.UTF_8).length;
    }

    private static UserProgress aYearOfDailyTraining() {
        List<Routine> routines = CATALOGUE.routines().stream().sorted(Comparator.comparing(Routine::id)).toList();
        List<ProgressChange> changes = new ArrayList<>();
        LocalDate first = LocalDate.now(CLOCK).minusDays(365);
        for (int d = 0; d < 365; d++) {
            LocalDate day = first.plusDays(d);
            Routine routine = routines.get(d % routines.size());
            changes.add(new ProgressChange.WorkoutStarted(routine.id()));
            for (RoutineStep step : routine.steps()) {
                for (int s = 0; s < step.sets(); s++) {
                    changes.add(ProgressChanges.setDone(step.exercise(), step.reps(), day));
                    changes.add(new ProgressChange.RatingGiven(step.exercise().muscle(), 1 + (d + s) % 5, day));
                }
            }
            changes.add(new ProgressChange.WorkoutDone(day));
        }
        return UserProgress.NONE.applyAll(changes);
    }
}
