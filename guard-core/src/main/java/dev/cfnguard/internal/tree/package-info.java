/**
 * {@code cfn-guard parse-tree}: renders a parsed rules file exactly as the reference does, as
 * serde_yaml 0.9 YAML or serde_json pretty JSON, through a small serde-like {@code Node} model and
 * writers that follow libyaml's and serde_json's formatting rules.
 */
package dev.cfnguard.internal.tree;
