package dev.cfnguard.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The reference's wording of a comparison whose value does not parse, which its {@code test} command prints
 * on stdout. Expected texts from {@code cfn-guard test -r FILE -t TESTS} (3.1.1) on the same rules.
 */
class ReferenceMessageTest {

    private static final String CONTEXT = "when handling expecting either a property access \"engine.core\" or value"
            + " like \"string\" or [\"this\", \"that\"], fragment ";

    private static GuardSyntaxException failure(String rules) {
        return assertThrows(GuardSyntaxException.class, () -> RulesParser.parse(rules, "r.guard"));
    }

    @Test
    void missingValueStopsRightAfterTheOperator() {
        GuardSyntaxException e = failure("rule broken {\n  Resources.*.Type == \n");
        assertEquals("Parser Error when parsing `Parsing Error Error parsing file r.guard at line 2 at column 22, "
                + CONTEXT + " \n`", e.referenceMessage().orElseThrow());
    }

    @Test
    void unlexableValueReportsTheWholeValueAsFragment() {
        GuardSyntaxException e = failure("rule r {\n  a == {\"b\":/{\"c\":1}}\n}\n");
        assertEquals("Parser Error when parsing `Parsing Error Error parsing file r.guard at line 2 at column 7, "
                + CONTEXT + " {\"b\":/{\"c\":1}}\n}\n`", e.referenceMessage().orElseThrow());
    }

    @Test
    void columnsCountCharacters() {
        GuardSyntaxException e = failure("rule r {\n  a == \"é\" or b == \n");
        assertTrue(e.referenceMessage().orElseThrow().contains("at line 2 at column 19,"), e.referenceMessage().get());
    }

    @Test
    void otherErrorsHaveNoReferenceWording() {
        assertTrue(failure("rule r {\n  a exists\n").referenceMessage().isEmpty());
        assertTrue(failure("rule {\n").referenceMessage().isEmpty());
    }
}
