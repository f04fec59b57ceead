package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CountingProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.workout.Catalogue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Session attributes exactly as the skill writes them in every phase of a workout, including a session that
 * carries unsaved changes of every kind (storage was down): the raw material the fuzz suite tampers with.
 */
final class SessionSnapshots {

    private SessionSnapshots() {
    }

    static List<JsonNode> all() {
        CountingProgressRepository storage = new CountingProgressRepository();
        Transport skill = Transport.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null,
                Clock.fixed(Requests.FIXTURE_TIME, ZoneOffset.UTC)));
        List<JsonNode> snapshots = new ArrayList<>();
        snapshots.add(Requests.JSON.createObjectNode());

        Echo device = Checks.echo(skill, "amzn1.ask.account.SNAPSHOTS");
        snapshots.add(device.say(Requests.launch()).attributes());
        snapshots.add(device.say(Requests.startWorkout("bicep focus", "bicep_focus")).attributes());
        snapshots.add(device.say(Requests.intent("ReadyIntent")).attributes());
        snapshots.add(device.say(Requests.intent("RateIntent", "rating", "4")).attributes());
        snapshots.add(device.say(Requests.intent("SetRepsIntent", "reps", "12")).attributes());
        snapshots.add(device.say(Requests.intent("AMAZON.PauseIntent")).attributes());
        snapshots.add(device.say(Requests.intent("DeleteDataIntent")).attributes());
        device.say(Requests.intent("AMAZON.NoIntent"));
        device.say(Requests.intent("AMAZON.StopIntent"));
        snapshots.add(device.say(Requests.launch()).attributes());

        storage.down(true);
        Echo offline = Checks.echo(skill, "amzn1.ask.account.SNAPSHOTS-OFFLINE");
        offline.say(Requests.launch());
        offline.say(Requests.intent("SlowerIntent"));
        offline.say(Requests.startWorkout("squats", "squat"));
        for (int set = 0; set < 2; set++) {
            offline.say(Requests.intent("ReadyIntent"));
            snapshots.add(offline.say(Requests.intent("RateIntent", "rating", "5")).attributes());
        }
        offline.say(Requests.intent("ReadyIntent"));
        snapshots.add(offline.say(Requests.intent("AMAZON.NextIntent")).attributes());
        return List.copyOf(snapshots);
    }
}
