package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * A scope of an evaluation: what {@code this} is, how variables resolve, where records go. Scopes nest
 * (file, block, value, parameterized-rule call); each asks its parent for what it does not hold itself.
 * What never changes along the chain (the session, the file scope, {@code this}, the scope taking records,
 * the call depth) is kept by each scope when it is made, so that reading it is a field access rather than a
 * walk up the chain: every clause reads several of them. Not thread-safe: one chain of scopes belongs to
 * one evaluation.
 */
abstract class EvalContext {

    private final EvalContext parent;
    private final RootScope file;
    private final Session session;
    private final Value root;
    private final EvalContext recordTaker;
    private final int callDepth;

    /** The file scope: no parent, takes its own records. */
    EvalContext(Session session, Value root) {
        this.parent = null;
        this.file = (RootScope) this;
        this.session = session;
        this.root = root;
        this.recordTaker = this;
        this.callDepth = 0;
    }

    /**
     * A scope inside {@code parent} whose {@code this} is {@code root}.
     *
     * @param call whether this scope is a parameterized-rule call: it takes its records and adds a level
     */
    EvalContext(EvalContext parent, Value root, boolean call) {
        this.parent = parent;
        this.file = parent.file;
        this.session = parent.session;
        this.root = root;
        this.recordTaker = call ? this : parent.recordTaker;
        this.callDepth = call ? parent.callDepth + 1 : parent.callDepth;
    }

    /** The enclosing scope; null for the file scope. */
    final EvalContext parent() {
        return parent;
    }

    /** What is shared by every scope of this evaluation. */
    final Session session() {
        return session;
    }

    /** The value {@code this} refers to here. */
    final Value root() {
        return root;
    }

    /** The scope that takes the records of this scope and of the scopes inside it. */
    final EvalContext recordTaker() {
        return recordTaker;
    }

    /** How many parameterized-rule calls enclose this scope (0 outside any call). */
    final int callDepth() {
        return callDepth;
    }

    /** Runs a query from this scope's root value. */
    List<QueryResult> query(List<QueryPart> query) {
        return parent.query(query);
    }

    /** @throws EvaluationException (MISSING_VALUE) when there is no parameterized rule of that name */
    final ParameterizedRule findParameterizedRule(String name) {
        return file.parameterizedRule(name);
    }

    /** The status of a named rule, evaluating it on first use. */
    final Status ruleStatus(String ruleName) {
        return file.namedRuleStatus(ruleName);
    }

    /** @throws EvaluationException (MISSING_VALUE) when the variable is not defined in any scope */
    List<QueryResult> resolveVariable(String name) {
        return parent.resolveVariable(name);
    }

    /** Adds a map key captured by a query ({@code *[ name | ... ]}) to the variable {@code name}. */
    void addVariableCaptureKey(String name, Value key) {
        parent.addVariableCaptureKey(name, key);
    }

    void startRecord(String context) {
        recordTaker.startRecord(context);
    }

    void endRecord(String context, RecordType record) {
        recordTaker.endRecord(context, record);
    }
}
