package dev.cfnguard.cli;

/** Entry point of the cfn-guard command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("not implemented yet");
        System.exit(1);
    }
}
