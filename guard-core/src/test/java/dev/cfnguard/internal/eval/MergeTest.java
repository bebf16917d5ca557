package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import org.junit.jupiter.api.Test;

class MergeTest {

    private static Value yaml(String text) throws Exception {
        return SerdeYaml.toValue(SerdeYaml.parse(text), Path.ROOT);
    }

    @Test
    void mapsTakeTheUnionOfTheirKeys() throws Exception {
        Value.MapValue merged = (Value.MapValue) Evaluator.merge(yaml("env: prod\n"), yaml("Resources: {}\n"));
        assertEquals("{\"env\":\"prod\",\"Resources\":{}}", ValueText.valueOnly(merged));
        assertEquals("/Resources", merged.keys().get(1).path().pointer());
    }

    @Test
    void listsAreConcatenated() throws Exception {
        assertEquals("[1,2,3]", ValueText.valueOnly(Evaluator.merge(yaml("[1]"), yaml("[2, 3]"))));
    }

    @Test
    void aKeyInBothIsAnError() throws Exception {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> Evaluator.merge(yaml("a: 1\n"), yaml("a: 2\n")));
        assertEquals("Conflicting rule or variable assignments inside the same scope `Key a, already exists in map`",
                e.getMessage());
    }

    @Test
    void differentKindsAreAnError() throws Exception {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> Evaluator.merge(yaml("a: 1\n"), yaml("[1]")));
        assertEquals("Types or variable assignments are incompatible `Types are not compatible for merges map, array`",
                e.getMessage());
    }
}
