package dev.cfnguard.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules the reference rejects: we reject them too, at a precise line and column. */
class SyntaxErrorTest {

    record Case(int line, int column, String fragment, String source) {
        @Override
        public String toString() {
            return source.replace("\n", "\\n");
        }
    }

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = SyntaxErrorTest.class.getResourceAsStream("/syntax-errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : text.split("(?m)^### ")) {
            if (block.startsWith("#")) {
                continue; // the file's header comment
            }
            int newline = block.indexOf('\n');
            String[] header = block.substring(0, newline).split(" ", 2);
            String[] position = header[0].split(":");
            String source = block.substring(newline + 1, block.length() - 1);
            cases.add(new Case(Integer.parseInt(position[0]), Integer.parseInt(position[1]), header[1], source));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedAtTheRightPlace(Case c) {
        GuardSyntaxException e = assertThrows(GuardSyntaxException.class, () -> RulesParser.parse(c.source(), "x.guard"));
        SyntaxDiagnostic first = e.diagnostics().get(0);
        assertEquals(c.line() + ":" + c.column(), first.line() + ":" + first.column(), first.message());
        assertTrue(first.message().contains(c.fragment()), first.message());
        assertEquals("x.guard", first.fileName());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("Error parsing rules file x.guard at line " + c.line() + " column "
                + c.column() + ": "), e.getMessage());
    }

    @Test
    void everyErrorIsReportedInSourceOrder() {
        GuardSyntaxException e = assertThrows(GuardSyntaxException.class,
                () -> RulesParser.parse("rule r {\n  a[ 1] exists\n  b. c exists\n  d[ 'k'] exists\n}", ""));
        assertEquals(List.of("2:6", "3:6", "4:6"),
                e.diagnostics().stream().map(d -> d.line() + ":" + d.column()).toList());
    }

    @Test
    void grammarErrorsInSeveralRulesAreAllReported() {
        GuardSyntaxException e = assertThrows(GuardSyntaxException.class,
                () -> RulesParser.parse("rule r {\n  b ==\n}\nrule s {\n  c == = 1\n}\n", ""));
        // Recovery may add follow-up errors; the first two are the real ones.
        assertEquals(List.of(3, 5), e.diagnostics().stream().map(SyntaxDiagnostic::line).limit(2).toList());
    }
}
