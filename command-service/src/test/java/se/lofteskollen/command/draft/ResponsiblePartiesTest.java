package se.lofteskollen.command.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsiblePartiesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Polisen ska hålla orossamtal med unga.                 | POLICE",
            "Kommunen ska erbjuda stöd.                             | MUNICIPALITY",
            "Polisen och kommunen ska fortsätta samverkan.          | POLICE,MUNICIPALITY",
            "Kommunen och polisen ska samverka.                     | POLICE,MUNICIPALITY",
            "Vi ska samverka kring unga.                            | POLICE,MUNICIPALITY",
            "Västerviks kommun ska kartlägga hedersnormer.          | MUNICIPALITY",
            "Lokalpolisområde Västervik kommer att öka synligheten. | POLICE",
            "Kommunen ska under våren genomföra en förstudie.       | MUNICIPALITY"})
    void theSubjectOfTheSentenceSaysWhoAnswers(String words, String codes) {
        assertThat(ResponsibleParties.read(words).codes()).containsExactly(codes.split(","));
    }

    @Test
    void aPartyTheReaderDoesNotKnowIsReportedNotGuessed() {
        ResponsibleParties read = ResponsibleParties.read("Regionen och kommunen ska samverka kring föräldrar.");

        assertThat(read.codes()).containsExactly("MUNICIPALITY");
        assertThat(read.unknown()).containsExactly("regionen");
        assertThat(read.because()).isEqualTo("Regionen och kommunen ska");
    }

    @Test
    void aSentenceWithoutASubjectNamesNoOne() {
        assertThat(ResponsibleParties.read("Fler trygghetsvandringar i centrum.").codes()).isEqualTo(List.of());
    }
}
