/**
 * The {@code cfn-guard} command line. Compiled as a module so that the compiler holds it to guard-core's
 * public API; the shaded jar it ships in runs on the class path.
 */
module dev.cfnguard.cli {
    requires dev.cfnguard.core;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    // picocli reads the command classes' annotated fields by reflection.
    opens dev.cfnguard.cli to info.picocli;
}
