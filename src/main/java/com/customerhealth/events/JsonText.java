package com.customerhealth.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Finds, in an event as sent, the first string or name that is not text a store can hold. */
final class JsonText {

    private JsonText() {
    }

    /**
     * The refusal of the first string of {@code event}, or name of a member, holding a NUL character or half of
     * a surrogate pair, named by its place ({@code id}, {@code data.customerId}, {@code data.attributes.segment});
     * null when every string is text.
     */
    static InvalidEventException firstNotText(JsonNode event) {
        return firstNotText(event, "");
    }

    private static InvalidEventException firstNotText(JsonNode node, String path) {
        if (node.isTextual()) {
            return refusal(path, node.textValue());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                String place = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                InvalidEventException found = refusal(path.isEmpty() ? "event" : path, member.getKey());
                if (found == null) {
                    found = firstNotText(member.getValue(), place);
                }
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                InvalidEventException found = firstNotText(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static InvalidEventException refusal(String field, String text) {
        try {
            InvalidEventException.text(field, text, Integer.MAX_VALUE);
            return null;
        } catch (InvalidEventException e) {
            return e;
        }
    }
}
