package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Ann Example         | Ann Example",
            "=1+2                | '=1+2",
            "+49 30 1234         | '+49 30 1234",
            "-5                  | '-5",
            "@SUM(A1:A9)         | '@SUM(A1:A9)",
            "Smith, Ann          | `\"Smith, Ann\"`",
            "say \"hi\"          | `\"say \"\"hi\"\"\"`",
            "=HYPERLINK(\"x\",1) | `\"'=HYPERLINK(\"\"x\"\",1)\"`",
            "a=b                 | a=b",
    })
    void aTextCellIsQuotedWhenItMustBeAndNeverStartsAFormula(String text, String written) {
        assertEquals(written + "\r\n", CsvTable.line(List.of(text)));
    }

    @ParameterizedTest(name = "a tab or carriage return first")
    @CsvSource({"0", "1"})
    void aLeadingTabOrCarriageReturnIsGuardedToo(int which) {
        String control = which == 0 ? "\t" : "\r";
        String line = CsvTable.line(List.of(control + "=1"));
        assertEquals(which == 0 ? "'\t=1\r\n" : "\"'\r=1\"\r\n", line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"-25|-25", "0|0", "100|100"})
    void numbersAreWrittenAsNumbersEvenWhenNegative(int number, String written) {
        assertEquals("c-1," + written + ",\r\n", CsvTable.line(Arrays.asList("c-1", number, null)));
    }
}
