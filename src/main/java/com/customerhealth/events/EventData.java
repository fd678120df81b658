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
                    in.optionalText("priority"), in.optionalText("channel"));
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
        JsonObjectBuilder out = JSON.createObjectBuilder();
        if (event instanceof TicketCreated e) {
            put(out, "ticketId", e.ticketId()).put(out, "customerId", e.customerId())
                    .put(out, "companyId", e.companyId()).put(out, "createdAt", e.createdAt())
                    .put(out, "status", e.status().key()).put(out, "priority", e.priority())
                    .put(out, "channel", e.channel());
        } else if (event instanceof TicketStatusChanged e) {
            put(out, "ticketId", e.ticketId()).put(out, "status", e.status().key()).put(out, "at", e.at());
        } else if (event instanceof TicketInteractionAdded e) {
            put(out, "ticketId", e.ticketId()).put(out, "author", e.author()).put(out, "at", e.at());
            if (e.publicly() != null) {
                out.add("public", e.publicly());
            }
        } else if (event instanceof TicketPriorityChanged e) {
            put(out, "ticketId", e.ticketId()).put(out, "priority", e.priority()).put(out, "at", e.at());
        } else if (event instanceof TicketEscalated e) {
            put(out, "ticketId", e.ticketId()).put(out, "escalation", e.escalation()).put(out, "at", e.at());
        } else if (event instanceof TicketMerged e) {
            put(out, "ticketId", e.ticketId()).put(out, "intoTicketId", e.intoTicketId());
        } else if (event instanceof TicketDeleted e) {
            put(out, "ticketId", e.ticketId());
        } else if (event instanceof TicketCustomerChanged e) {
            put(out, "ticketId", e.ticketId()).put(out, "customerId", e.customerId())
                    .put(out, "companyId", e.companyId());
        } else if (event instanceof CsatRated e) {
            put(out, "ticketId", e.ticketId()).put(out, "at", e.at()).put(out, "comment", e.comment());
            out.add("rating", e.rating()).add("scaleMin", e.scaleMin()).add("scaleMax", e.scaleMax());
        } else if (event instanceof CustomerUpserted e) {
            put(out, "customerId", e.customerId()).put(out, "name", e.name()).put(out, "email", e.email())
                    .put(out, "companyId", e.companyId());
            out.add("attributes", attributes(e.attributes()));
        } else if (event instanceof CompanyUpserted e) {
            put(out, "companyId", e.companyId()).put(out, "name", e.name());
            out.add("attributes", attributes(e.attributes()));
        }
        return out.build();
    }

    private static JsonObjectBuilder attributes(Map<String, String> attributes) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        attributes.forEach(object::add);
        return object;
    }

    private static Chain put(JsonObjectBuilder out, String name, Object value) {
        return new Chain().put(out, name, value);
    }

    /** Adds present values only, so optional fields are left out rather than written as null. */
    private static final class Chain {
        Chain put(JsonObjectBuilder out, String name, Object value) {
            if (value instanceof Instant instant) {
                out.add(name, instant.toString());
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
