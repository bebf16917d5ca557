package dev.cfnguard.example;

import dev.cfnguard.ClauseFailure;
import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
import dev.cfnguard.ValidationResult;
import java.nio.file.Path;

/** Usage: ValidateTemplates RULES.guard TEMPLATE... */
public final class ValidateTemplates {
    public static void main(String[] args) {
        Guard guard = Guard.create();
        RuleSet rules = guard.compile(Path.of(args[0]));          // compile once...
        for (int i = 1; i < args.length; i++) {                     // ...validate many
            ValidationResult result = rules.evaluate(guard.loadDocument(Path.of(args[i])));
            System.out.println(result.documentName() + ": " + result.status());
            for (ClauseFailure failure : result.failures()) {
                System.out.printf("  line %d, column %d: %s: %s%n", failure.line(), failure.column(),
                        failure.rule(), failure.customMessage().orElse(failure.clause()).strip());
            }
        }
    }
}
