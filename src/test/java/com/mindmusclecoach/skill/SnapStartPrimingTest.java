package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Priming warms the skill without writing anyone's progress, and survives storage being down. */
class SnapStartPrimingTest {

    @Test
    void prime_shouldOnlyRead_andNeverWriteToTheRealStorage() {
        CountingProgressRepository storage = new CountingProgressRepository();

        SnapStartPriming.prime(CatalogueFile.standard(), storage);

        assertThat(storage.reads.get()).isEqualTo(1);
        assertThat(storage.writes.get()).isZero();
        assertThat(storage.find(SnapStartPriming.PRIMING_USER)).isEmpty();
    }

    @Test
    void prime_shouldNotFail_whenStorageIsDown() {
        CountingProgressRepository storage = new CountingProgressRepository();
        storage.down(true);

        SnapStartPriming.prime(CatalogueFile.standard(), storage);

        assertThat(storage.writes.get()).isZero();
    }
}
