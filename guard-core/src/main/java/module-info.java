/**
 * The Guard engine. Only {@code dev.cfnguard} is API; the {@code dev.cfnguard.internal} packages are not
 * exported and may change in any release.
 */
module dev.cfnguard.core {
    requires dev.cfnguard.grammar;
    requires org.antlr.antlr4.runtime;
    requires transitive com.fasterxml.jackson.databind;
    requires org.snakeyaml.engine.v2;
    requires re2j;

    exports dev.cfnguard;
}
