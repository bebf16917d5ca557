/**
 * {@code cfn-guard validate}: the run itself ({@link dev.cfnguard.internal.report.Validation}) and its
 * reports, all rendered from the evaluator's record tree. {@link dev.cfnguard.internal.report.FailureReports}
 * condenses a tree into the report model ({@link dev.cfnguard.internal.report.FileReport},
 * {@link dev.cfnguard.internal.report.ClauseReport}) that the JSON, YAML, SARIF and JUnit outputs and the
 * resource-oriented text reports share; the summary table, the generic text report and the verbose and
 * JSON record dumps read the tree directly. Every output reproduces the reference's byte for byte, except
 * that lists the reference prints in hash order are printed in document order.
 */
package dev.cfnguard.internal.report;
