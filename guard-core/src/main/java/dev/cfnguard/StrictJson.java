package dev.cfnguard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/** Checks that a text is strict JSON, without building a tree: the YAML loader builds the one we keep. */
final class StrictJson {

    // No limits of Jackson's own: the YAML loader applies ours (Limits) to the same text next.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private StrictJson() {}

    static void check(String text, String name) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new GuardDocumentException(name + ": empty JSON document", name, 0, 0,
                        "Unable to parse a template from data file: " + name + " is empty", false);
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw error(name, "more than one JSON value", at);
            }
        } catch (JsonProcessingException e) {
            throw error(name, e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new GuardDocumentException(name + ": " + e.getMessage(), name, 0, 0, e.getMessage(), false);
        }
    }

    private static GuardDocumentException error(String name, String problem, JsonLocation at) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        String position = line > 0 ? ":" + line + ":" + column : "";
        String message = problem.lines().findFirst().orElse(problem);
        return new GuardDocumentException(name + position + ": not JSON: " + message, name, line, column,
                "not JSON: " + message, false);
    }
}
