package com.mindmusclecoach.skill;

import com.amazon.ask.SkillStreamHandler;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.workout.Catalogue;

/**
 * The AWS Lambda entry point. Progress is kept in memory until the DynamoDB repository lands; the skill ID
 * comes from the {@code SKILL_ID} environment variable.
 */
public final class CoachStreamHandler extends SkillStreamHandler {

    public CoachStreamHandler() {
        super(CoachSkill.create(Catalogue.standard(), new InMemoryProgressRepository(), System.getenv("SKILL_ID")));
    }
}
