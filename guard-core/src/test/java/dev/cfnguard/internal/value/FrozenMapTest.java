package dev.cfnguard.internal.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnguard.internal.document.DocumentLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A frozen map finds a key by identity or by equality, in small maps (searched in order) and large ones
 * (hashed), misses every other key, and keeps its entries in insertion order.
 */
class FrozenMapTest {

    private static Map<String, Value> frozen(int size) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            entries.put("key" + i, new Value.IntValue(Path.ROOT, i));
        }
        return FrozenMap.copyOf(entries);
    }

    @Test
    void findsEveryKeyByEqualityAndMissesTheRest() {
        for (int size : new int[] {0, 1, 8, 9, 100}) {
            Map<String, Value> map = frozen(size);
            assertEquals(size, map.size());
            for (int i = 0; i < size; i++) {
                // A new string: equal to the map's key, never the same instance.
                String key = new String(("key" + i).toCharArray());
                assertEquals(new Value.IntValue(Path.ROOT, i), map.get(key), "size " + size + ", " + key);
                assertTrue(map.containsKey(key));
            }
            for (int i = size; i < size + 200; i++) {
                assertNull(map.get("key" + i), "size " + size);
            }
            assertNull(map.get("Key0"));
            assertFalse(map.containsKey(42));
        }
    }

    @Test
    void keepsInsertionOrder() {
        List<String> keys = new ArrayList<>(frozen(20).keySet());
        for (int i = 0; i < 20; i++) {
            assertEquals("key" + i, keys.get(i));
        }
    }

    @Test
    void aLoadedDocumentsKeysAreInterned() throws Exception {
        Value.MapValue document = (Value.MapValue) DocumentLoader.withDefaultLimits()
                .load("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", "interned.yaml");
        // The literal is the interned instance: the rules' keys (interned when parsed) find these by identity.
        String key = document.keys().get(0).value();
        assertSame("Resources", key);
        assertSame("Resources", document.entries().keySet().iterator().next());
        Value.MapValue resources = (Value.MapValue) document.entries().get("Resources");
        Value.MapValue bucket = (Value.MapValue) resources.entries().get("Bucket");
        assertSame("Type", bucket.keys().get(0).value());
    }
}
