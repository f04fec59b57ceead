package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripted text-coach runs on the DynamoDB engine: a whole workout, then a later run that remembers it. */
class ChatProgressTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    private static String chat(ProgressRepository storage, String script) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ChatMain chat = new ChatMain(CoachSkill.create(CatalogueFile.standard(), storage, null),
                new UtteranceResolver(InteractionModel.read(Path.of("skill-package/interactionModels/custom/en-US.json"))),
                new RequestFactory("amzn1.ask.skill.local", "amzn1.ask.account.scripted", "en-US", Clock.systemUTC()),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);
        chat.run(new BufferedReader(new StringReader(script)), false);
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wholeWorkout_thenALaterRun_shouldSeeTheProgress() throws Exception {
        ProgressRepository storage = new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC());

        String first = chat(storage, "start squats\nready\nfour\nready\nfive\nyes\nfour\nno\n");
        String second = chat(storage, "how am i doing\nstop\n");

        assertThat(first).contains("Squats, set one of three.").contains("Set two of three.")
                .contains("And that's squats done!").contains("Your connection averaged about four out of five.")
                .contains("(session ended)");
        assertThat(second).contains("coach> Welcome back. Your arms are due. How about arm day today?")
                .contains("coach> You've finished one workout, ")
                .contains("Your most trained exercise is squats: three sets and thirty reps.")
                .contains("Your glutes and thighs connection");
    }
}
