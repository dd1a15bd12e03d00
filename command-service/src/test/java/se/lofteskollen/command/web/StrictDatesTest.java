package se.lofteskollen.command.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A command's date is a day of the calendar written YYYY-MM-DD, and nothing else Java or Jackson would read as one. */
class StrictDatesTest {

    @Test
    void aCalendarDayWrittenYearMonthDayIsRead() {
        assertThat(StrictJson.SaneDate.isoDate("2025-05-20")).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(StrictJson.SaneDate.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(StrictJson.SaneDate.isoDate("2025-12-31")).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-05-00",
            "20250520", "2025/05/20", "2025-5-20", " 2025-05-20", "2025-05-20 ", "2025-05-20T10:00:00Z",
            "+2025-05-20", "2025-٠5-20", "yesterday", ""})
    void anythingElseIsNoDate(String text) {
        assertThat(StrictJson.SaneDate.isoDate(text)).isNull();
    }
}
