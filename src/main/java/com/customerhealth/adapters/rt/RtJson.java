package com.customerhealth.adapters.rt;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST 2.0's answers read into the records the mapping takes. RT writes ids as strings in some places and
 * numbers in others, and a user reference as {@code {"type": "user", "id": "<name>"}}; all are read here.
 */
final class RtJson {

    /** The fields the backfill asks for on each ticket of a search. */
    static final String TICKET_FIELDS = "Subject,Status,Requestor";

    /** The fields the backfill asks for on each transaction of a history. */
    static final String TRANSACTION_FIELDS = "Type,Field,OldValue,NewValue,Creator,Created,ObjectId";

    private RtJson() {
    }

    /** The {@code items} of a search or history page. */
    static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** How many pages the answer says there are: {@code pages}, else 1. */
    static int pages(JsonObject page) {
        return page.containsKey("pages") && !page.isNull("pages") ? Integer.parseInt(text(page.get("pages"))) : 1;
    }

    static RtTicket ticket(JsonObject item) {
        List<String> requestors = new ArrayList<>();
        JsonValue listed = item.get("Requestor");
        if (listed instanceof JsonArray array) {
            for (JsonValue requestor : array) {
                requestors.add(reference(requestor));
            }
        }
        return new RtTicket(text(item.get("id")), text(item.get("Subject")), text(item.get("Status")), requestors);
    }

    static RtTransaction transaction(JsonObject item) {
        return new RtTransaction(Long.parseLong(text(item.get("id"))), text(item.get("ObjectId")),
                text(item.get("Type")), text(item.get("Field")), text(item.get("OldValue")),
                text(item.get("NewValue")), reference(item.get("Creator")), Instant.parse(text(item.get("Created"))));
    }

    static RtUser user(JsonObject item) {
        Map<String, String> customFields = new LinkedHashMap<>();
        JsonValue fields = item.get("CustomFields");
        if (fields instanceof JsonArray array) {
            for (JsonObject field : array.getValuesAs(JsonObject.class)) {
                JsonValue values = field.get("values");
                if (values instanceof JsonArray list && !list.isEmpty()) {
                    customFields.put(text(field.get("name")), text(list.get(0)));
                }
            }
        }
        return new RtUser(Long.parseLong(text(item.get("id"))), text(item.get("Name")),
                text(item.get("EmailAddress")), text(item.get("RealName")), text(item.get("Organization")),
                customFields);
    }

    static String customFieldName(JsonObject item) {
        return text(item.get("Name"));
    }

    /** The name a reference to a user ({@code {"type": "user", "id": "root"}}) gives, or a plain value. */
    private static String reference(JsonValue value) {
        return value instanceof JsonObject object ? text(object.get("id")) : text(value);
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? Long.toString(number.longValue()) : number.toString();
        }
        return value.toString();
    }
}
