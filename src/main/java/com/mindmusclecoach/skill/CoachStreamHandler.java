package com.mindmusclecoach.skill;

import com.amazon.ask.SkillStreamHandler;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.workout.Catalogue;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The AWS Lambda entry point: the skill, with progress in the DynamoDB table named by {@code TABLE_NAME}
 * (set by template.yaml) and the skill ID from {@code SKILL_ID}. Built once per container, at init.
 */
public final class CoachStreamHandler extends SkillStreamHandler {

    public CoachStreamHandler() {
        super(CoachSkill.create(Catalogue.standard(), progress(System.getenv("TABLE_NAME")), System.getenv("SKILL_ID")));
    }

    private static ProgressRepository progress(String table) {
        if (table == null || table.isBlank()) {
            LoggerFactory.getLogger(CoachStreamHandler.class)
                    .warn("TABLE_NAME is not set: progress is kept in memory and lost when this container stops");
            return new InMemoryProgressRepository();
        }
        return new DynamoDbProgressRepository(DynamoDbClients.standard(), table, Clock.systemUTC());
    }
}
