package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.document.ValueMerge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.report.VerboseTreePrinter;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static Value yaml(String text) throws Exception {
        return SerdeYaml.toValue(SerdeYaml.parse(text), Path.ROOT);
    }

    private static String tree(EvaluationResult result) {
        StringBuilder out = new StringBuilder();
        VerboseTreePrinter.print(result.root(), out);
        return out.toString();
    }

    @Test
    void oneEvaluatorServesManyThreads() throws Exception {
        RulesFile rules = RulesParser.parse("""
                let names = Resources.*[ Type == /^AWS::S3/ ].Properties.BucketName
                rule named { %names == /^[a-z-]+$/ }
                rule counted { Resources.* { Type exists } }
                """, "concurrent.guard");
        Evaluator evaluator = new Evaluator(rules, "concurrent.guard");
        Value document = yaml("""
                Resources:
                  A: {Type: AWS::S3::Bucket, Properties: {BucketName: my-bucket}}
                  B: {Type: AWS::S3::Bucket, Properties: {BucketName: Other}}
                """);
        String expected = tree(evaluator.evaluate(document, "d.yaml"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                runs.add(pool.submit(() -> tree(evaluator.evaluate(document, "d.yaml"))));
            }
            for (Future<String> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void statusAndFileRecordNameTheDataFile() throws Exception {
        RulesFile rules = RulesParser.parse("rule r { a == 1 }\nrule s { b exists }\n", "f.guard");
        EvaluationResult result = new Evaluator(rules, "f.guard").evaluate(yaml("a: 1\n"), "data.yaml");
        assertEquals(Status.FAIL, result.status());
        assertEquals(new RecordType.FileCheck(new NamedStatus("data.yaml", Status.FAIL, null)),
                result.root().container());
        assertEquals(List.of("r", "s"), result.root().children().stream().map(EventRecord::context).toList());
    }

    @Test
    void errorsCarryTheReferenceMessage() throws Exception {
        RulesFile rules = RulesParser.parse("rule r { %missing exists }\n", "f.guard");
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> new Evaluator(rules, "f.guard").evaluate(yaml("a: 1\n"), null));
        assertEquals(EvaluationException.Kind.MISSING_VALUE, e.kind());
        assertEquals("There was no variable or value object to resolve. Error = `Could not resolve variable by name "
                + "missing across scopes`", e.getMessage());
    }

    @Test
    void inputParametersAreMergedIntoTheDocument() throws Exception {
        RulesFile rules = RulesParser.parse("rule r { Resources.A.Properties.Env == %env_param }\n"
                + "let env_param = Env\n", "f.guard");
        Value merged = ValueMerge.merge(yaml("Env: prod\n"), yaml("Resources: {A: {Properties: {Env: prod}}}\n"));
        assertEquals(Status.PASS, new Evaluator(rules, "f.guard").evaluate(merged, null).status());
    }
}
