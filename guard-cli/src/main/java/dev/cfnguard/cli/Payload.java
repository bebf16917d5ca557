package dev.cfnguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules and data texts that {@code validate --payload} reads from standard input:
 * {@code {"rules": ["<rules text>", ...], "data": ["<data text>", ...]}}. Parsing follows the reference
 * (serde): both fields are required and may appear once, other fields are ignored, and the
 * two-element array form {@code [[rules...], [data...]]} is accepted too.
 */
record Payload(List<String> rules, List<String> data) {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    Payload {
        rules = List.copyOf(rules);
        data = List.copyOf(data);
    }

    /** @throws GuardCliException worded as a parse error if {@code json} is not such a payload */
    static Payload parse(String json) throws GuardCliException {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw error(parser, "EOF while parsing a value");
            }
            Payload payload = switch (first) {
                case START_OBJECT -> fromObject(parser);
                case START_ARRAY -> fromArray(parser);
                default -> throw error(parser, "invalid type: " + describe(parser) + ", expected struct Payload");
            };
            if (parser.nextToken() != null) {
                throw error(parser, "trailing characters");
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw GuardCliException.parseError(e.getOriginalMessage() + at(e.getLocation()));
        } catch (IOException e) {
            throw GuardCliException.io(e);
        }
    }

    /** The rules texts as sources named {@code RULES_STDIN[1]}, {@code RULES_STDIN[2]}, ... */
    List<RuleSource> ruleSources() {
        List<RuleSource> sources = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            sources.add(new RuleSource("RULES_STDIN[" + (i + 1) + "]", rules.get(i)));
        }
        return sources;
    }

    /** The data texts as sources named {@code DATA_STDIN[1]}, ...; a blank one is an error. */
    List<DataSource> dataSources() throws GuardCliException {
        List<DataSource> sources = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            sources.add(ValidateInputs.dataSource("DATA_STDIN[" + (i + 1) + "]", data.get(i)));
        }
        return sources;
    }

    private static Payload fromObject(JsonParser parser) throws IOException, GuardCliException {
        List<String> rules = null;
        List<String> data = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "rules" -> {
                    if (rules != null) {
                        throw error(parser, "duplicate field `rules`");
                    }
                    rules = strings(parser);
                }
                case "data" -> {
                    if (data != null) {
                        throw error(parser, "duplicate field `data`");
                    }
                    data = strings(parser);
                }
                default -> parser.skipChildren();
            }
        }
        if (rules == null) {
            throw error(parser, "missing field `rules`");
        }
        if (data == null) {
            throw error(parser, "missing field `data`");
        }
        return new Payload(rules, data);
    }

    private static Payload fromArray(JsonParser parser) throws IOException, GuardCliException {
        List<List<String>> fields = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (fields.size() == 2) {
                throw error(parser, "trailing characters");
            }
            fields.add(strings(parser));
        }
        if (fields.size() < 2) {
            throw error(parser, "invalid length " + fields.size() + ", expected struct Payload with 2 elements");
        }
        return new Payload(fields.get(0), fields.get(1));
    }

    /** Reads the array of strings starting at the current token. */
    private static List<String> strings(JsonParser parser) throws IOException, GuardCliException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(parser, "invalid type: " + describe(parser) + ", expected a sequence");
        }
        List<String> strings = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw error(parser, "invalid type: " + describe(parser) + ", expected a string");
            }
            String text = parser.getText();
            if (hasLoneSurrogate(text)) {
                // serde rejects a \\uD800-style escape that does not form a pair; Jackson lets it through.
                throw error(parser, "lone surrogate in hex escape");
            }
            strings.add(text);
        }
        return strings;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> "string \"" + parser.getText() + "\"";
            case VALUE_NUMBER_INT -> "integer `" + parser.getText() + "`";
            case VALUE_NUMBER_FLOAT -> "floating point `" + parser.getText() + "`";
            case VALUE_TRUE, VALUE_FALSE -> "boolean `" + parser.getText() + "`";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "map";
            case START_ARRAY -> "sequence";
            default -> String.valueOf(parser.currentToken());
        };
    }

    private static GuardCliException error(JsonParser parser, String message) {
        return GuardCliException.parseError(message + at(parser.currentLocation()));
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }
}
