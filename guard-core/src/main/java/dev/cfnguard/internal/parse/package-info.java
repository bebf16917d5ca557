/**
 * The front end: Guard source text to the AST of {@code dev.cfnguard.internal.ast}.
 *
 * <p>{@link dev.cfnguard.internal.parse.RulesParser#parse} lexes and parses with the ANTLR grammar of
 * module {@code guard-grammar}, then builds the AST, reporting every syntax error it finds in one
 * {@link dev.cfnguard.internal.parse.GuardSyntaxException}. The reference parses with parser
 * combinators over raw characters; where that makes whitespace or keyword prefixes significant, the
 * builder's checks ({@code SpacingRules}) reproduce its decisions.
 *
 * <p>Known differences, all on input no real rules file contains: the reference matches operator
 * keywords as prefixes ({@code a in_x} on the line after a bare name reads as {@code a IN _x}) and
 * accepts some such splits; we reject them. A bare {@code when} or {@code some} followed by
 * conditions it cannot finish is accepted as a rule name here where the reference gives up.
 */
package dev.cfnguard.internal.parse;
