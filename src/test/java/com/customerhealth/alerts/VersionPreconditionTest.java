package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VersionPreconditionTest {

    @ParameterizedTest(name = "If-Match {0}: version 3 {1}, version 4 {2}")
    @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
            null            | true  | true
            ''              | true  | true
            *               | true  | true
            ' * '           | true  | true
            '"3"'           | true  | false
            '"4"'           | false | true
            '"2", "3"'      | true  | false
            'W/"3"'         | false | false
            '3'             | false | false
            '"three"'       | false | false
            '"99999999999"' | false | false
            '"3", W/"4"'    | true  | false
            """)
    void anIfMatchHeaderAdmitsTheVersionsOfItsStrongTags(String header, boolean three, boolean four) {
        VersionPrecondition precondition = VersionPrecondition.ifMatch(header);

        assertEquals(three, precondition.admits(3));
        assertEquals(four, precondition.admits(4));
    }

    @Test
    void anyAdmitsEveryVersionAndExactlyOnlyItsOwn() {
        assertTrue(VersionPrecondition.any().admits(0));
        assertTrue(VersionPrecondition.any().admits(Integer.MAX_VALUE));
        assertTrue(VersionPrecondition.exactly(0).admits(0));
        assertFalse(VersionPrecondition.exactly(0).admits(1));
    }
}
