package dev.cfnguard.internal.regex;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The named character classes of the reference's dialect, as sets: the Perl classes ({@code \d \s \w},
 * Unicode-aware), the ASCII classes ({@code [:alpha:]}) and Unicode properties ({@code \p{Greek}},
 * {@code \p{gc=Lu}}, {@code \p{Alphabetic}}).
 *
 * <p>Property names are matched loosely, as Unicode recommends (case, spaces, {@code _}, {@code -} and
 * a leading {@code is} do not count). The character data is the JDK's, so it is the JDK's Unicode
 * version. General categories, scripts and the binary properties the JDK can answer are supported;
 * the other properties the reference knows (Emoji, Script_Extensions, Age...) are recognised, so that
 * the patterns naming them stay valid, but cannot be matched. Names are resolved without computing
 * sets, which takes a scan of the code space: each table is computed when first used, and never
 * changes.
 */
final class UnicodeClasses {

    /**
     * A Unicode property, resolved.
     *
     * @param members     computes its code points (empty when unsupported)
     * @param unsupported why it cannot be matched; null when it can
     */
    record PropertyClass(Supplier<CodePointSet> members, String unsupported) {}

    /** The binary properties the JDK's character data answers. */
    private static final Set<BinaryProperty> SUPPORTED_BINARY = EnumSet.of(BinaryProperty.Alphabetic,
            BinaryProperty.Lowercase, BinaryProperty.Uppercase, BinaryProperty.Ideographic,
            BinaryProperty.Bidi_Mirrored, BinaryProperty.Cased, BinaryProperty.White_Space,
            BinaryProperty.Other_Alphabetic, BinaryProperty.Other_Lowercase, BinaryProperty.Other_Uppercase,
            BinaryProperty.Join_Control, BinaryProperty.ASCII_Hex_Digit, BinaryProperty.Hex_Digit,
            BinaryProperty.Noncharacter_Code_Point);

    private UnicodeClasses() {}

    /** {@code \d}: decimal digits of every script. */
    static CodePointSet digit() {
        return Digit.SET;
    }

    /** {@code \s}: the White_Space property. */
    static CodePointSet space() {
        return Space.SET;
    }

    /** {@code \w}: letters, marks, decimal digits, connector punctuation and joiners of every script. */
    static CodePointSet word() {
        return Word.SET;
    }

    /** {@code [[:name:]]}; null when {@code name} is not one of the ASCII class names. */
    static CodePointSet ascii(String name) {
        return switch (name) {
            case "alnum" -> CodePointSet.ofRanges('0', '9', 'A', 'Z', 'a', 'z');
            case "alpha" -> CodePointSet.ofRanges('A', 'Z', 'a', 'z');
            case "ascii" -> CodePointSet.range(0, 0x7F);
            case "blank" -> CodePointSet.ofRanges('\t', '\t', ' ', ' ');
            case "cntrl" -> CodePointSet.ofRanges(0, 0x1F, 0x7F, 0x7F);
            case "digit" -> CodePointSet.range('0', '9');
            case "graph" -> CodePointSet.range('!', '~');
            case "lower" -> CodePointSet.range('a', 'z');
            case "print" -> CodePointSet.range(' ', '~');
            case "punct" -> CodePointSet.ofRanges('!', '/', ':', '@', '[', '`', '{', '~');
            case "space" -> CodePointSet.ofRanges('\t', '\r', ' ', ' ');
            case "upper" -> CodePointSet.range('A', 'Z');
            case "word" -> CodePointSet.ofRanges('0', '9', 'A', 'Z', 'a', 'z', '_', '_');
            case "xdigit" -> CodePointSet.ofRanges('0', '9', 'A', 'F', 'a', 'f');
            default -> null;
        };
    }

    /**
     * The class named by the body of {@code \p{name}} or {@code \pN}: a binary property, general
     * category or script.
     *
     * @throws RegexSyntaxException when no property has that name
     */
    static PropertyClass named(String pattern, String name) {
        String key = normalized(name);
        // These abbreviate both a property and a general category; the category is meant.
        if (!key.equals("cf") && !key.equals("sc") && !key.equals("lc") && BinaryProperty.BY_NAME.containsKey(key)) {
            BinaryProperty property = BinaryProperty.BY_NAME.get(key);
            return SUPPORTED_BINARY.contains(property)
                    ? new PropertyClass(() -> Binary.TABLE.get(property), null) : unsupported(property.name());
        }
        Supplier<CodePointSet> members = generalCategory(key);
        if (members == null) {
            members = script(key);
        }
        if (members == null) {
            throw new RegexSyntaxException(pattern, "Unicode property not found: " + name);
        }
        return new PropertyClass(members, null);
    }

    /**
     * The class named by the body of {@code \p{property=value}}.
     *
     * @throws RegexSyntaxException when the property or its value is unknown
     */
    static PropertyClass byValue(String pattern, String property, String value) {
        String key = normalized(value);
        return switch (normalized(property)) {
            case "gc", "generalcategory" -> known(pattern, value, generalCategory(key));
            case "sc", "script" -> known(pattern, value, script(key));
            case "scx", "scriptextensions" -> {
                known(pattern, value, script(key));
                yield unsupported("Script_Extensions");
            }
            case "age", "gcb", "graphemeclusterbreak", "sb", "sentencebreak", "wb", "wordbreak" ->
                    unsupported(property);
            default -> throw new RegexSyntaxException(pattern, "Unicode property not found: " + property);
        };
    }

    private static PropertyClass known(String pattern, String value, Supplier<CodePointSet> members) {
        if (members == null) {
            throw new RegexSyntaxException(pattern, "Unicode property value not found: " + value);
        }
        return new PropertyClass(members, null);
    }

    private static PropertyClass unsupported(String property) {
        return new PropertyClass(() -> CodePointSet.EMPTY, "the Unicode property " + property + " is not supported");
    }

    /**
     * A property name or value compared loosely: ASCII only, lower case, without spaces, underscores,
     * hyphens or a leading "is" (which would turn the "isc" abbreviation into "c": it is kept).
     */
    static String normalized(String name) {
        boolean prefixed = name.length() >= 2 && name.substring(0, 2).equalsIgnoreCase("is");
        StringBuilder key = new StringBuilder();
        for (int i = prefixed ? 2 : 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c < 0x80) {
                key.append(Character.toLowerCase(c));
            }
        }
        return prefixed && key.toString().equals("c") ? "isc" : key.toString();
    }

    private static Supplier<CodePointSet> generalCategory(String key) {
        return switch (key) {
            case "any" -> () -> CodePointSet.ALL;
            case "ascii" -> () -> CodePointSet.range(0, 0x7F);
            case "assigned" -> () -> GeneralCategories.TABLE.get("Cn").negated();
            default -> {
                String abbreviation = GeneralCategoryNames.ALIASES.get(key);
                yield abbreviation == null ? null : () -> GeneralCategories.TABLE.get(abbreviation);
            }
        };
    }

    private static Supplier<CodePointSet> script(String key) {
        Character.UnicodeScript script = ScriptNames.BY_NAME.get(key);
        if (script == null) {
            try {
                script = Character.UnicodeScript.forName(key); // the four-letter aliases
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        // The reference has no Unknown script: unassigned code points are in none.
        if (script == Character.UnicodeScript.UNKNOWN) {
            return null;
        }
        Character.UnicodeScript found = script;
        return () -> Scripts.TABLE.getOrDefault(found, CodePointSet.EMPTY);
    }

    /** Whether the code point's general category is one of the {@code Character} type constants given. */
    private static boolean hasType(int codePoint, int typeMask) {
        return (typeMask >> Character.getType(codePoint) & 1) != 0;
    }

    private static int mask(int... types) {
        int mask = 0;
        for (int type : types) {
            mask |= 1 << type;
        }
        return mask;
    }

    // Same definitions as java.util.regex's Unicode classes, so their native spellings stand for them.

    private static final class Digit {
        static final CodePointSet SET = CodePointSet.matching(
                cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER).withNativeJava("\\d");
    }

    private static final class Space {
        private static final int SEPARATORS = mask(Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                Character.PARAGRAPH_SEPARATOR);
        static final CodePointSet SET = CodePointSet.matching(
                cp -> cp >= '\t' && cp <= '\r' || cp == 0x85 || hasType(cp, SEPARATORS)).withNativeJava("\\s");
    }

    private static final class Word {
        private static final int WORD_TYPES = mask(Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.CONNECTOR_PUNCTUATION);
        static final CodePointSet SET = CodePointSet.matching(
                cp -> Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D || hasType(cp, WORD_TYPES))
                .withNativeJava("\\w");
    }

    private static final class GeneralCategoryNames {
        // Loose name -> two-letter (or one-letter) abbreviation, which java.util.regex also knows.
        static final Map<String, String> ALIASES = aliases(
                "C other", "Cc control cntrl", "Cf format", "Cn unassigned", "Co privateuse", "Cs surrogate",
                "L letter", "LC casedletter", "Ll lowercaseletter", "Lm modifierletter", "Lo otherletter",
                "Lt titlecaseletter", "Lu uppercaseletter", "M mark combiningmark", "Mc spacingmark",
                "Me enclosingmark", "Mn nonspacingmark", "N number", "Nd decimalnumber digit",
                "Nl letternumber", "No othernumber", "P punctuation punct", "Pc connectorpunctuation",
                "Pd dashpunctuation", "Pe closepunctuation", "Pf finalpunctuation", "Pi initialpunctuation",
                "Po otherpunctuation", "Ps openpunctuation", "S symbol", "Sc currencysymbol",
                "Sk modifiersymbol", "Sm mathsymbol", "So othersymbol", "Z separator", "Zl lineseparator",
                "Zp paragraphseparator", "Zs spaceseparator");
        private static Map<String, String> aliases(String... rows) {
            Map<String, String> aliases = new HashMap<>();
            for (String row : rows) {
                String[] names = row.split(" ");
                aliases.put(names[0].toLowerCase(Locale.ROOT), names[0]);
                for (int i = 1; i < names.length; i++) {
                    aliases.put(names[i], names[0]);
                }
            }
            return Map.copyOf(aliases);
        }

    }

    private static final class GeneralCategories {
        static final Map<String, CodePointSet> TABLE = table();

        private static Map<String, CodePointSet> table() {
            String[] nameOfType = new String[32];
            nameOfType[Character.CONTROL] = "Cc";
            nameOfType[Character.FORMAT] = "Cf";
            nameOfType[Character.UNASSIGNED] = "Cn";
            nameOfType[Character.PRIVATE_USE] = "Co";
            nameOfType[Character.SURROGATE] = "Cs";
            nameOfType[Character.LOWERCASE_LETTER] = "Ll";
            nameOfType[Character.MODIFIER_LETTER] = "Lm";
            nameOfType[Character.OTHER_LETTER] = "Lo";
            nameOfType[Character.TITLECASE_LETTER] = "Lt";
            nameOfType[Character.UPPERCASE_LETTER] = "Lu";
            nameOfType[Character.COMBINING_SPACING_MARK] = "Mc";
            nameOfType[Character.ENCLOSING_MARK] = "Me";
            nameOfType[Character.NON_SPACING_MARK] = "Mn";
            nameOfType[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
            nameOfType[Character.LETTER_NUMBER] = "Nl";
            nameOfType[Character.OTHER_NUMBER] = "No";
            nameOfType[Character.CONNECTOR_PUNCTUATION] = "Pc";
            nameOfType[Character.DASH_PUNCTUATION] = "Pd";
            nameOfType[Character.END_PUNCTUATION] = "Pe";
            nameOfType[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
            nameOfType[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
            nameOfType[Character.OTHER_PUNCTUATION] = "Po";
            nameOfType[Character.START_PUNCTUATION] = "Ps";
            nameOfType[Character.CURRENCY_SYMBOL] = "Sc";
            nameOfType[Character.MODIFIER_SYMBOL] = "Sk";
            nameOfType[Character.MATH_SYMBOL] = "Sm";
            nameOfType[Character.OTHER_SYMBOL] = "So";
            nameOfType[Character.LINE_SEPARATOR] = "Zl";
            nameOfType[Character.PARAGRAPH_SEPARATOR] = "Zp";
            nameOfType[Character.SPACE_SEPARATOR] = "Zs";
            CodePointSet.Builder[] builders = new CodePointSet.Builder[nameOfType.length];
            int current = -1;
            int start = 0;
            for (int cp = 0; cp <= CodePointSet.MAX_CODE_POINT + 1; cp++) {
                boolean scalar = cp <= CodePointSet.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
                int type = scalar ? Character.getType(cp) : -1;
                if (type != current) {
                    if (current >= 0) {
                        if (builders[current] == null) {
                            builders[current] = new CodePointSet.Builder();
                        }
                        builders[current].add(start, cp - 1);
                    }
                    current = type;
                    start = cp;
                }
            }
            Map<String, CodePointSet> table = new HashMap<>();
            for (int type = 0; type < nameOfType.length; type++) {
                if (nameOfType[type] != null) {
                    CodePointSet set = builders[type] == null ? CodePointSet.EMPTY : builders[type].build();
                    table.put(nameOfType[type], set.withNativeJava("\\p{" + nameOfType[type] + "}"));
                }
            }
            for (String group : new String[] {"C", "L", "M", "N", "P", "S", "Z"}) {
                CodePointSet union = CodePointSet.EMPTY;
                for (String name : nameOfType) {
                    if (name != null && name.startsWith(group)) {
                        union = union.union(table.get(name));
                    }
                }
                table.put(group, union.withNativeJava("\\p{" + group + "}"));
            }
            table.put("LC", table.get("Lu").union(table.get("Ll")).union(table.get("Lt")).withNativeJava("\\p{LC}"));
            return Map.copyOf(table);
        }
    }

    private static final class ScriptNames {
        static final Map<String, Character.UnicodeScript> BY_NAME = byName();

        private static Map<String, Character.UnicodeScript> byName() {
            Map<String, Character.UnicodeScript> names = new HashMap<>();
            for (Character.UnicodeScript script : Character.UnicodeScript.values()) {
                names.put(normalized(script.name()), script);
            }
            return Map.copyOf(names);
        }

    }

    private static final class Scripts {
        static final Map<Character.UnicodeScript, CodePointSet> TABLE = table();

        private static Map<Character.UnicodeScript, CodePointSet> table() {
            Map<Character.UnicodeScript, CodePointSet.Builder> builders = new EnumMap<>(Character.UnicodeScript.class);
            Character.UnicodeScript current = null;
            int start = 0;
            for (int cp = 0; cp <= CodePointSet.MAX_CODE_POINT + 1; cp++) {
                boolean scalar = cp <= CodePointSet.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
                Character.UnicodeScript script = scalar ? Character.UnicodeScript.of(cp) : null;
                if (script != current) {
                    if (current != null) {
                        builders.computeIfAbsent(current, s -> new CodePointSet.Builder()).add(start, cp - 1);
                    }
                    current = script;
                    start = cp;
                }
            }
            Map<Character.UnicodeScript, CodePointSet> table = new EnumMap<>(Character.UnicodeScript.class);
            builders.forEach((script, builder) ->
                    table.put(script, builder.build().withNativeJava("\\p{Is" + script.name() + "}")));
            return table;
        }
    }

    /** The binary properties the reference knows, with their loose names. */
    private enum BinaryProperty {
        ASCII_Hex_Digit("ahex"), Alphabetic("alpha"), Bidi_Control("bidic"), Bidi_Mirrored("bidim"),
        Case_Ignorable("ci"), Cased, Changes_When_Casefolded("cwcf"), Changes_When_Casemapped("cwcm"),
        Changes_When_Lowercased("cwl"), Changes_When_Titlecased("cwt"), Changes_When_Uppercased("cwu"), Dash,
        Default_Ignorable_Code_Point("di"), Deprecated("dep"), Diacritic("dia"), Emoji,
        Emoji_Component("ecomp"), Emoji_Modifier("emod"), Emoji_Modifier_Base("ebase"),
        Emoji_Presentation("epres"), Extended_Pictographic("extpict"), Extender("ext"), Grapheme_Base("grbase"),
        Grapheme_Extend("grext"), Grapheme_Link("grlink"), Hex_Digit("hex"), Hyphen,
        IDS_Binary_Operator("idsb"), IDS_Trinary_Operator("idst"), ID_Continue("idc"), ID_Start("ids"),
        Ideographic("ideo"), Join_Control("joinc"), Logical_Order_Exception("loe"), Lowercase("lower"), Math,
        Noncharacter_Code_Point("nchar"), Other_Alphabetic("oalpha"), Other_Default_Ignorable_Code_Point("odi"),
        Other_Grapheme_Extend("ogrext"), Other_ID_Continue("oidc"), Other_ID_Start("oids"),
        Other_Lowercase("olower"), Other_Math("omath"), Other_Uppercase("oupper"), Pattern_Syntax("patsyn"),
        Pattern_White_Space("patws"), Prepended_Concatenation_Mark("pcm"), Quotation_Mark("qmark"), Radical,
        Regional_Indicator("ri"), Sentence_Terminal("sterm"), Soft_Dotted("sd"), Terminal_Punctuation("term"),
        Unified_Ideograph("uideo"), Uppercase("upper"), Variation_Selector("vs"),
        White_Space("wspace", "space"), XID_Continue("xidc"), XID_Start("xids");

        static final Map<String, BinaryProperty> BY_NAME = byName();

        private final Set<String> aliases;

        BinaryProperty(String... aliases) {
            this.aliases = Set.of(aliases);
        }

        private static Map<String, BinaryProperty> byName() {
            Map<String, BinaryProperty> names = new HashMap<>();
            for (BinaryProperty property : values()) {
                names.put(normalized(property.name()), property);
                property.aliases.forEach(alias -> names.put(alias, property));
            }
            return Map.copyOf(names);
        }
    }

    /** The sets of the binary properties in {@link #SUPPORTED_BINARY}. */
    private static final class Binary {
        static final Map<BinaryProperty, CodePointSet> TABLE = table();

        private static Map<BinaryProperty, CodePointSet> table() {
            Map<BinaryProperty, CodePointSet> table = new EnumMap<>(BinaryProperty.class);
            CodePointSet alphabetic = CodePointSet.matching(Character::isAlphabetic);
            CodePointSet lowercase = CodePointSet.matching(Character::isLowerCase);
            CodePointSet uppercase = CodePointSet.matching(Character::isUpperCase);
            table.put(BinaryProperty.Alphabetic, alphabetic.withNativeJava("\\p{IsAlphabetic}"));
            table.put(BinaryProperty.Lowercase, lowercase.withNativeJava("\\p{IsLowercase}"));
            table.put(BinaryProperty.Uppercase, uppercase.withNativeJava("\\p{IsUppercase}"));
            table.put(BinaryProperty.Ideographic,
                    CodePointSet.matching(Character::isIdeographic).withNativeJava("\\p{IsIdeographic}"));
            table.put(BinaryProperty.Bidi_Mirrored,
                    CodePointSet.matching(Character::isMirrored).withNativeJava("\\p{javaMirrored}"));
            table.put(BinaryProperty.Cased, lowercase.union(uppercase).union(GeneralCategories.TABLE.get("Lt")));
            table.put(BinaryProperty.White_Space, Space.SET);
            table.put(BinaryProperty.Other_Alphabetic, alphabetic.minus(GeneralCategories.TABLE.get("L"))
                    .minus(GeneralCategories.TABLE.get("Nl")));
            table.put(BinaryProperty.Other_Lowercase, lowercase.minus(GeneralCategories.TABLE.get("Ll")));
            table.put(BinaryProperty.Other_Uppercase, uppercase.minus(GeneralCategories.TABLE.get("Lu")));
            table.put(BinaryProperty.Join_Control, CodePointSet.range(0x200C, 0x200D));
            table.put(BinaryProperty.ASCII_Hex_Digit, CodePointSet.ofRanges('0', '9', 'A', 'F', 'a', 'f'));
            table.put(BinaryProperty.Hex_Digit, CodePointSet.ofRanges('0', '9', 'A', 'F', 'a', 'f',
                    0xFF10, 0xFF19, 0xFF21, 0xFF26, 0xFF41, 0xFF46));
            int[] nonCharacters = new int[2 + 2 * 17];
            nonCharacters[0] = 0xFDD0;
            nonCharacters[1] = 0xFDEF;
            for (int plane = 0; plane <= 16; plane++) {
                nonCharacters[2 + 2 * plane] = plane * 0x10000 + 0xFFFE;
                nonCharacters[3 + 2 * plane] = plane * 0x10000 + 0xFFFF;
            }
            table.put(BinaryProperty.Noncharacter_Code_Point, CodePointSet.ofRanges(nonCharacters));
            return table;
        }
    }
}
