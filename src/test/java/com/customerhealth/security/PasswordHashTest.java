package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    private static final String STORED = PasswordHash.of("correct horse".toCharArray());

    @Test
    void theRightPasswordMatchesAndNoOtherDoes() {
        assertTrue(PasswordHash.matches("correct horse".toCharArray(), STORED));
        assertFalse(PasswordHash.matches("correct horse ".toCharArray(), STORED));
        assertFalse(PasswordHash.matches(new char[0], STORED));
    }

    @Test
    void eachHashHasItsOwnSaltAndHoldsNoPassword() {
        String again = PasswordHash.of("correct horse".toCharArray());

        assertNotEquals(STORED, again);
        assertFalse(STORED.contains("correct"));
        assertTrue(STORED.startsWith("PBKDF2WithHmacSHA256:210000:"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "correct horse", "PBKDF2WithHmacSHA256:1:x", "MD5:1:AAAA:AAAA",
            "PBKDF2WithHmacSHA256:many:AAAA:AAAA", "PBKDF2WithHmacSHA256:1:!!:AAAA", "PBKDF2WithHmacSHA256:0:AAAA:AAAA"})
    void aStoredValueOutOfFormatMatchesNothing(String stored) {
        assertFalse(PasswordHash.matches("correct horse".toCharArray(), stored));
    }
}
