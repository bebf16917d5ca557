/** The Guard grammar's generated lexer and parser; only guard-core reads them. */
module dev.cfnguard.grammar {
    requires transitive org.antlr.antlr4.runtime;

    exports dev.cfnguard.grammar to dev.cfnguard.core;
}
