/**
 * The abstract syntax of Guard rule files: immutable records under sealed interfaces, one record per
 * construct, each clause carrying its source location. The shape follows the language's own model
 * (conjunctive normal form: a list of disjunctions) so that {@code parse-tree} output and evaluation
 * reports can be produced from it directly. Dispatch goes through the visitor interfaces, which keep
 * every switch over a hierarchy checked by the compiler.
 */
package dev.cfnguard.internal.ast;
