package se.lofteskollen.query.readmodels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MultiRowInsertTest {

    @Test
    void theRowOfValuesIsWrittenOncePerRowAndWhatFollowsItIsKept() {
        assertThat(MultiRowInsert.of("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO NOTHING", 3))
                .isEqualTo("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?) ON CONFLICT (a) DO NOTHING");
    }

    @Test
    void parenthesesAndQuotedTextInTheValuesStayInTheirRow() {
        assertThat(MultiRowInsert.of("insert into t (a, b, c) values (?, coalesce(?, ')'), 'x(')", 2))
                .isEqualTo("insert into t (a, b, c) values (?, coalesce(?, ')'), 'x('), (?, coalesce(?, ')'), 'x(')");
    }

    @Test
    void aStatementThatIsNoInsertOfOneRowOfValuesIsLeftAlone() {
        assertThat(MultiRowInsert.of("UPDATE t SET a = ? WHERE b = ?", 2)).isNull();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) SELECT a FROM unnest(?::varchar[]) AS u (a)", 2)).isNull();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET a = (SELECT 1 "
                + "FROM (VALUES (1)) v)", 2)).isNull();
    }
}
