package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.GuardClause;
import java.util.List;
import java.util.Map;

/**
 * The scope of a parameterized rule call: the parameters resolve to the call's arguments, and the
 * called rule's record carries the call's custom message.
 */
final class ParameterScope implements NestedScope {

    private final GuardClause.ParameterizedNamedRule call;
    private final Map<String, List<QueryResult>> parameters;
    private final EvalContext parent;
    private final int callDepth;
    private final Session session;

    ParameterScope(GuardClause.ParameterizedNamedRule call, Map<String, List<QueryResult>> parameters,
                   EvalContext parent) {
        this.call = call;
        this.parameters = parameters;
        this.parent = parent;
        this.callDepth = parent.callDepth() + 1;
        this.session = parent.session();
    }

    @Override
    public EvalContext parent() {
        return parent;
    }

    /** This scope: it gives the called rule's record the call's custom message. */
    @Override
    public EvalContext recordTaker() {
        return this;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void startRecord(String context) {
        parent.startRecord(context);
    }

    @Override
    public int callDepth() {
        return callDepth;
    }

    @Override
    public List<QueryResult> resolveVariable(String name) {
        List<QueryResult> argument = parameters.get(name);
        return argument != null ? argument : parent.resolveVariable(name);
    }

    @Override
    public void endRecord(String context, RecordType record) {
        if (session.recording() && record instanceof RecordType.RuleCheck check
                && check.status().name().equals(call.namedRule().ruleName())) {
            record = new RecordType.RuleCheck(new NamedStatus(check.status().name(), check.status().status(),
                    call.namedRule().customMessage()));
        }
        parent.endRecord(context, record);
    }
}
