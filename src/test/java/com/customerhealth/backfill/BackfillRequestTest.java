package com.customerhealth.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.customerhealth.platform.FieldProblem;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackfillRequestTest {

    private static final Set<String> KINDS = Set.of("zendesk", "rt");

    private static JsonObject json(String text) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    @Test
    void aCompleteRequestIsReadAsItStands() {
        BackfillRequest request = BackfillRequest.read(json("{'kind': 'zendesk', 'url': ' https://acme.zendesk.com ',"
                + " 'user': 'admin@acme.com', 'token': 'abc', 'source': 'https://acme.zendesk.com',"
                + " 'since': '2024-01-01T01:00:00+01:00', 'requestsPerMinute': 10}"), KINDS);
        assertEquals(List.of(), request.problems());
        assertEquals("zendesk", request.kind());
        assertEquals("https://acme.zendesk.com", request.url());
        assertEquals("admin@acme.com", request.user());
        assertEquals("abc", request.token());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), request.since());
        assertEquals(10, request.requestsPerMinute());
    }

    @Test
    void leftOutFieldsTakeTheKindsOwn() {
        BackfillRequest request = BackfillRequest.read(json("{'kind': 'rt', 'url': 'https://rt.example.com', 'token': 't'}"),
                KINDS).withDefaults("https://rt.example.com/", 600);
        assertEquals(List.of(), request.problems());
        assertNull(request.user());
        assertNull(request.since());
        assertEquals("https://rt.example.com/", request.source());
        assertEquals(600, request.requestsPerMinute());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{'url': 'https://x.example', 'token': 't'}                                   | kind              | backfill.missing",
            "{'kind': 'jira', 'url': 'https://x.example', 'token': 't'}                   | kind              | backfill.kind",
            "{'kind': 7, 'url': 'https://x.example', 'token': 't'}                        | kind              | backfill.text",
            "{'kind': 'rt', 'token': 't'}                                                 | url               | backfill.missing",
            "{'kind': 'rt', 'url': '  ', 'token': 't'}                                    | url               | backfill.missing",
            "{'kind': 'rt', 'url': 'https://x.example'}                                   | token             | backfill.missing",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': ''}                      | token             | backfill.missing",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': 't', 'since': 'yesterday'} | since           | backfill.since",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': 't', 'requestsPerMinute': 0} | requestsPerMinute | backfill.rate",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': 't', 'requestsPerMinute': 6001} | requestsPerMinute | backfill.rate",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': 't', 'requestsPerMinute': 1.5} | requestsPerMinute | backfill.rate",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': 't', 'requestsPerMinute': '10'} | requestsPerMinute | backfill.rate",
            "{'kind': 'rt', 'url': 'https://x.example', 'token': 't', 'password': 'p'}    | password          | backfill.unknownField",
    })
    void eachWrongFieldIsNamed(String body, String field, String key) {
        List<FieldProblem> problems = BackfillRequest.read(json(body), KINDS).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(field, problems.get(0).field());
        assertEquals(key, problems.get(0).textKey());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<FieldProblem> problems = BackfillRequest.read(json("{'extra': 1, 'since': 'x', 'user': '"
                + "u".repeat(256) + "'}"), KINDS).problems();
        assertEquals(List.of("extra", "kind", "url", "user", "token", "since"),
                problems.stream().map(FieldProblem::field).toList());
    }

    @Test
    void theTokenIsNeverWrittenOut() {
        BackfillRequest request = BackfillRequest.read(json("{'kind': 'rt', 'url': 'https://x.example', 'token': 'sekrit'}"),
                KINDS);
        assertFalse(request.toString().contains("sekrit"));
        assertFalse(new BackfillJob("t", "id", request.withDefaults("s", 1), "s", "admin", Instant.EPOCH).connection()
                .toString().contains("sekrit"));
    }
}
