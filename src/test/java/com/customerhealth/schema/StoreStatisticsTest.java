package com.customerhealth.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreStatisticsTest {

    @ParameterizedTest(name = "{0} rows changed of {1}: due {2}")
    @CsvSource({
            // never analyzed: PostgreSQL 14 on counts -1 rows, older ones 0
            "0, -1, false",
            "50, -1, false",
            "51, -1, true",
            "51, 0, true",
            // 50 rows and a tenth of the table
            "150, 1000, false",
            "151, 1000, true",
            "100050, 1000000, false",
            "100051, 1000000, true",
    })
    void aTableIsDueOnceItChangedByFiftyRowsAndATenth(long modified, double rows, boolean due) {
        assertEquals(due, StoreStatistics.isDue(modified, rows));
    }
}
