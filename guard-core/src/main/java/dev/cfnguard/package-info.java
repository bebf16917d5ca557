/**
 * The Guard policy engine for Java: compile AWS CloudFormation Guard rules once, evaluate any number of
 * YAML or JSON documents against them, and read the outcome as values or render it as {@code cfn-guard}
 * does.
 *
 * <ul>
 *   <li>{@link dev.cfnguard.Guard}: the entry point and its configuration ({@link dev.cfnguard.Limits},
 *       extra {@link dev.cfnguard.GuardFunction}s);</li>
 *   <li>{@link dev.cfnguard.RuleSet} and {@link dev.cfnguard.Document} (read as {@link dev.cfnguard.DocumentFormat}):
 *       compiled rules and loaded data;</li>
 *   <li>{@link dev.cfnguard.ValidationResult}, {@link dev.cfnguard.RuleResult},
 *       {@link dev.cfnguard.ClauseFailure}: outcomes;</li>
 *   <li>{@link dev.cfnguard.Reports}: the outcome in the reports of {@code cfn-guard validate};</li>
 *   <li>{@link dev.cfnguard.GuardCommands}: the {@code cfn-guard} subcommands, output byte for byte;</li>
 *   <li>{@link dev.cfnguard.GuardException} and its subclasses: bad input. Rule outcomes are never
 *       exceptions.</li>
 * </ul>
 *
 * <p>Every type here is immutable or stateless and safe to share between threads, except
 * {@link dev.cfnguard.Guard.Builder}. Nothing outside this package is API.
 */
package dev.cfnguard;
