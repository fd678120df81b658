package com.customerhealth.adapters;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.customerhealth.adapters.chatwoot.ChatwootWebhooks;
import com.customerhealth.adapters.jira.JiraWebhooks;
import com.customerhealth.adapters.zammad.ZammadWebhooks;
import com.customerhealth.events.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payloads a signed sender could still get wrong, or an attacker holding a secret could craft: each adapter
 * answers a mapping (events or a reason to skip) or an event's own refusal, which the intake turns into a
 * rejected verdict, and never any other exception, which would be a failure.
 */
class HostileWebhooksTest {

    private static final List<String> HOSTILE = List.of(
            "{}",
            "{\"ticket\": null, \"article\": null}",
            "{\"ticket\": [], \"article\": 7}",
            "{\"ticket\": {\"id\": {}, \"customer_id\": []}}",
            "{\"ticket\": {\"id\": 1, \"customer_id\": 2, \"created_at\": \"yesterday\", \"state\": 5}}",
            "{\"ticket\": {\"id\": 1, \"customer_id\": 2, \"created_at\": \"99999-01-01T00:00:00Z\", \"updated_at\": -5}}",
            "{\"ticket\": {\"id\": 1, \"customer_id\": \"" + "x".repeat(300) + "\"}}",
            "{\"ticket\": {\"id\": \"\\u0000\", \"customer_id\": \"\\ud800\", \"title\": \"\\udfff\"},"
                    + " \"article\": {\"id\": 1, \"sender\": \"Customer\", \"created_at\": \"3000-01-01T00:00:00Z\"}}",
            "{\"ticket\": {\"id\": 1e400, \"customer_id\": 123456789012345678901234567890}}",
            "{\"event\": null}",
            "{\"event\": 17}",
            "{\"event\": \"message_created\", \"id\": 1, \"conversation\": {\"id\": 2}, \"message_type\": \"incoming\","
                    + " \"created_at\": 99999999999999999999}",
            "{\"event\": \"message_created\", \"id\": 1, \"conversation\": {\"id\": 2}, \"message_type\": 0,"
                    + " \"created_at\": \"2021-07-23T18:02:48+25:00\"}",
            "{\"event\": \"conversation_status_changed\", \"id\": 3, \"status\": \"resolved\", \"updated_at\": 1e300}",
            "{\"event\": \"conversation_status_changed\", \"id\": 3, \"status\": \"resolved\", \"updated_at\": -1e300,"
                    + " \"timestamp\": \"now\"}",
            "{\"event\": \"conversation_created\", \"id\": 3, \"meta\": {\"sender\": {\"id\": 4, \"name\": 5}},"
                    + " \"channel\": \"Channel::\", \"priority\": \"" + "p".repeat(100) + "\"}",
            "{\"event\": \"message_updated\", \"id\": 1, \"conversation\": {\"id\": 2}, \"content_type\": \"input_csat\","
                    + " \"content_attributes\": {\"submitted_values\": {\"csat_survey_response\": {\"rating\": \"NaN\"}}}}",
            "{\"event\": \"message_updated\", \"id\": 1, \"conversation\": {\"id\": 2}, \"content_type\": \"input_csat\","
                    + " \"content_attributes\": {\"submitted_values\": {\"csat_survey_response\": {\"rating\": 99}}}}",
            "{\"event\": \"contact_updated\", \"id\": \"\", \"name\": null}",
            "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": \"1\", \"self\": \"::::\","
                    + " \"fields\": {\"reporter\": {}, \"created\": \"2017-02-30T10:00:00.000+0300\"}}}",
            "{\"webhookEvent\": \"jira:issue_updated\", \"timestamp\": \"1e999\", \"issue\": {\"id\": \"1\"},"
                    + " \"changelog\": {\"id\": 5, \"items\": [{\"field\": \"status\", \"toString\": null}, 3, null]}}",
            "{\"webhookEvent\": \"comment_created\", \"issue\": {\"id\": \"1\", \"self\": \"http://[::1\"},"
                    + " \"comment\": {\"id\": 9, \"author\": 4, \"visibility\": {}, \"created\": []}}",
            "{\"webhookEvent\": \"jira:issue_updated\", \"issue\": {\"id\": \"1\", \"self\": \"https://h/"
                    + "a".repeat(300) + "/rest/api/2/issue/1\"}, \"changelog\": {\"id\": \"6\", \"items\":"
                    + " [{\"field\": \"status\", \"toString\": \"Resolved\"}]}}");

    static Stream<Arguments> cases() {
        List<HelpdeskWebhooks> adapters = List.of(new ZammadWebhooks(), new ChatwootWebhooks(), new JiraWebhooks());
        List<Arguments> cases = new ArrayList<>();
        for (HelpdeskWebhooks adapter : adapters) {
            for (String payload : HOSTILE) {
                cases.add(Arguments.of(adapter.name(), adapter, payload));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void aHostilePayloadIsMappedSkippedOrRefusedByItsEventNeverFailed(String name, HelpdeskWebhooks adapter,
                                                                       String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        try {
            WebhookMapping mapping = adapter.map(RecordedWebhooks.json(body), WebhookRequest.of(Map.of(), body),
                    RecordedWebhooks.context());
            assertNotNull(mapping);
        } catch (InvalidEventException refusedByItsEvent) {
            assertNotNull(refusedByItsEvent.field());
        }
    }
}
