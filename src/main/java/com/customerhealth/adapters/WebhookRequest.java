package com.customerhealth.adapters;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A webhook as it arrived: its headers (the first value of each, names in any case) and its body's bytes,
 * exactly as signed.
 *
 * <pre>{@code
 * WebhookRequest request = WebhookRequest.of(Map.of("X-Hub-Signature", "sha1=..."), body);
 * request.header("x-hub-signature"); // "sha1=..."
 * }</pre>
 */
public record WebhookRequest(Map<String, String> headers, byte[] body) {

    public WebhookRequest {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(byName);
        body = body.clone();
    }

    /** A request of {@code headers} and {@code body}. */
    public static WebhookRequest of(Map<String, String> headers, byte[] body) {
        return new WebhookRequest(headers, body);
    }

    /** The header {@code name} (in any letter case), trimmed; {@code null} when absent or blank. */
    public String header(String name) {
        String value = headers.get(name.toLowerCase(Locale.ROOT));
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
