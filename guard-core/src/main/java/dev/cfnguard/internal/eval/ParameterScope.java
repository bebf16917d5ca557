package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.GuardClause;
import java.util.List;
import java.util.Map;

/**
 * The scope of a parameterized rule call: the parameters resolve to the call's arguments, and the
 * called rule's record carries the call's custom message.
 */
final class ParameterScope extends EvalContext {

    private final GuardClause.ParameterizedNamedRule call;
    private final Map<String, List<QueryResult>> parameters;

    ParameterScope(GuardClause.ParameterizedNamedRule call, Map<String, List<QueryResult>> parameters,
                   EvalContext parent) {
        super(parent, parent.root(), true);
        this.call = call;
        this.parameters = parameters;
    }

    @Override
    List<QueryResult> resolveVariable(String name) {
        List<QueryResult> argument = parameters.get(name);
        return argument != null ? argument : parent().resolveVariable(name);
    }

    @Override
    void startRecord(String context) {
        parent().startRecord(context);
    }

    @Override
    void endRecord(String context, RecordType record) {
        if (session().recording() && record instanceof RecordType.RuleCheck check
                && check.status().name().equals(call.namedRule().ruleName())) {
            record = new RecordType.RuleCheck(new NamedStatus(check.status().name(), check.status().status(),
                    call.namedRule().customMessage()));
        }
        parent().endRecord(context, record);
    }
}
