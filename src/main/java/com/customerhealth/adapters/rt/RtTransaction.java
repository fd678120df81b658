package com.customerhealth.adapters.rt;

import java.time.Instant;

/**
 * One transaction of an RT ticket's history as REST 2.0 gives it ({@code GET /REST/2.0/ticket/{id}/history}
 * with {@code fields=Type,Field,OldValue,NewValue,Creator,Created,ObjectId}).
 *
 * @param id       the transaction's id, the root of the ids of the events it gives
 * @param ticketId the ticket it was recorded on ({@code ObjectId}): a ticket merged into another keeps its own
 * @param type     RT's type: {@code Create}, {@code Correspond}, {@code Comment}, {@code Status},
 *                 {@code AddWatcher}, {@code DelWatcher}, {@code AddLink}, {@code CustomField}, ...
 * @param field    what it changed: {@code Requestor}, {@code MergedInto}, a custom field's id; empty for none
 * @param oldValue the value before, empty for none
 * @param newValue the value after, empty for none
 * @param creator  the name of the RT user who made it
 * @param created  when it was made
 */
public record RtTransaction(long id, String ticketId, String type, String field, String oldValue, String newValue,
                            String creator, Instant created) {

    public RtTransaction {
        field = field == null ? "" : field;
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }

    /** Whether this transaction added or removed one of the ticket's requestors. */
    boolean changesRequestors() {
        return ("AddWatcher".equals(type) || "DelWatcher".equals(type)) && "Requestor".equals(field);
    }
}
