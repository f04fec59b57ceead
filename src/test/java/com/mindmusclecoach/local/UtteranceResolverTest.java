package com.mindmusclecoach.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UtteranceResolverTest {

    private static UtteranceResolver resolver;

    @BeforeAll
    static void readModel() throws IOException {
        resolver = new UtteranceResolver(InteractionModel.read(Path.of("skill-package/interactionModels/custom/en-US.json")));
    }

    @ParameterizedTest
    @CsvSource({
        "start bicep focus, bicep_focus", "Let's do biceps!, bicep_focus", "train my chest, chest_focus",
        "start leg day, leg_day", "arms, arm_day", "work my triceps, triceps", "start curls, biceps_curl", "train my glutes, squat_focus",
        "start pushups, push_up", "start push up focus, push_up_focus", "start squat focus, squat_focus",
        "start push-ups, push_up", "train my upper-body, upper_body"})
    void resolve_shouldFindTheWorkoutId_fromNamesAndSynonyms(String said, String id) {
        UtteranceResolver.Resolution r = resolver.resolve(said);

        assertThat(r.intent()).isEqualTo("StartWorkoutIntent");
        assertThat(r.slots().get("workout").id()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"skip the warm-up, SkipWarmUpIntent", "Skip the warm-up!, SkipWarmUpIntent", "skip the cool-down, SkipCoolDownIntent"})
    void resolve_shouldHearAHyphenAsASpace_asSpeechRecognitionWould(String typed, String intent) {
        assertThat(resolver.resolve(typed).intent()).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource({"four, NumberAnswerIntent, number, 4", "i'd say a three, RateIntent, rating, 3", "eleven, NumberAnswerIntent, number, 11",
        "three out of five, RateIntent, rating, 3",
        "make it ten reps, SetRepsIntent, reps, 10", "do a million reps, SetRepsIntent, reps, 1000000",
        "only ten reps, SetRepsIntent, reps, 10", "i only did six, RepsDoneIntent, reps, 6",
        "I did eight reps, RepsDoneIntent, reps, 8", "only six, RepsDoneIntent, reps, 6",
        "i could only do twelve, RepsDoneIntent, reps, 12"})
    void resolve_shouldReadNumberWords_intoNumberSlots(String said, String intent, String slot, String value) {
        UtteranceResolver.Resolution r = resolver.resolve(said);

        assertThat(r.intent()).isEqualTo(intent);
        assertThat(r.slots().get(slot).heard()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"upper body with dumbbells, upper_body, dumbbells", "triceps with no equipment, triceps, none",
        "a chest workout without equipment, chest_focus, none", "leg day bodyweight, leg_day, none"})
    void resolve_shouldFindWhereOneSlotEnds_whenTwoSlotsSitSideBySide(String said, String workout, String kit) {
        UtteranceResolver.Resolution r = resolver.resolve(said);

        assertThat(r.intent()).isEqualTo("RequestWorkoutIntent");
        assertThat(r.slots().get("workout").id()).isEqualTo(workout);
        assertThat(r.slots().get("kit").id()).isEqualTo(kit);
    }

    @ParameterizedTest
    @CsvSource({"my knee hurts, knee", "My lower back is sore., back", "i hurt my hand, wrist", "pain in my foot, ankle",
        "my shoulder, shoulder", "i have pain in my knees, knee", "my neck feels wrong, neck"})
    void resolve_shouldFindTheBodyPartId_fromNamesAndSynonyms(String said, String id) {
        UtteranceResolver.Resolution r = resolver.resolve(said);

        assertThat(r.intent()).isEqualTo("PainIntent");
        assertThat(r.slots().get("bodyPart").id()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"ouch, PainIntent", "that hurts, PainIntent", "i pulled something, PainIntent", "i feel dizzy, DizzyIntent",
        "my head is spinning, DizzyIntent", "that was too hard, TooHardIntent", "make it easier, TooHardIntent",
        "too easy, TooEasyIntent", "make it harder, TooEasyIntent"})
    void resolve_shouldFindHowTheSetFelt_withoutSlots(String said, String intent) {
        UtteranceResolver.Resolution r = resolver.resolve(said);

        assertThat(r.intent()).isEqualTo(intent);
        assertThat(r.slots()).isEmpty();
    }

    /** The model's own samples, with a known value in each slot, reach the intent they are written for. */
    @Test
    void resolve_shouldTakeEverySampleToItsOwnIntent() throws IOException {
        InteractionModel model = InteractionModel.read(Path.of("skill-package/interactionModels/custom/en-US.json"));
        for (InteractionModel.Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                String said = sample;
                for (Map.Entry<String, String> slot : intent.slotTypes().entrySet()) {
                    String value = slot.getValue().equals("AMAZON.NUMBER") ? "three"
                            : slot.getValue().equals("AMAZON.TIME") ? "seven"
                            : model.slotValues().get(slot.getValue()).keySet().iterator().next();
                    said = said.replace("{" + slot.getKey() + "}", value);
                }
                UtteranceResolver.Resolution r = resolver.resolve(said);

                assertThat(r.intent()).as("'" + said + "'").isEqualTo(intent.name());
                assertThat(r.slots().values()).as("slots of '" + said + "' resolve").allMatch(v -> !v.customType() || v.id() != null);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"stop, AMAZON.StopIntent", "help, AMAZON.HelpIntent", "yes, AMAZON.YesIntent", "pause, AMAZON.PauseIntent",
        "keep going, AMAZON.ResumeIntent", "next, AMAZON.NextIntent", "ready, ReadyIntent", "slow down, SlowerIntent",
        "how many left, HowManyLeftIntent", "blah blah banana, AMAZON.FallbackIntent"})
    void resolve_shouldFindBuiltInAndCustomIntents(String said, String intent) {
        assertThat(resolver.resolve(said).intent()).isEqualTo(intent);
    }

    @Test
    void resolve_shouldKeepAnUnknownWorkoutAsHeard_withoutAnId() {
        UtteranceResolver.Resolution r = resolver.resolve("start toe focus");

        assertThat(r.intent()).isEqualTo("StartWorkoutIntent");
        assertThat(r.slots().get("workout").heard()).isEqualTo("toe focus");
        assertThat(r.slots().get("workout").id()).isNull();
    }

    @Test
    void resolve_shouldNameASlotAsDeclared_evenInCamelCase() {
        InteractionModel model = new InteractionModel("test", List.of(new InteractionModel.Intent("SomeIntent",
                List.of("my {bodyPart} hurts"), Map.of("bodyPart", "BodyPart"))), Map.of("BodyPart", Map.of("knee", "knee")));

        UtteranceResolver.Resolution r = new UtteranceResolver(model).resolve("My knee hurts");

        assertThat(r.intent()).isEqualTo("SomeIntent");
        assertThat(r.slots()).containsOnlyKeys("bodyPart");
        assertThat(r.slots().get("bodyPart").id()).isEqualTo("knee");
    }

    @ParameterizedTest
    @CsvSource({"seven, 07:00", "seven thirty, 07:30", "six oh five pm, 18:05", "7 30 in the evening, 19:30",
        "noon, 12:00", "twelve am, 00:00", "twenty five o'clock, 25:00", "nine at night, 21:00", "banana, ''"})
    void time_shouldBeWhatAmazonTimeGives(String said, String time) {
        assertThat(UtteranceResolver.time(UtteranceResolver.normalize(said)).orElse("")).isEqualTo(time);
    }

    @Test
    void resolve_shouldFindAReminderWithItsDaysAndTime() {
        UtteranceResolver.Resolution r = resolver.resolve("remind me to train monday wednesday and friday at seven");

        assertThat(r.intent()).isEqualTo("SetReminderIntent");
        assertThat(r.slots().get("dayOne").id()).isEqualTo("MO");
        assertThat(r.slots().get("dayThree").id()).isEqualTo("FR");
        assertThat(r.slots().get("time").heard()).isEqualTo("07:00");
        assertThat(resolver.resolve("cancel my reminders").intent()).isEqualTo("CancelRemindersIntent");
    }

    @Test
    void resolve_shouldFindTheQuestionWhatRemindersAreSet() {
        for (String asked : java.util.List.of("what reminders do i have", "when are my reminders",
                "do i have any reminders", "when is my training reminder")) {
            assertThat(resolver.resolve(asked).intent()).as(asked).isEqualTo("ListRemindersIntent");
        }
    }
}
