package dev.cfnguard.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnguard.internal.eval.Status;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Combining the reports of several rules files against one data file, as {@code --structured} does. */
class FileReportTest {

    @ParameterizedTest(name = "{0} then {1} is {2}")
    @CsvSource({
        "SKIP, SKIP, SKIP", "SKIP, PASS, PASS", "SKIP, FAIL, FAIL",
        "PASS, SKIP, PASS", "PASS, PASS, PASS", "PASS, FAIL, FAIL",
        "FAIL, SKIP, FAIL", "FAIL, PASS, FAIL", "FAIL, FAIL, FAIL"})
    void statusesCombineFailFirstThenPass(Status first, Status second, Status combined) {
        FileReport report = report(first, "a").combine(report(second, "b"));
        assertEquals(combined, report.status());
    }

    @ParameterizedTest
    @CsvSource({"PASS", "FAIL"})
    void aRunWithoutRulesStartsFromSkip(Status status) {
        assertEquals(status, FileReport.empty("data").combine(report(status, "a")).status());
    }

    @Test
    void namesAreMergedAndSortedByCodePoint() {
        FileReport first = new FileReport("data", Status.SKIP, List.of(), names("b", "\uFFFD"), names("z"));
        FileReport second = new FileReport("data", Status.SKIP, List.of(), names("a", "\uD83D\uDE00"), names("y"));
        FileReport combined = first.combine(second);
        assertEquals(List.of("a", "b", "\uFFFD", "\uD83D\uDE00"), List.copyOf(combined.notApplicable()));
        assertEquals(List.of("y", "z"), List.copyOf(combined.compliant()));
    }

    private static FileReport report(Status status, String rule) {
        return new FileReport("data", status, List.of(), names(), names(rule));
    }

    private static TreeSet<String> names(String... names) {
        return new TreeSet<>(List.of(names));
    }
}
