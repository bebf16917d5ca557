package dev.cfnguard.internal.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Float texts as the reference prints them; the table was produced by the reference (see its header). */
class FloatFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/value/floats.tsv", delimiter = '\t')
    void matchesTheReference(String input, String json, String display) {
        double value = Double.parseDouble(input);
        assertEquals(json, FloatFormat.json(value));
        assertEquals(display, FloatFormat.display(value));
    }

    @Test
    void nonFiniteValuesHaveRustNamesButNoJson() {
        assertEquals("inf", FloatFormat.display(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatFormat.display(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", FloatFormat.display(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FloatFormat.json(Double.NaN));
    }

    @Test
    void zeroKeepsItsSign() {
        assertEquals("0.0", FloatFormat.json(0.0));
        assertEquals("-0.0", FloatFormat.json(-0.0));
        assertEquals("-0", FloatFormat.display(-0.0));
    }
}
