package dev.cfnguard.bench;

import java.util.Objects;

/**
 * A CloudFormation intrinsic function with a scalar argument, such as {@code Ref} or {@code Fn::Sub}.
 * YAML templates carry it in the short tag form ({@code !Sub '...'}), JSON templates as a one-key object
 * ({@code {"Fn::Sub": "..."}}), as people write them.
 *
 * @param function the long name: {@code Ref} or {@code Fn::Name}
 * @param argument the scalar argument
 */
record Intrinsic(String function, String argument) {

    Intrinsic {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
    }

    static Intrinsic ref(String name) {
        return new Intrinsic("Ref", name);
    }

    static Intrinsic sub(String text) {
        return new Intrinsic("Fn::Sub", text);
    }

    static Intrinsic getAtt(String resource, String attribute) {
        return new Intrinsic("Fn::GetAtt", resource + "." + attribute);
    }

    /** The YAML short-form tag: {@code !Ref}, {@code !Sub}, ... */
    String shortTag() {
        return "!" + (function.startsWith("Fn::") ? function.substring(4) : function);
    }
}
