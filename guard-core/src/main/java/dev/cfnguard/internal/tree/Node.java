package dev.cfnguard.internal.tree;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A serialized value, as serde sees the reference's data structures: mappings with string keys in
 * order, sequences and scalars. The YAML and JSON writers render it the way serde_yaml and serde_json
 * do.
 */
public sealed interface Node {

    record Mapping(List<Map.Entry<String, Node>> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** A mapping to build, entries in the order they are put. */
    static MappingBuilder mapping() {
        return new MappingBuilder();
    }

    /** A {@link Mapping} under construction. Not thread-safe. */
    final class MappingBuilder {
        private final List<Map.Entry<String, Node>> entries = new ArrayList<>();

        private MappingBuilder() {}

        public MappingBuilder put(String key, Node value) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
            return this;
        }

        public Node build() {
            return new Mapping(entries);
        }
    }

    record Sequence(List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Text(String value) implements Node {}

    record Integer(long value) implements Node {}

    record Float(double value) implements Node {}

    record Bool(boolean value) implements Node {}

    record Null() implements Node {}

    /**
     * A value the reference fails to serialize (a non-finite number); writers emit what precedes it and
     * then throw.
     */
    record Unserializable(String reason) implements Node {}
}
