package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cfnguard.internal.regex.RegexCache;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks that tell values of unrelated types apart without an exception say exactly what the
 * comparisons themselves throw, for every pair of kinds of value (NaN aside: it is refused by the
 * comparison, as the reference does, and not predicted).
 */
class ComparisonsTest {

    private static final Path AT = Path.ROOT;
    private final Comparisons comparisons = new Comparisons(new RegexCache());

    private static List<Value> samples() {
        List<Value> values = new ArrayList<>(List.of(
                new Value.NullValue(AT),
                new Value.StringValue(AT, "abc"),
                new Value.StringValue(AT, "10"),
                new Value.RegexValue(AT, "^a"),
                new Value.BoolValue(AT, true),
                new Value.IntValue(AT, 10),
                new Value.FloatValue(AT, 1.5),
                new Value.FloatValue(AT, Double.NaN),
                new Value.CharValue(AT, 'a'),
                new Value.ListValue(AT, List.of(new Value.IntValue(AT, 1))),
                new Value.ListValue(AT, List.of()),
                new Value.MapValue(AT, List.of(new Value.StringValue(AT, "k")),
                        Map.of("k", new Value.IntValue(AT, 1))),
                new Value.RangeValue(AT, Value.RangeKind.INT, 1L, 20L, true, false),
                new Value.RangeValue(AT, Value.RangeKind.CHAR, 'a', 'z', true, true)));
        return values;
    }

    @Test
    void unrelatedForEqualityIsWhatEqualThrows() {
        for (Value first : samples()) {
            for (Value second : samples()) {
                String predicted = comparisons.unrelatedForEquality(first, second);
                try {
                    comparisons.equal(first, second);
                    assertNull(predicted, first + " == " + second);
                } catch (EvaluationException e) {
                    assertEquals(EvaluationException.Kind.NOT_COMPARABLE, e.kind());
                    if (predicted != null) {
                        assertEquals(e.detail(), predicted, first + " == " + second);
                    } else if (!isNaN(first) && !isNaN(second)) {
                        fail("equal threw for " + first + " == " + second + " but was predicted to compare");
                    }
                }
            }
        }
    }

    @Test
    void unrelatedForOrderIsWhatTheOrderingsThrow() {
        for (Value first : samples()) {
            for (Value second : samples()) {
                String predicted = comparisons.unrelatedForOrder(first, second);
                try {
                    comparisons.lessThan(first, second);
                    assertNull(predicted, first + " < " + second);
                } catch (EvaluationException e) {
                    if (predicted != null) {
                        assertEquals(e.detail(), predicted, first + " < " + second);
                    } else if (!isNaN(first) && !isNaN(second)) {
                        fail("lessThan threw for " + first + " < " + second + " but was predicted to compare");
                    }
                }
            }
        }
    }

    @Test
    void looselyEqualIsFalseForUnrelatedTypes() {
        Value bool = new Value.BoolValue(AT, true);
        Value text = new Value.StringValue(AT, "true");
        assertEquals(false, comparisons.looselyEqual(bool, text));
        assertEquals(true, comparisons.looselyEqual(text, new Value.StringValue(AT, "true")));
    }

    private static boolean isNaN(Value value) {
        return value instanceof Value.FloatValue f && Double.isNaN(f.value());
    }
}
