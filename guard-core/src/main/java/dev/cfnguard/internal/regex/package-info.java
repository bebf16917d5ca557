/**
 * Regular expressions in the reference implementation's dialect: the Rust regex crate's syntax as
 * fancy-regex 0.13 extends it (look-around, backreferences, atomic groups, {@code \K}, {@code \G}).
 * One component serves the parser, which asks {@link dev.cfnguard.internal.regex.RustRegex#isValid},
 * and the evaluator, which compiles each pattern once per rule set through a
 * {@link dev.cfnguard.internal.regex.RegexCache}.
 *
 * <p>A pattern is parsed as the reference parses it ({@code RegexParser}, {@code ClassParser}) into a
 * tree where flags are already applied and every character class is a set of code points
 * ({@code CodePointSet}, with Unicode data from the JDK: {@code UnicodeClasses}, {@code CaseFolding}).
 * The tree is then written out for the engine that runs it ({@code PatternWriter}, {@code Engine}):
 * RE2/J, linear in the text, for every pattern it can express; java.util.regex for look-around,
 * backreferences and the like, reading the text through a step budget ({@code BudgetedText}) so that
 * catastrophic backtracking ends with {@link dev.cfnguard.internal.regex.RegexBudgetExceededException}.
 *
 * <p>Known differences: the character data is the JDK's Unicode version (13 on Java 17; the reference
 * has 15); Unicode properties the JDK cannot answer (Emoji, Script_Extensions, Age, break properties)
 * and conditionals are accepted as valid but fail to compile; the reference's limit on the size of a
 * compiled pattern is not reproduced; the reference gives up after a million backtracks, we after the
 * budget, so the two may give up on different searches.
 */
package dev.cfnguard.internal.regex;
