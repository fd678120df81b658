package com.customerhealth.agentview;

import java.time.Instant;

/**
 * One thing that happened to a ticket, as the ticket page's conversation shows it. A bean with getters
 * rather than a record, for the reason {@link TicketRow} is one.
 */
public final class ConversationEntry {

    private final String kind;
    private final String title;
    private final String detail;
    private final Instant at;

    /**
     * @param kind   what happened, for the page's styles: {@code created}, {@code customer}, {@code agent},
     *               {@code status}, {@code priority}, {@code escalation}, {@code rating}, {@code moved},
     *               {@code merged} or {@code deleted}
     * @param title  what happened, in a few words
     * @param detail more about it, or {@code null}
     * @param at     when it happened
     */
    ConversationEntry(String kind, String title, String detail, Instant at) {
        this.kind = kind;
        this.title = title;
        this.detail = detail;
        this.at = at;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }

    @Override
    public String toString() {
        return at + " " + kind + ": " + title + (detail == null ? "" : " (" + detail + ")");
    }
}
