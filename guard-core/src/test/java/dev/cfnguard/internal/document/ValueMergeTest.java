package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Expectations from the reference, run on the same texts:
 * {@code cfn-guard validate -r r.guard -d data.yaml -i params.yaml -i p2.yaml --verbose} with
 * {@code r.guard} failing on every node and key ({@code this[ keys == "#" ] !exists}, {@code this.* !exists}).
 */
class ValueMergeTest {

    private final DocumentLoader loader = DocumentLoader.withDefaultLimits();

    @Test
    void mergedKeysTakeTheirEntryPointerAndTheOtherDocumentsLocation() throws Exception {
        Value params = loader.load("\n\nParams:\n  p: 1\n  q: [1]\n", "params.yaml");
        Value other = loader.load("Other: 2\n", "p2.yaml");
        Value data = loader.load("Resources:\n  B:\n    Type: x\n", "data.yaml");
        Value.MapValue merged = (Value.MapValue) ValueMerge.merge(ValueMerge.merge(params, other), data);

        assertEquals(List.of("Params", "Other", "Resources"), List.copyOf(merged.entries().keySet()));
        List<Value.StringValue> keys = merged.keys();
        assertEquals("", keys.get(0).path().pointer());
        assertEquals(new Location(2, 0), keys.get(0).path().location());
        assertEquals("/Other", keys.get(1).path().pointer());
        assertEquals(new Location(0, 0), keys.get(1).path().location());
        assertEquals("/Resources", keys.get(2).path().pointer());
        assertEquals(new Location(1, 2), merged.entries().get("Resources").path().location());
        assertEquals(new Location(3, 2), merged.entries().get("Params").path().location());
    }

    @Test
    void aKeyInBothDocumentsIsAConflict() throws Exception {
        Value params = loader.load("Params: 1\n", "a.yaml");
        Value again = loader.load("Params: 3\n", "b.yaml");
        ValueMerge.MergeException e = assertThrows(ValueMerge.MergeException.class,
                () -> ValueMerge.merge(params, again));
        assertEquals("Conflicting rule or variable assignments inside the same scope "
                + "`Key Params, already exists in map`", e.referenceDisplay());
    }

    @Test
    void differentKindsDoNotMerge() throws Exception {
        Value list = loader.load("- 1\n", "p4.yaml");
        Value map = loader.load("Resources: {}\n", "data.yaml");
        ValueMerge.MergeException e = assertThrows(ValueMerge.MergeException.class, () -> ValueMerge.merge(list, map));
        assertEquals("Types or variable assignments are incompatible "
                + "`Types are not compatible for merges array, map`", e.referenceDisplay());
    }

    @Test
    void listsConcatenate() throws Exception {
        Value.ListValue merged = (Value.ListValue) ValueMerge.merge(loader.load("[1]", "a"), loader.load("[2, 3]", "b"));
        assertEquals(3, merged.elements().size());
        // Appended elements keep the paths they had in their own document.
        assertEquals("/0", merged.elements().get(1).path().pointer());
    }
}
