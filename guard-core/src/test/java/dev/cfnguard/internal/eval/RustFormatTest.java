package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.FloatFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RustFormatTest {

    // Expected texts are what Rust's {} and {:?} print for these f64 values.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.0        | 1      | 1.0",
        "2.5        | 2.5    | 2.5",
        "0.1        | 0.1    | 0.1",
        "-0.0       | -0     | -0.0",
        "1e20       | 100000000000000000000 | 1e20",
        "1.5e-7     | 0.00000015 | 1.5e-7",
        "0.0025     | 0.0025 | 0.0025",
        "123456.789 | 123456.789 | 123456.789",
        "1e16       | 10000000000000000 | 1e16",
        "9.999e15   | 9999000000000000 | 9999000000000000.0",
        "0.0001     | 0.0001 | 0.0001",
        "0.00009    | 0.00009 | 9e-5",
    })
    void formatsFloatsLikeRust(double value, String display, String debug) {
        assertEquals(display, FloatFormat.display(value));
        assertEquals(debug, FloatFormat.debug(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NaN       | NaN",
        "Infinity  | inf",
        "-Infinity | -inf",
    })
    void formatsSpecialFloats(double value, String text) {
        assertEquals(text, FloatFormat.display(value));
        assertEquals(text, FloatFormat.debug(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain          | `\"plain\"`",
        "`say \"hi\"`   | `\"say \\\"hi\\\"\"`",
        "it's           | `\"it's\"`",
    })
    void debugsStrings(String text, String debug) {
        assertEquals(debug, RustFormat.stringDebug(text));
    }

    @org.junit.jupiter.api.Test
    void debugsControlCharactersAndQuotes() {
        assertEquals("\"a\\nb\\tc\\u{1}\"", RustFormat.stringDebug("a\nb\tc\u0001"));
        assertEquals("'\\''", RustFormat.charDebug('\''));
        assertEquals("'\"'", RustFormat.charDebug('"'));
    }
}
