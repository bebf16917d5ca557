package dev.cfnguard.cli;

/** The values of the deprecated {@code validate --type} option; the reference accepts and ignores it. */
enum TemplateType implements CliValue {
    CFN_TEMPLATE;

    @Override
    public String cliName() {
        return "CFNTemplate";
    }
}
