package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    /** The test vector Standard Webhooks publishes with its libraries. */
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIME = 1614265330;
    private static final String VECTOR_BODY = "{\"test\": 2432232314}";
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void publishedTestVectorVerifies() {
        assertEquals(VECTOR_SIGNATURE, WebhookSignature.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIME, VECTOR_BODY));
        assertDoesNotThrow(() -> new WebhookSignature(VECTOR_ID, Long.toString(VECTOR_TIME), VECTOR_SIGNATURE)
                .verify(VECTOR_SECRET, VECTOR_BODY, Instant.ofEpochSecond(VECTOR_TIME)));
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String headers = "v1,bm90IGl0 " + VECTOR_SIGNATURE + " v2,other";

        assertDoesNotThrow(() -> new WebhookSignature(VECTOR_ID, Long.toString(VECTOR_TIME), headers)
                .verify(VECTOR_SECRET, VECTOR_BODY, Instant.ofEpochSecond(VECTOR_TIME)));
    }

    @Test
    void plainSecretIsUsedAsItsUtf8Bytes() {
        String signature = WebhookSignature.sign("plain secret", "id-1", 100, "{}");

        assertDoesNotThrow(() -> new WebhookSignature("id-1", "100", signature)
                .verify("plain secret", "{}", Instant.ofEpochSecond(100)));
        assertThrows(WebhookSignature.Refused.class, () -> new WebhookSignature("id-1", "100", signature)
                .verify("plain secreT", "{}", Instant.ofEpochSecond(100)));
    }

    @ParameterizedTest(name = "{0} s after signing: accepted {1}")
    @CsvSource({"0, true", "300, true", "-300, true", "301, false", "-301, false", "86400, false"})
    void timestampMayBeFiveMinutesOffEitherWay(long secondsLater, boolean accepted) {
        WebhookSignature signature = new WebhookSignature(VECTOR_ID, Long.toString(VECTOR_TIME), VECTOR_SIGNATURE);
        Instant now = Instant.ofEpochSecond(VECTOR_TIME + secondsLater);

        if (accepted) {
            assertDoesNotThrow(() -> signature.verify(VECTOR_SECRET, VECTOR_BODY, now));
        } else {
            var refused = assertThrows(WebhookSignature.Refused.class,
                    () -> signature.verify(VECTOR_SECRET, VECTOR_BODY, now));
            assertTrue(refused.getMessage().contains("webhook-timestamp"), refused.getMessage());
        }
    }

    @ParameterizedTest(name = "id={0} timestamp={1} signature={2}")
    @CsvSource(nullValues = "null", value = {
            "null, 1614265330, v1,x",
            "msg, null, v1,x",
            "msg, 1614265330, null",
            "msg, yesterday, v1,x"})
    void missingOrMalformedHeadersAreRefused(String id, String timestamp, String signature) {
        assertThrows(WebhookSignature.Refused.class, () -> new WebhookSignature(id, timestamp, signature)
                .verify(VECTOR_SECRET, VECTOR_BODY, Instant.ofEpochSecond(VECTOR_TIME)));
    }

    @Test
    void changedBodyIsRefused() {
        assertThrows(WebhookSignature.Refused.class,
                () -> new WebhookSignature(VECTOR_ID, Long.toString(VECTOR_TIME), VECTOR_SIGNATURE)
                        .verify(VECTOR_SECRET, "{\"test\": 2432232315}", Instant.ofEpochSecond(VECTOR_TIME)));
    }
}
