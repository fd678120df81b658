package com.customerhealth.alerts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.platform.Texts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriptionDraftTest {

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> problems(String text) {
        return SubscriptionDraft.read(json(text), Optional.empty()).problems().stream()
                .map(problem -> problem.field() + ":" + problem.textKey()).toList();
    }

    @Test
    void aFullWebhookIsReadAsWritten() {
        SubscriptionDraft draft = SubscriptionDraft.read(json("{\"channel\": \"webhook\", \"target\": \" https://hooks.example.com/in \","
                + " \"kinds\": [\"low_csat\", \"band_drop\"], \"description\": \"  Success team \", \"language\": \"de\","
                + " \"enabled\": false}"), Optional.empty());
        assertEquals(List.of(), draft.problems());
        assertEquals(Channel.WEBHOOK, draft.channel());
        assertEquals("https://hooks.example.com/in", draft.target());
        assertEquals(Set.of(AlertKind.LOW_CSAT, AlertKind.BAND_DROP), draft.kinds());
        assertEquals("Success team", draft.description());
        assertEquals("de", draft.language());
        assertFalse(draft.enabled());
    }

    @Test
    void leftOutFieldsTakeTheirDefaults() {
        SubscriptionDraft draft = SubscriptionDraft.read(json("{\"channel\": \"email\", \"target\": \"ops@example.com\","
                + " \"kinds\": null, \"description\": \"   \"}"), Optional.empty());
        assertEquals(List.of(), draft.problems());
        assertEquals(Set.of(), draft.kinds(), "every kind");
        assertEquals(null, draft.description(), "blank words are none");
        assertEquals(null, draft.language());
        assertTrue(draft.enabled());
    }

    @Test
    void everyWrongFieldIsNamedInTheFieldsOrderUnknownOnesFirst() {
        assertEquals(List.of("colour:alerts.subscription.unknownField", "channel:alerts.subscription.channel",
                        "target:alerts.subscription.missing", "kinds:alerts.subscription.kinds",
                        "description:alerts.subscription.text", "language:alerts.subscription.language",
                        "enabled:alerts.subscription.boolean"),
                problems("{\"colour\": 1, \"channel\": \"pigeon\", \"target\": \"\", \"kinds\": [\"band_drop\", 3],"
                        + " \"description\": 7, \"language\": \"fr\", \"enabled\": \"yes\"}"));
        assertEquals(List.of("channel:alerts.subscription.missing", "target:alerts.subscription.missing"), problems("{}"));
        assertEquals(List.of("kinds:alerts.subscription.kinds"),
                problems("{\"channel\": \"webhook\", \"target\": \"https://h.example.com\", \"kinds\": \"band_drop\"}"));
        assertEquals(List.of("description:alerts.subscription.tooLong"), problems("{\"channel\": \"webhook\","
                + " \"target\": \"https://h.example.com\", \"description\": \"" + "x".repeat(256) + "\"}"));
    }

    @Test
    void aChangeKeepsItsChannel() {
        JsonObject other = json("{\"channel\": \"email\", \"target\": \"a@example.com\"}");
        assertEquals(List.of("channel:alerts.subscription.channelFixed"), SubscriptionDraft.read(other,
                Optional.of(Channel.WEBHOOK)).problems().stream().map(p -> p.field() + ":" + p.textKey()).toList());
        SubscriptionDraft unnamed = SubscriptionDraft.read(json("{\"target\": \"https://h.example.com\"}"),
                Optional.of(Channel.WEBHOOK));
        assertEquals(List.of(), unnamed.problems());
        assertEquals(Channel.WEBHOOK, unnamed.channel());
    }

    @ParameterizedTest(name = "{0} is an address")
    @ValueSource(strings = {"success@example.com", "a.b+alerts@sub.example.co.uk", "x@example.museum"})
    void addresses(String address) {
        assertTrue(SubscriptionDraft.isAddress(address));
    }

    @ParameterizedTest(name = "{0} is no address")
    @ValueSource(strings = {"success", "@example.com", "a@", "a@example", "a@@example.com", "a b@example.com",
            "Ada <ada@example.com>", "a@example.com, b@example.com", "a@example.com;b@example.com", ".a@example.com",
            "a.@example.com", "a@.example.com", "a@example..com", "a@example.com."})
    void notAddresses(String text) {
        assertFalse(SubscriptionDraft.isAddress(text));
        assertEquals(List.of("target:alerts.subscription.address"),
                problems("{\"channel\": \"email\", \"target\": " + Json.createValue(text) + "}"));
    }

    @Test
    void anAddressLongerThanSmtpTakesIsRefused() {
        String longest = "a".repeat(64) + "@" + "b".repeat(185) + ".com";
        assertEquals(SubscriptionDraft.ADDRESS_LENGTH, longest.length());
        assertTrue(SubscriptionDraft.isAddress(longest));
        assertFalse(SubscriptionDraft.isAddress("a" + longest));
    }

    @ParameterizedTest(name = "{0} has words in every language")
    @CsvSource({"alerts.subscription.unknownField", "alerts.subscription.missing", "alerts.subscription.text",
            "alerts.subscription.boolean", "alerts.subscription.channel", "alerts.subscription.channelFixed",
            "alerts.subscription.address", "alerts.subscription.tooLong", "alerts.subscription.language",
            "alerts.subscription.kinds"})
    void everyProblemHasWords(String key) {
        for (var language : Texts.LANGUAGES) {
            assertTrue(Texts.in(language).has(key), key + " in " + language);
        }
    }
}
