package dev.cfnguard.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How plain scalars read as numbers, booleans and null, as the reference's YAML loader reads them. */
class RustScalarsTest {

    @Test
    void integersFitAnI64WithAnOptionalSign() {
        assertEquals(42L, RustScalars.parseI64("42"));
        assertEquals(42L, RustScalars.parseI64("+42"));
        assertEquals(-7L, RustScalars.parseI64("-7"));
        assertEquals(Long.MAX_VALUE, RustScalars.parseI64("9223372036854775807"));
        assertNull(RustScalars.parseI64("9223372036854775808"));
        assertNull(RustScalars.parseI64("-"));
        assertNull(RustScalars.parseI64("1_000"));
        assertNull(RustScalars.parseI64("0x1F"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "Inf", "INF", "+inf", "infinity", "InFiNiTy", "+Infinity"})
    void infinitiesInAnyCase(String text) {
        assertEquals(Double.POSITIVE_INFINITY, RustScalars.parseF64(text));
    }

    @Test
    void signedInfinitiesAndNotANumber() {
        assertEquals(Double.NEGATIVE_INFINITY, RustScalars.parseF64("-INF"));
        assertTrue(Double.isNaN(RustScalars.parseF64("NaN")));
        assertTrue(Double.isNaN(RustScalars.parseF64("-nan")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", ".", "e5", "1e", "1.5x", "infinite", "nana", "in", "AWS::Region", "\u0130nf",
            ".inf", "1_0.5"})
    void otherTextsAreNoFloat(String text) {
        assertNull(RustScalars.parseF64(text));
    }

    @Test
    void floatsWithEitherSideOfThePointAndAnExponent() {
        assertEquals(0.5, RustScalars.parseF64(".5"));
        assertEquals(5.0, RustScalars.parseF64("5."));
        assertEquals(-1500.0, RustScalars.parseF64("-1.5e3"));
        assertEquals(1e-3, RustScalars.parseF64("1E-3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null", "NULL", "nUlL"})
    void nullSpellings(String text) {
        assertTrue(RustScalars.isNull(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nul", "nulls", "none", "Nil", "\u0274ull", "~~"})
    void otherTextsAreNotNull(String text) {
        assertFalse(RustScalars.isNull(text));
    }

    @Test
    void onlyLowerCaseBooleans() {
        assertEquals(Boolean.TRUE, RustScalars.parseBool("true"));
        assertEquals(Boolean.FALSE, RustScalars.parseBool("false"));
        assertNull(RustScalars.parseBool("True"));
        assertNull(RustScalars.parseBool("yes"));
    }
}
