package com.customerhealth.events;


/**
 * What became of one event of a request.
 *
 * @param id     the event's id, as sent; {@code null} when it could not be read
 * @param status {@code accepted}, {@code duplicate} or {@code rejected}; a webhook adapter also answers
 *               {@code skipped} for a payload it has no event for
 * @param error  why it was rejected or skipped; {@code null} otherwise
 */
public record Verdict(String id, String status, String error) {

    /** The status of an event refused. */
    static final String REJECTED = "rejected";

    public static Verdict accepted(String id) {
        return new Verdict(id, "accepted", null);
    }

    public static Verdict duplicate(String id) {
        return new Verdict(id, "duplicate", null);
    }

    public static Verdict rejected(String id, String error) {
        return new Verdict(id, REJECTED, error);
    }
}
