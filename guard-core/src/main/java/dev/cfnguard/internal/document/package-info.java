/**
 * Loading data into {@link dev.cfnguard.internal.value.Value} trees, reproducing the reference
 * cfn-guard 3.1.1 exactly.
 * <ul>
 *   <li>{@link dev.cfnguard.internal.document.DocumentLoader}: data files of {@code validate} (YAML or
 *       JSON, read as YAML by a libyaml-compatible parser): paths, 0-based locations, Rust scalar typing,
 *       short-form intrinsic tags, first document only, aliases refused.</li>
 *   <li>{@link dev.cfnguard.internal.document.TestFileLoader}: test files of {@code test} (serde_yaml
 *       rules, then serde_json with its error text), giving {@link dev.cfnguard.internal.document.TestCase}s.</li>
 *   <li>{@link dev.cfnguard.internal.document.ValueMerge}: {@code --input-parameters} merging.</li>
 *   <li>{@link dev.cfnguard.internal.document.LoadLimits}: size, depth and node bounds against hostile input.</li>
 * </ul>
 * Failures are {@link dev.cfnguard.internal.document.DocumentException}s carrying the reference's message.
 */
package dev.cfnguard.internal.document;
