package com.mindmusclecoach.reliability;

import com.amazon.ask.CustomSkill;

/**
 * {@link com.mindmusclecoach.testkit.Transport} under its old name. Kept only for {@code StorageFaultTest}, which is
 * being changed elsewhere; new code uses the testkit's, and this goes once that test does.
 */
interface Transport extends com.mindmusclecoach.testkit.Transport {

    static Transport inProcess(CustomSkill skill) {
        return com.mindmusclecoach.testkit.Transport.inProcess(skill)::send;
    }
}
