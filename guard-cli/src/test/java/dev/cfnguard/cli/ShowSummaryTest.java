package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShowSummaryTest {

    @ParameterizedTest(name = "--show-summary {0} shows {1}")
    @CsvSource(delimiter = ';', value = {
        "fail; FAIL",
        "all; PASS FAIL SKIP",
        "pass,skip; PASS SKIP",
        "none; ''",
        "all,none; ''",
        "none,pass; PASS",
        "pass,none,fail; FAIL",
    })
    void statusesAreFoldedLeftToRight(String values, String expected) {
        List<ShowSummary> parsed = Arrays.stream(values.split(","))
                .map(v -> ShowSummary.valueOf(v.toUpperCase(java.util.Locale.ROOT))).toList();
        Set<ShowSummary> shown = EnumSet.noneOf(ShowSummary.class);
        for (String name : expected.split(" ")) {
            if (!name.isEmpty()) {
                shown.add(ShowSummary.valueOf(name));
            }
        }
        assertEquals(shown, ShowSummary.statusesShown(parsed));
    }
}
