package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The payload forms the reference accepts and rejects (checked with {@code cfn-guard validate --payload}). */
class PayloadTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"rules\":[\"r1\",\"r2\"],\"data\":[\"d1\"]}",
        "  {\"data\":[\"d1\"], \"rules\":[\"r1\",\"r2\"]}\n",
        "{\"rules\":[\"r1\",\"r2\"],\"data\":[\"d1\"],\"extra\":{\"x\":1,\"x\":[null]}}",
        "[[\"r1\",\"r2\"],[\"d1\"]]",
    })
    void accepted(String json) throws GuardCliException {
        Payload payload = Payload.parse(json);
        assertEquals(List.of("r1", "r2"), payload.rules());
        assertEquals(List.of("d1"), payload.data());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "\"x\"",
        "{\"rules\": \"not a list\", \"data\": []}",
        "{\"data\":[]}",
        "{\"rules\":[]}",
        "{\"rules\":null,\"data\":[]}",
        "{\"rules\":[],\"rules\":[],\"data\":[]}",
        "{\"rules\":[1],\"data\":[]}",
        "{\"rules\":[],\"data\":[]} x",
        "{\"rules\":[],\"data\":[],}",
        "{\"rules\":[\"\\ud800\"],\"data\":[]}",
        "[[]]",
        "[[],[],[]]",
    })
    void rejectedAsParseError(String json) {
        GuardCliException error = assertThrows(GuardCliException.class, () -> Payload.parse(json));
        assertTrue(error.getMessage().startsWith("Parser Error when parsing `"), error.getMessage());
    }

    @Test
    void sourcesAreNumberedFromOne() throws GuardCliException {
        Payload payload = Payload.parse("{\"rules\":[\"r1\",\"r2\"],\"data\":[\"d1\"]}");
        assertEquals(List.of(new RuleSource("RULES_STDIN[1]", "r1"), new RuleSource("RULES_STDIN[2]", "r2")),
                payload.ruleSources());
        assertEquals(List.of(new DataSource("DATA_STDIN[1]", "d1")), payload.dataSources());
    }

    @Test
    void blankPayloadDataIsAnError() throws GuardCliException {
        Payload payload = Payload.parse("{\"rules\":[],\"data\":[\"d1\", \"  \"]}");
        GuardCliException error = assertThrows(GuardCliException.class, payload::dataSources);
        assertEquals("Parser Error when parsing `Unable to parse a template from data file: DATA_STDIN[2] is empty`",
                error.getMessage());
    }
}
