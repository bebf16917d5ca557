package dev.cfnguard.internal.document;

import java.util.Map;
import java.util.Set;

/**
 * CloudFormation short-form intrinsic function tags ({@code !Ref}, {@code !GetAtt}, ...) that the
 * reference rewrites to their long form ({@code Ref: x}, {@code Fn::GetAtt: ...}). Only the listed
 * functions are rewritten, and which ones depends on the node the tag is on: {@code !Select} on a
 * sequence becomes {@code Fn::Select}, on a scalar it is dropped. Tags such as {@code !Cidr} and
 * {@code !Transform} are never rewritten.
 */
final class IntrinsicTags {

    private IntrinsicTags() {
    }

    private static final Map<String, String> LONG_FORMS = Map.ofEntries(
            Map.entry("Ref", "Ref"),
            Map.entry("Condition", "Condition"),
            Map.entry("GetAtt", "Fn::GetAtt"),
            Map.entry("Base64", "Fn::Base64"),
            Map.entry("Sub", "Fn::Sub"),
            Map.entry("GetAZs", "Fn::GetAZs"),
            Map.entry("ImportValue", "Fn::ImportValue"),
            Map.entry("RefAll", "Fn::RefAll"),
            Map.entry("Select", "Fn::Select"),
            Map.entry("Split", "Fn::Split"),
            Map.entry("Join", "Fn::Join"),
            Map.entry("FindInMap", "Fn::FindInMap"),
            Map.entry("And", "Fn::And"),
            Map.entry("Equals", "Fn::Equals"),
            Map.entry("Contains", "Fn::Contains"),
            Map.entry("EachMemberIn", "Fn::EachMemberIn"),
            Map.entry("EachMemberEquals", "Fn::EachMemberEquals"),
            Map.entry("ValueOf", "Fn::ValueOf"),
            Map.entry("If", "Fn::If"),
            Map.entry("Not", "Fn::Not"),
            Map.entry("Or", "Fn::Or"));

    /** Functions whose short form is rewritten when the tag is on a scalar. */
    private static final Set<String> ON_SCALAR =
            Set.of("Ref", "Base64", "Sub", "GetAZs", "ImportValue", "GetAtt", "Condition", "RefAll");

    /** Functions whose short form is rewritten when the tag is on a sequence. */
    private static final Set<String> ON_SEQUENCE = Set.of("GetAtt", "Sub", "Select", "Split", "Join",
            "FindInMap", "And", "Equals", "Contains", "EachMemberIn", "EachMemberEquals", "ValueOf", "If",
            "Not", "Or");

    /** The long-form key for a local tag's name on a scalar ({@code Ref} for {@code !Ref}), or null. */
    static String forScalar(String name) {
        return ON_SCALAR.contains(name) ? LONG_FORMS.get(name) : null;
    }

    /** The long-form key for a local tag's name on a sequence ({@code Fn::Join} for {@code !Join}), or null. */
    static String forSequence(String name) {
        return ON_SEQUENCE.contains(name) ? LONG_FORMS.get(name) : null;
    }

    /** The long-form key when the tag may be on any node (test files), or null. */
    static String forAnyNode(String name) {
        return ON_SCALAR.contains(name) || ON_SEQUENCE.contains(name) ? LONG_FORMS.get(name) : null;
    }
}
