package dev.cfnguard.internal.report;

import dev.cfnguard.internal.eval.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate --structured -o junit}: one test suite per data file, one test case per rules file,
 * a failed case carrying the messages of its failed checks. Stateless.
 */
final class JunitReport {
    private JunitReport() {}

    /** One rules file against one data file. */
    record Case(String rulesFile, Status status, FileReport report, long millis) {}

    /** One data file against every rules file. */
    record Suite(String dataFile, List<Case> cases, long millis) {
        Suite {
            cases = List.copyOf(cases);
        }
    }

    static String render(List<Suite> suites, long millis) {
        int tests = 0;
        int failures = 0;
        for (Suite suite : suites) {
            tests += suite.cases().size();
            failures += failuresOf(suite);
        }
        XmlOut xml = new XmlOut();
        xml.declaration();
        xml.start("testsuites", "name", "cfn-guard validate report", "tests", Integer.toString(tests),
                "failures", Integer.toString(failures), "errors", "0", "time", Long.toString(millis));
        for (Suite suite : suites) {
            xml.start("testsuite", "name", suite.dataFile(), "errors", "0",
                    "failures", Integer.toString(failuresOf(suite)), "time", Long.toString(suite.millis()));
            for (Case each : suite.cases()) {
                testCase(xml, each);
            }
            xml.end("testsuite");
        }
        xml.end("testsuites");
        return xml.finish();
    }

    private static int failuresOf(Suite suite) {
        return (int) suite.cases().stream().filter(c -> c.status() == Status.FAIL).count();
    }

    private static void testCase(XmlOut xml, Case each) {
        String time = Long.toString(each.millis());
        if (each.status() != Status.FAIL) {
            xml.empty("testcase", "name", each.rulesFile(), "time", time,
                    "status", each.status() == Status.PASS ? "pass" : "skip");
            return;
        }
        String failedRule = null;
        List<String> texts = new ArrayList<>();
        for (ClauseReport failure : each.report().notCompliant()) {
            for (Messages messages : SarifReport.messagesOf(failure)) {
                if (failure instanceof ClauseReport.RuleReport rule) {
                    failedRule = shortRuleName(rule.name());
                }
                if (messages.customMessage() != null) {
                    texts.add(messages.customMessage());
                }
                if (messages.errorMessage() != null) {
                    texts.add(messages.errorMessage());
                }
            }
        }
        xml.start("testcase", "name", each.rulesFile(), "time", time);
        String[] attributes = failedRule == null ? new String[0] : new String[] {"message", failedRule};
        if (texts.isEmpty()) {
            xml.empty("failure", attributes);
        } else {
            xml.start("failure", attributes);
            texts.forEach(xml::text);
            xml.end("failure");
        }
        xml.end("testcase");
    }

    /** The name after {@code .guard/} for rules that carry their file's name. */
    private static String shortRuleName(String name) {
        int at = name.indexOf(".guard/");
        if (at < 0) {
            return name;
        }
        String rest = name.substring(at + ".guard/".length());
        int next = rest.indexOf(".guard/");
        return next < 0 ? rest : rest.substring(0, next);
    }
}
