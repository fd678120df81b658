package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0  | 0  | 1  | 1  | is not JSON: it ends before its value is complete",
            "12 | 12 | 1  | 13 | is not JSON: it ends before its value is complete",
            "12 | 3  | 1  | 4  | is not JSON: unexpected text at line 1, column 4",
            "40 | 30 | 3  | 2  | is not JSON: unexpected text at line 3, column 2",
            "40 | 30 | -1 | -1 | is not JSON"})
    void namesWhereTheTextStopsBeingJson(long length, long offset, long line, long column, String expected) {
        assertEquals(expected, JsonSyntax.problem(length, offset, line, column));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``              | is not JSON: it ends before its value is complete",
            "`   `           | is not JSON: it ends before its value is complete",
            "`[\"a\", `      | is not JSON: it ends before its value is complete",
            "`{\"a\": 1`     | is not JSON: it ends before its value is complete",
            "`[1, x]`        | is not JSON: unexpected text at line 1, column 5",
            "`{\n  \"a\": +}` | is not JSON: unexpected text at line 2, column 8",
            "`[\"a\"] junk`  | is not JSON: unexpected text at line 1, column 7",
            "`{\"a\": 1}}`   | is not JSON: unexpected text at line 1, column 9"})
    void readsWhatParsersRefuseInTheSendersWords(String text, String expected) {
        assertEquals(expected, assertThrows(JsonSyntax.NotJsonException.class, () -> JsonSyntax.read(text)).getMessage());
    }

    @Test
    void readsAnyJsonValue() {
        assertEquals(JsonValue.ValueType.ARRAY, JsonSyntax.read(" [\"a\", 1] ").getValueType());
        assertEquals(JsonValue.ValueType.STRING, JsonSyntax.read("\"a\"").getValueType());
    }
}
