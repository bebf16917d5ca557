package dev.cfnguard.internal.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what the reference printed for these numbers in parse-tree output. */
class SerdeFloatCasesTest {

    @ParameterizedTest
    @CsvSource({
        "1500.0, 1500.0", "1.0e16, 1e16", "1.0e15, 1000000000000000.0", "0.0001, 0.0001",
        "0.00001, 0.00001", "1.5e-7, 1.5e-7", "123456789012345680000.0, 1.2345678901234568e20",
        "2.5e300, 2.5e300", "0.1, 0.1", "5e-324, 5e-324", "0.0, 0.0", "-2.5, -2.5", "2.0, 2.0"
    })
    void ryuAsSerdePrintsNumbers(double value, String expected) {
        assertEquals(expected, FloatFormat.json(value));
    }

    @ParameterizedTest
    @CsvSource({
        "2.0, 2", "1.5, 1.5", "1.0e16, 10000000000000000", "1.0e20, 100000000000000000000",
        "1.5e-7, 0.00000015", "0.0001, 0.0001", "-0.5, -0.5", "Infinity, inf"
    })
    void displayAsRangesPrintBounds(double value, String expected) {
        assertEquals(expected, FloatFormat.display(value));
    }
}
