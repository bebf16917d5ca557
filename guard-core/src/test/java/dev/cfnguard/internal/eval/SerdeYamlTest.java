package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerdeYamlTest {

    // How the reference's test-file reader types plain scalars (checked with cfn-guard test --verbose,
    // which prints each value: see the README beside the evaluator case files).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1                     | 1",
        "0x10                  | 16",
        "0o7                   | 7",
        "0b101                 | 5",
        "-0x10                 | -16",
        "+5                    | 5",
        "012                   | `\"012\"`",
        "1e3                   | 1000",
        "1.                    | 1",
        ".5                    | 0.5",
        "+.5                   | 0.5",
        "2.5e-3                | 0.0025",
        ".inf                  | inf",
        "-.inf                 | -inf",
        ".NaN                  | NaN",
        "1e400                 | `\"1e400\"`",
        "~                     | `\"NULL\"`",
        "yes                   | `\"yes\"`",
        "True                  | true",
        "1_000                 | `\"1_000\"`",
        "-0                    | 0",
        "18446744073709551615  | -1",
        "9223372036854775808   | -9223372036854775808",
    })
    void resolvesPlainScalarsLikeTheReference(String text, String printed) throws Exception {
        Value value = SerdeYaml.toValue(SerdeYaml.parse("v: " + text), Path.ROOT);
        Value element = ((Value.MapValue) value).entries().get("v");
        assertEquals(printed, ValueText.valueOnly(element));
    }

    @Test
    void integersBeyondSixtyFourBitsAreRejected() {
        assertThrows(SerdeYaml.SyntaxException.class, () -> SerdeYaml.parse("v: 100000000000000000000"));
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThrows(SerdeYaml.SyntaxException.class, () -> SerdeYaml.parse("a: 1\na: 2\n"));
    }

    @Test
    void shortFormFunctionTagsBecomeMaps() throws Exception {
        Value value = SerdeYaml.toValue(SerdeYaml.parse("a: !Ref X\nb: !GetAtt [R, Arn]\nc: !Other 1\n"), Path.ROOT);
        assertEquals("{\"a\":{\"Ref\":\"X\"},\"b\":{\"Fn::GetAtt\":[\"R\",\"Arn\"]},\"c\":1}", ValueText.valueOnly(value));
        Value.MapValue ref = (Value.MapValue) ((Value.MapValue) value).entries().get("a");
        assertEquals("/a/Ref", ref.entries().get("Ref").path().pointer());
    }

    @Test
    void keysCarryTheirPathsAndNonStringKeysAreAnError() throws Exception {
        Value.MapValue map = (Value.MapValue) SerdeYaml.toValue(SerdeYaml.parse("a:\n  b: 1\n"), Path.ROOT);
        Value.MapValue inner = (Value.MapValue) map.entries().get("a");
        assertEquals("/a/b", inner.keys().get(0).path().pointer());
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> SerdeYaml.toValue(SerdeYaml.parse("5: x\n"), Path.ROOT));
        assertEquals("non string type detected for key in a map at , cfn-guard only supports keys that are string types",
                e.getMessage());
    }

    @Test
    void quotedScalarsStayStringsAndAliasesResolve() throws Exception {
        Value value = SerdeYaml.toValue(SerdeYaml.parse("a: &x '1'\nb: *x\nc: \"true\"\n"), Path.ROOT);
        assertEquals("{\"a\":\"1\",\"b\":\"1\",\"c\":\"true\"}", ValueText.valueOnly(value));
    }
}
