package dev.cfnguard.internal.ast;

import java.util.List;

/** A whole rules file: its file-level assignments, its rules and its parameterized rules. */
public record RulesFile(List<LetExpr> assignments, List<Rule> rules, List<ParameterizedRule> parameterizedRules) {
    public RulesFile {
        assignments = List.copyOf(assignments);
        rules = List.copyOf(rules);
        parameterizedRules = List.copyOf(parameterizedRules);
    }
}
