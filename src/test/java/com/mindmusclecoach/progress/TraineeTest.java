package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraineeTest {

    @Test
    void theAccountsId_shouldBeTheAccountIdItself_asEveryItemWasKeyedBeforePeople() {
        assertThat(new Trainee("amzn1.ask.account.A", null).id()).isEqualTo("amzn1.ask.account.A");
    }

    @Test
    void aPersonsId_shouldNameTheAccount_andReadBack() {
        Trainee ann = new Trainee("amzn1.ask.account.A", "amzn1.ask.person.ANN");

        assertThat(ann.id()).isEqualTo("amzn1.ask.account.A#amzn1.ask.person.ANN");
        assertThat(Trainee.of(ann.id())).isEqualTo(ann);
        assertThat(Trainee.of("amzn1.ask.account.A")).isEqualTo(new Trainee("amzn1.ask.account.A", null));
    }

    @Test
    void aMalformedPersonId_shouldBeNobodyRecognized() {
        assertThat(new Trainee("a", "").person()).isNull();
        assertThat(new Trainee("a", "x#y").person()).isNull();
        assertThat(new Trainee("a", "<x/>").person()).isNull();
        assertThat(new Trainee("a", "@people").person()).as("never the account's list of people").isNull();
    }

    @Test
    void anAccountIdWithTheSeparator_shouldBeRefused() {
        assertThat(Trainee.isAccountId("a#b")).isFalse();
        assertThatThrownBy(() -> new Trainee("a#b", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
