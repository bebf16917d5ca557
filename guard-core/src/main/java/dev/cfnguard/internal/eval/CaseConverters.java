package dev.cfnguard.internal.eval;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key-spelling fallbacks of queries: when a key is missing, the reference retries it in camelCase,
 * ClassCase, kebab-case, PascalCase, snake_case, Title Case and Train-Case (in that order), using the
 * word-splitting rules of the Rust "Inflector" crate. Stateless.
 */
final class CaseConverters {
    private CaseConverters() {}

    /** The fallbacks, in the order they are tried. */
    static final List<UnaryOperator<String>> ALL = List.of(
            CaseConverters::camel,
            CaseConverters::classCase,
            CaseConverters::kebab,
            CaseConverters::pascal,
            CaseConverters::snake,
            CaseConverters::title,
            CaseConverters::train);

    /**
     * Options of the word-joining conversions: whether the text starts a new word, whether the first word
     * is still to come (no separator before it), and the separator, if any, put between words.
     */
    private record JoinStyle(boolean startsNewWord, boolean beforeFirstWord, char separator, boolean separated) {}

    static String camel(String text) {
        return joinWords(text, new JoinStyle(false, false, ' ', false));
    }

    static String pascal(String text) {
        return joinWords(text, new JoinStyle(true, false, ' ', false));
    }

    static String title(String text) {
        return joinWords(text, new JoinStyle(true, true, ' ', true));
    }

    static String train(String text) {
        return joinWords(text, new JoinStyle(true, true, '-', true));
    }

    static String classCase(String text) {
        String pascal = pascal(text);
        int lastUpper = -1;
        for (int i = pascal.length() - 1; i >= 0; i--) {
            if (Character.isUpperCase(pascal.charAt(i))) {
                lastUpper = i;
                break;
            }
        }
        int split = Math.max(lastUpper, 0);
        return pascal.substring(0, split) + Singular.of(pascal.substring(split));
    }

    static String snake(String text) {
        return separateWords(text, '_');
    }

    static String kebab(String text) {
        return separateWords(text, '-');
    }

    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isSeparator(int c) {
        return !Character.isAlphabetic(c) && !isNumeric(c);
    }

    private static String trimTrailingSeparators(String text) {
        int end = text.length();
        while (end > 0 && isSeparator(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** camelCase-like joining: words start at separators, digits, and lower-to-upper changes. */
    private static String joinWords(String text, JoinStyle style) {
        boolean newWord = style.startsNewWord();
        boolean firstWord = style.beforeFirstWord();
        char lastChar = ' ';
        boolean foundRealChar = false;
        StringBuilder out = new StringBuilder(text.length());
        for (char c : trimTrailingSeparators(text).toCharArray()) {
            if (isSeparator(c) && foundRealChar) {
                newWord = true;
            } else if (!foundRealChar && isSeparator(c)) {
                continue;
            } else if (isNumeric(c)) {
                foundRealChar = true;
                newWord = true;
                out.append(c);
            } else if (newWord || (Character.isLowerCase(lastChar) && Character.isUpperCase(c))) {
                foundRealChar = true;
                newWord = false;
                if (style.separated() && !firstWord) {
                    out.append(style.separator());
                }
                out.append(asciiUpper(c));
                firstWord = false;
            } else {
                foundRealChar = true;
                lastChar = c;
                out.append(asciiLower(c));
            }
        }
        return out.toString();
    }

    /** snake_case-like separation, lower case. */
    private static String separateWords(String text, char separator) {
        boolean firstCharacter = true;
        StringBuilder out = new StringBuilder(text.length() + 4);
        String trimmed = trimTrailingSeparators(text);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isSeparator(c)) {
                if (!firstCharacter) {
                    firstCharacter = true;
                    out.append(separator);
                }
            } else if (!firstCharacter && c == asciiUpper(c) && neighbourIsLower(text, i)) {
                firstCharacter = false;
                out.append(separator).append(asciiLower(c));
            } else {
                firstCharacter = false;
                out.append(asciiLower(c));
            }
        }
        return out.toString();
    }

    private static boolean neighbourIsLower(String text, int index) {
        char next = index + 1 < text.length() ? text.charAt(index + 1) : 'A';
        char previous = index >= 1 ? text.charAt(index - 1) : 'A';
        return Character.isLowerCase(next) || Character.isLowerCase(previous);
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** English singular forms, for ClassCase. */
    static final class Singular {
        private Singular() {}

        private static final Set<String> UNCOUNTABLE = Set.of(
                "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft",
                "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage", "beef",
                "biology", "blood", "botany", "bread", "butter", "carbon", "cardboard", "cash", "chalk", "chaos",
                "chess", "crossroads", "countryside", "dancing", "deer", "dignity", "dirt", "dust", "economics",
                "education", "electricity", "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence",
                "evolution", "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture", "gallows",
                "garbage", "garlic", "genetics", "gold", "golf", "gossip", "grammar", "gratitude", "grief", "guilt",
                "gymnastics", "happiness", "hardware", "harm", "hate", "hatred", "health", "heat", "help",
                "homework", "honesty", "honey", "hospitality", "housework", "humour", "hunger", "hydrogen", "ice",
                "importance", "inflation", "information", "innocence", "iron", "irony", "jam", "jewelry", "judo",
                "karate", "knowledge", "lack", "laughter", "lava", "leather", "leisure", "lightning", "linguine",
                "linguini", "linguistics", "literature", "litter", "livestock", "logic", "loneliness", "luck",
                "luggage", "macaroni", "machinery", "magic", "management", "mankind", "marble", "mathematics",
                "mayonnaise", "measles", "methane", "milk", "money", "mud", "music", "mumps", "nature", "news",
                "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen", "pasta",
                "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity",
                "punctuation", "quartz", "racism", "relaxation", "reliability", "research", "respect", "revenge",
                "rice", "rubbish", "rum", "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep",
                "shopping", "sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species",
                "steam", "stuff", "stupidity", "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber",
                "traffic", "transportation", "trust", "underwear", "unemployment", "unity", "validity", "veal",
                "vegetation", "vegetarianism", "vengeance", "violence", "vitality", "warmth", "wealth", "weather",
                "welfare", "wheat", "wildlife", "wisdom", "yoga", "zinc", "zoology");

        private record Irregular(String plural, String singular) {}

        private static final List<Irregular> IRREGULAR = List.of(
                new Irregular("oxen", "ox"), new Irregular("boxes", "box"), new Irregular("men", "man"),
                new Irregular("women", "woman"), new Irregular("dice", "die"), new Irregular("yeses", "yes"),
                new Irregular("feet", "foot"), new Irregular("eaves", "eave"), new Irregular("geese", "goose"),
                new Irregular("teeth", "tooth"), new Irregular("quizzes", "quiz"));

        /** A suffix rule: the text kept from group 1, then {@code replacement} (which may use $2). */
        private record SuffixRule(Pattern pattern, String replacement) {
            SuffixRule(String regex, String replacement) {
                this(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), replacement);
            }
        }

        // Tried from the last to the first; the first that matches wins.
        private static final List<SuffixRule> RULES = List.of(
                new SuffixRule("(\\w*)s$", ""),
                new SuffixRule("(\\w*)(ss)$", "$2"),
                new SuffixRule("(n)ews$", "ews"),
                new SuffixRule("(\\w*)(o)es$", ""),
                new SuffixRule("(\\w*)([ti])a$", "um"),
                new SuffixRule("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", "sis"),
                new SuffixRule("(^analy)(sis|ses)$", "sis"),
                new SuffixRule("(\\w*)([^f])ves$", "fe"),
                new SuffixRule("(\\w*)(hive)s$", ""),
                new SuffixRule("(\\w*)(tive)s$", ""),
                new SuffixRule("(\\w*)([lr])ves$", "f"),
                new SuffixRule("(\\w*([^aeiouy]|qu))ies$", "y"),
                new SuffixRule("(s)eries$", "eries"),
                new SuffixRule("(m)ovies$", "ovie"),
                new SuffixRule("(\\w*)(x|ch|ss|sh)es$", "$2"),
                new SuffixRule("(m|l)ice$", "ouse"),
                new SuffixRule("(bus)(es)?$", ""),
                new SuffixRule("(shoe)s$", ""),
                new SuffixRule("(cris|test)(is|es)$", "is"),
                new SuffixRule("^(a)x[ie]s$", "xis"),
                new SuffixRule("(octop|vir)(us|i)$", "us"),
                new SuffixRule("(alias|status)(es)?$", ""),
                new SuffixRule("^(ox)en", ""),
                new SuffixRule("(vert|ind)ices$", "ex"),
                new SuffixRule("(matr)ices$", "ix"),
                new SuffixRule("(quiz)zes$", ""),
                new SuffixRule("(database)s$", ""));

        static String of(String word) {
            if (UNCOUNTABLE.contains(word)) {
                return word;
            }
            for (Irregular irregular : IRREGULAR) {
                if (irregular.plural().equals(word)) {
                    return irregular.singular();
                }
            }
            for (int i = RULES.size() - 1; i >= 0; i--) {
                SuffixRule rule = RULES.get(i);
                Matcher matcher = rule.pattern().matcher(word);
                if (matcher.find() && matcher.group(1) != null) {
                    String kept = matcher.group(1);
                    String replacement = rule.replacement();
                    if (replacement.contains("$2")) {
                        String second = matcher.groupCount() >= 2 && matcher.group(2) != null ? matcher.group(2) : "";
                        replacement = replacement.replace("$2", second);
                    }
                    return kept + replacement;
                }
            }
            return word;
        }
    }
}
