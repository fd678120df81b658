package com.customerhealth.backfill;

import com.customerhealth.events.HelpdeskEvent;
import java.util.List;

/**
 * One page of a helpdesk's history, as events of the contract.
 *
 * @param events       the events the page holds, all of the connection's tenant and source, in any order
 * @param ticketsRead  how many tickets the page covered
 * @param cursor       where the next page starts; kept once the page's events are stored
 * @param last         whether this is the end of the history as it stands now
 * @param ticketsTotal how many tickets the whole history holds, as far as the helpdesk tells; {@code null}
 *                     when it does not (then no end time is estimated)
 * @param unreadable   how many of the page's records could not be made an event of the contract (a subject
 *                     over its length, a time out of range): counted among the backfill's rejected events and
 *                     passed over, so that one bad record does not stop the history behind it
 */
public record HistoryPage(List<HelpdeskEvent> events, int ticketsRead, String cursor, boolean last,
                          Long ticketsTotal, int unreadable) {

    public HistoryPage {
        events = List.copyOf(events);
        if (ticketsRead < 0 || unreadable < 0) {
            throw new IllegalArgumentException("ticketsRead " + ticketsRead + ", unreadable " + unreadable);
        }
        if (!last && cursor == null) {
            throw new IllegalArgumentException("a page before the last names the cursor of the next");
        }
    }

    /** A page whose every record became events. */
    public HistoryPage(List<HelpdeskEvent> events, int ticketsRead, String cursor, boolean last, Long ticketsTotal) {
        this(events, ticketsRead, cursor, last, ticketsTotal, 0);
    }
}
