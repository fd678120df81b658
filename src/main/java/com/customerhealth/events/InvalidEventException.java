package com.customerhealth.events;

/** An event that cannot be applied as it is, naming the field at fault. */
public class InvalidEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidEventException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field at fault, named as on the wire, such as {@code data.rating}. */
    public String field() {
        return field;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field, "is required");
        }
        if (value.length() > 128) {
            throw new InvalidEventException(field, "is longer than 128 characters");
        }
        return value;
    }

    static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : required(field, value);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
        return value;
    }
}
