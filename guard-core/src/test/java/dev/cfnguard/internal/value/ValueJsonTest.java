package dev.cfnguard.internal.value;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueJsonTest {

    private static final Path P = Path.ROOT;

    private static Value.MapValue map(Object... keysAndValues) {
        List<Value.StringValue> keys = new ArrayList<>();
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            keys.add(new Value.StringValue(P, (String) keysAndValues[i]));
            entries.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return new Value.MapValue(P, keys, entries);
    }

    private static Value.StringValue str(String s) {
        return new Value.StringValue(P, s);
    }

    @Test
    void compactKeepsInsertionOrderAndNumberForms() {
        Value value = map("b", new Value.IntValue(P, 1), "a",
                new Value.ListValue(P, List.of(new Value.FloatValue(P, 2.0), new Value.BoolValue(P, true),
                        new Value.NullValue(P), new Value.FloatValue(P, 1e20))));
        assertEquals("{\"b\":1,\"a\":[2.0,true,null,1e20]}", ValueJson.compact(value));
    }

    @Test
    void prettyIndentsByTwoLikeSerdeJson() {
        Value value = map("a", new Value.ListValue(P, List.of(new Value.IntValue(P, 1), map())),
                "b", new Value.ListValue(P, List.of()), "c", str("x"));
        assertEquals("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": [],\n  \"c\": \"x\"\n}", ValueJson.pretty(value));
    }

    @Test
    void escapesAsSerdeJson() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 d\u007f e\u00e9 s/\"", ValueJson.compact(
                str("q\" b\\ n\n t\t c\u0001 d\u007f e\u00e9 s/")));
    }

    @Test
    void ruleOnlyValuesBecomeStrings() {
        assertEquals("\"/a.*/\"", ValueJson.compact(new Value.RegexValue(P, "a.*")));
        assertEquals("\"c\"", ValueJson.compact(new Value.CharValue(P, 'c')));
        assertEquals("\"[1,10)\"", ValueJson.compact(new Value.RangeValue(P, Value.RangeKind.INT, 1L, 10L, true, false)));
        assertEquals("\"(0.5,2]\"",
                ValueJson.compact(new Value.RangeValue(P, Value.RangeKind.FLOAT, 0.5, 2.0, false, true)));
    }

    @Test
    void infinityIsRefusedWithTheReferenceMessage() {
        Value value = map("a", new Value.ListValue(P, List.of(new Value.FloatValue(P, Double.NEGATIVE_INFINITY))));
        ValueJson.UnrepresentableValueException e =
                assertThrows(ValueJson.UnrepresentableValueException.class, () -> ValueJson.compact(value));
        assertEquals("Could not convert float -inf to serde::Value::Number", e.getMessage());
    }

    @Test
    void duplicateKeysAreWrittenOnce() {
        Value.MapValue value = new Value.MapValue(P, List.of(str("a"), str("a")),
                Map.of("a", new Value.IntValue(P, 2)));
        assertEquals("{\"a\":2}", ValueJson.compact(value));
    }

    @Test
    void deepNestingNeedsNoStack() {
        Value value = new Value.NullValue(P);
        for (int i = 0; i < 100_000; i++) {
            value = new Value.ListValue(P, List.of(value));
        }
        String json = ValueJson.compact(value);
        assertEquals(100_000 * 2 + 4, json.length());
    }
}
