package io.claimflow.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTextTest {

    @TempDir
    Path dir;

    @Test
    void readsIdAndTextOfEachLineIgnoringOtherFields() throws Exception {
        Path file = Files.writeString(
                dir.resolve("q.jsonl"),
                "{\"id\": \"q1\", \"text\": \"One.\", \"line\": 17}\n\n{\"id\": 2, \"text\": \"Two.\"}\n");
        assertThat(QueryText.read(file)).containsExactly(new QueryText("q1", "One."), new QueryText("2", "Two."));
    }

    @Test
    void aMissingFieldARepeatedIdOrBrokenJsonFailsWithTheLine() throws Exception {
        assertFails("{\"id\": \"q1\", \"text\": \"One.\"}\n{\"id\": \"q2\"}\n", "q.jsonl: line 2: text is missing");
        assertFails(
                "{\"id\": \"q1\", \"text\": \"a\"}\n{\"id\": \"q1\", \"text\": \"b\"}\n", "line 2: id q1 is repeated");
        assertFails("{\"id\": \"q 1\", \"text\": \"a\"}\n", "line 1: id must hold no white space");
        assertFails("{\"id\": \"q1\", \"text\": \"a\"}\n{\"id\": \"q2\", \"text\": \"b\"\n", "not valid JSON");
        assertFails("[\"q1\"]\n", "line 1: expected an object");
        assertFails("", "q.jsonl: is empty");
    }

    private void assertFails(String content, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("q.jsonl"), content);
        assertThatThrownBy(() -> QueryText.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }
}
