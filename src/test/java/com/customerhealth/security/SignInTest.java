package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ann", "Ann", "ANN", " ann ", "\tann", "\uff21\uff4e\uff4e"})
    void theSpellingsOfOneNameAreCountedAsOne(String spelling) {
        assertEquals(SignIn.nameKey("ann"), SignIn.nameKey(spelling));
    }

    @Test
    void otherNamesAreCountedApartAndEveryKeyHasOneSize() {
        assertNotEquals(SignIn.nameKey("ann"), SignIn.nameKey("anne"));
        assertEquals(SignIn.nameKey("a").length(), SignIn.nameKey("x".repeat(256)).length());
    }
}
