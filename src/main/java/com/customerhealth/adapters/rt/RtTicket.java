package com.customerhealth.adapters.rt;

import java.util.List;

/**
 * A ticket of an RT ticket search ({@code GET /REST/2.0/tickets} with {@code fields=Subject,Status,Requestor}).
 *
 * @param id         the ticket's id
 * @param subject    its subject, empty for none
 * @param status     its RT status now
 * @param requestors the names of its requestors now
 */
public record RtTicket(String id, String subject, String status, List<String> requestors) {

    public RtTicket {
        subject = subject == null ? "" : subject;
        requestors = List.copyOf(requestors);
    }
}
