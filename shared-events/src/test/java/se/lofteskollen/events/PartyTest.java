package se.lofteskollen.events;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartyTest {

    @Test
    void partiesAreJoinedSortedByNameSoTheSameSetIsTheSameText() {
        assertThat(Party.joined(EnumSet.of(Party.POLICE, Party.MUNICIPALITY))).isEqualTo("MUNICIPALITY,POLICE");
        assertThat(Party.joined(List.of(Party.POLICE))).isEqualTo("POLICE");
        assertThat(Party.joined(Set.of())).isEmpty();
        assertThat(Party.joined(null)).isEmpty();
    }

    @Test
    void aJoinedTextReadsBackAsItsParties() {
        assertThat(Party.setOf(Party.joined(EnumSet.allOf(Party.class)))).containsExactlyInAnyOrder(Party.values());
        assertThat(Party.setOf(" POLICE , MUNICIPALITY ")).containsExactlyInAnyOrder(Party.POLICE, Party.MUNICIPALITY);
        assertThat(Party.setOf("")).isEmpty();
        assertThat(Party.setOf(null)).isEmpty();
    }

    @Test
    void aNameOfNoPartyIsPassedOver() {
        assertThat(Party.setOf("POLICE,REGION,,police")).containsExactly(Party.POLICE);
        assertThat(Party.named("REGION")).isEmpty();
        assertThat(Party.named("MUNICIPALITY")).contains(Party.MUNICIPALITY);
    }
}
