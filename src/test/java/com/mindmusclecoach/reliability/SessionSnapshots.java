package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CountingProgressRepository;
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
                Clock.fixed(Alexa.FIXTURE_TIME, ZoneOffset.UTC)));
        List<JsonNode> snapshots = new ArrayList<>();
        snapshots.add(Alexa.JSON.createObjectNode());

        Device device = new Device(skill, "amzn1.ask.account.SNAPSHOTS");
        snapshots.add(device.say(Alexa.launch()).attributes());
        snapshots.add(device.say(Alexa.startWorkout("bicep focus", "bicep_focus")).attributes());
        snapshots.add(device.say(Alexa.intent("ReadyIntent")).attributes());
        snapshots.add(device.say(Alexa.intent("RateIntent", "rating", "4")).attributes());
        snapshots.add(device.say(Alexa.intent("SetRepsIntent", "reps", "12")).attributes());
        snapshots.add(device.say(Alexa.intent("AMAZON.PauseIntent")).attributes());
        snapshots.add(device.say(Alexa.intent("DeleteDataIntent")).attributes());
        device.say(Alexa.intent("AMAZON.NoIntent"));
        device.say(Alexa.intent("AMAZON.StopIntent"));
        snapshots.add(device.say(Alexa.launch()).attributes());

        storage.down(true);
        Device offline = new Device(skill, "amzn1.ask.account.SNAPSHOTS-OFFLINE");
        offline.say(Alexa.launch());
        offline.say(Alexa.intent("SlowerIntent"));
        offline.say(Alexa.startWorkout("squats", "squat"));
        for (int set = 0; set < 2; set++) {
            offline.say(Alexa.intent("ReadyIntent"));
            snapshots.add(offline.say(Alexa.intent("RateIntent", "rating", "5")).attributes());
        }
        offline.say(Alexa.intent("ReadyIntent"));
        snapshots.add(offline.say(Alexa.intent("AMAZON.NextIntent")).attributes());
        return List.copyOf(snapshots);
    }
}
