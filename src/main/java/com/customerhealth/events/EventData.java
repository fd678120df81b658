package com.customerhealth.events;

import com.customerhealth.tickets.TicketStatus;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of each event type as JSON, both ways: field names as in the contract, ids as strings,
 * times as RFC 3339. A missing or mistyped field is an {@link InvalidEventException} naming it.
 */
public final class EventData {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Every type of the contract. */
    public static final List<String> TYPES = List.of(TicketCreated.TYPE, TicketStatusChanged.TYPE,
            TicketInteractionAdded.TYPE, TicketPriorityChanged.TYPE, TicketEscalated.TYPE, TicketMerged.TYPE,
            TicketDeleted.TYPE, TicketCustomerChanged.TYPE, CsatRated.TYPE, CustomerUpserted.TYPE,
            CompanyUpserted.TYPE);

    private EventData() {
    }

    /** The event of {@code type} that {@code data} describes. */
    public static HelpdeskEvent decode(EventHeader header, String type, JsonObject data) {
        if (type == null || !TYPES.contains(type)) {
            throw new InvalidEventException("type", "'" + type + "' is not one of " + TYPES);
        }
        if (data == null) {
            throw new InvalidEventException("data", "is required: a JSON object");
        }
        Fields in = new Fields(data);
        return switch (type) {
            case TicketCreated.TYPE -> new TicketCreated(header, in.text("ticketId"), in.text("customerId"),
                    in.optionalText("companyId"), in.time("createdAt"), in.status("status"),
                    in.optionalText("priority"), in.optionalText("channel"), in.optionalText("subject"));
            case TicketStatusChanged.TYPE -> new TicketStatusChanged(header, in.text("ticketId"), in.status("status"),
                    in.time("at"));
            case TicketInteractionAdded.TYPE -> new TicketInteractionAdded(header, in.text("ticketId"),
                    in.text("author"), in.time("at"), in.optionalBoolean("public"));
            case TicketPriorityChanged.TYPE -> new TicketPriorityChanged(header, in.text("ticketId"),
                    in.text("priority"), in.time("at"));
            case TicketEscalated.TYPE -> new TicketEscalated(header, in.text("ticketId"), in.text("escalation"),
                    in.time("at"));
            case TicketMerged.TYPE -> new TicketMerged(header, in.text("ticketId"), in.optionalText("intoTicketId"));
            case TicketDeleted.TYPE -> new TicketDeleted(header, in.text("ticketId"));
            case TicketCustomerChanged.TYPE -> new TicketCustomerChanged(header, in.text("ticketId"),
                    in.text("customerId"), in.optionalText("companyId"));
            case CsatRated.TYPE -> new CsatRated(header, in.text("ticketId"), in.number("rating"),
                    in.number("scaleMin"), in.number("scaleMax"), in.time("at"), in.optionalText("comment"));
            case CustomerUpserted.TYPE -> new CustomerUpserted(header, in.text("customerId"),
                    in.optionalText("name"), in.optionalText("email"), in.optionalText("companyId"),
                    in.attributes());
            case CompanyUpserted.TYPE -> new CompanyUpserted(header, in.text("companyId"), in.optionalText("name"),
                    in.attributes());
            default -> throw new IllegalStateException(type);
        };
    }

    /** The {@code data} object of {@code event}, as {@link #decode} reads it back. */
    public static JsonObject encode(HelpdeskEvent event) {
        Written data = new Written(JSON.createObjectBuilder());
        if (event instanceof TicketEvent ticket) {
            data.put("ticketId", ticket.ticketId());
        }
        if (event instanceof TicketCreated e) {
            data.put("customerId", e.customerId()).put("companyId", e.companyId()).put("createdAt", e.createdAt())
                    .put("status", e.status().key()).put("priority", e.priority()).put("channel", e.channel())
                    .put("subject", e.subject());
        } else if (event instanceof TicketStatusChanged e) {
            data.put("status", e.status().key()).put("at", e.at());
        } else if (event instanceof TicketInteractionAdded e) {
            data.put("author", e.author()).put("at", e.at()).put("public", e.publicly());
        } else if (event instanceof TicketPriorityChanged e) {
            data.put("priority", e.priority()).put("at", e.at());
        } else if (event instanceof TicketEscalated e) {
            data.put("escalation", e.escalation()).put("at", e.at());
        } else if (event instanceof TicketMerged e) {
            data.put("intoTicketId", e.intoTicketId());
        } else if (event instanceof TicketCustomerChanged e) {
            data.put("customerId", e.customerId()).put("companyId", e.companyId());
        } else if (event instanceof CsatRated e) {
            data.put("rating", e.rating()).put("scaleMin", e.scaleMin()).put("scaleMax", e.scaleMax())
                    .put("at", e.at()).put("comment", e.comment());
        } else if (event instanceof CustomerUpserted e) {
            data.put("customerId", e.customerId()).put("name", e.name()).put("email", e.email())
                    .put("companyId", e.companyId()).put("attributes", e.attributes());
        } else if (event instanceof CompanyUpserted e) {
            data.put("companyId", e.companyId()).put("name", e.name()).put("attributes", e.attributes());
        }
        return data.out().build();
    }

    /** Writes present values only, so optional fields are left out rather than written as null. */
    private record Written(JsonObjectBuilder out) {

        Written put(String name, Object value) {
            if (value instanceof Double number) {
                out.add(name, number);
            } else if (value instanceof Boolean flag) {
                out.add(name, flag);
            } else if (value instanceof Map<?, ?> attributes) {
                JsonObjectBuilder object = JSON.createObjectBuilder();
                attributes.forEach((key, item) -> object.add(key.toString(), item.toString()));
                out.add(name, object);
            } else if (value != null) {
                out.add(name, value.toString());
            }
            return this;
        }
    }

    /** Reads fields of one event's data, naming the field in every complaint. */
    private record Fields(JsonObject data) {

        String text(String name) {
            String value = optionalText(name);
            if (value == null) {
                throw new InvalidEventException("data." + name, "is required");
            }
            return value;
        }

        String optionalText(String name) {
            JsonValue value = data.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonString string) {
                return string.getString();
            }
            if (value instanceof JsonNumber number) {
                return number.toString();
            }
            throw new InvalidEventException("data." + name, "must be a string, not " + value.getValueType());
        }

        double number(String name) {
            JsonValue value = data.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw new InvalidEventException("data." + name, "is required");
            }
            if (!(value instanceof JsonNumber number)) {
                throw new InvalidEventException("data." + name, "must be a number, not " + value.getValueType());
            }
            return number.doubleValue();
        }

        Boolean optionalBoolean(String name) {
            JsonValue value = data.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new InvalidEventException("data." + name, "must be true or false, not " + value.getValueType());
        }

        Instant time(String name) {
            String text = text(name);
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidEventException("data." + name, "'" + text + "' is not an RFC 3339 time");
            }
        }

        TicketStatus status(String name) {
            String text = text(name);
            try {
                return TicketStatus.fromKey(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException("data." + name, e.getMessage());
            }
        }

        Map<String, String> attributes() {
            JsonValue value = data.get("attributes");
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return Map.of();
            }
            if (!(value instanceof JsonObject object)) {
                throw new InvalidEventException("data.attributes", "must be an object");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            object.forEach((key, item) -> attributes.put(key,
                    item instanceof JsonString string ? string.getString() : item.toString()));
            return attributes;
        }
    }
}
