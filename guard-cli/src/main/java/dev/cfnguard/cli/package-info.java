/**
 * The {@code cfn-guard} command line, a drop-in for the reference 3.1.1: same options, help texts,
 * usage errors, exit codes and input discovery.
 *
 * <p>Picocli defines and parses the options ({@link dev.cfnguard.cli.CfnGuardCommand} and one class
 * per subcommand); clap's ways of reading values, of acting on {@code --help} at once and of checking
 * conflicts after parsing are added by {@code ClapOptionValues}, {@code HelpRequest} and
 * {@code UsageRules}. Help, version and completion texts are captured from the reference.
 * {@link dev.cfnguard.cli.Main#run} drives one run and maps the outcome to an exit code.
 *
 * <p>{@code validate} and {@code test} find and read their inputs ({@code ValidateInputs},
 * {@code TestInputs}, {@code FileWalker}) and hand a {@link dev.cfnguard.cli.ValidateRequest} or
 * {@link dev.cfnguard.cli.TestRequest} to the {@link dev.cfnguard.cli.EvaluationEngine}, the seam where
 * evaluation and reporting plug in.
 */
package dev.cfnguard.cli;
