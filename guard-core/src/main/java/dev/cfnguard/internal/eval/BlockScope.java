package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;
import java.util.List;

/** The scope of a block: its own {@code let}s over a root value; everything else goes to the parent. */
final class BlockScope extends VariableScope {

    BlockScope(Assignments assignments, Value root, EvalContext parent) {
        super(assignments, parent, root);
    }

    @Override
    List<QueryResult> resolveUndefined(String name) {
        return parent().resolveVariable(name);
    }
}
