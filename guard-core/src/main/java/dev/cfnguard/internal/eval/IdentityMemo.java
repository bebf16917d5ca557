package dev.cfnguard.internal.eval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from rule syntax nodes (the texts of clauses, the assignments of blocks), computed on
 * first use and kept for the life of the evaluator, so that evaluating many documents derives each once.
 * Keyed by identity: the nodes are records, and their structural hash would walk whole subtrees on every
 * look-up. Thread-safe; {@code derive} must be a pure function of the node.
 */
final class IdentityMemo<K, V> {

    private final Map<Identity, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> derive;

    IdentityMemo(Function<K, V> derive) {
        this.derive = derive;
    }

    V get(K node) {
        Identity key = new Identity(node);
        V known = values.get(key);
        return known != null ? known : values.computeIfAbsent(key, k -> derive.apply(node));
    }

    private record Identity(Object node) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }
}
