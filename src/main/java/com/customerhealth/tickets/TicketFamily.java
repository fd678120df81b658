package com.customerhealth.tickets;

import com.customerhealth.scoring.TicketFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tickets tied together by merges: a merged ticket's interactions count for the ticket it went into, and
 * so on down a chain (A into B, B into C: C counts all three). A merge into a ticket not created yet
 * waits with it; a ticket merged into one that was deleted, or into nothing, counts for no one; merges
 * that run in a circle count for no one either.
 *
 * <pre>{@code
 * Map<String, TicketFamily.Carried> carried = TicketFamily.carried(states);
 * TicketFacts facts = TicketFamily.facts(state, carried.get(state.ticketId()));
 * }</pre>
 */
public final class TicketFamily {

    private TicketFamily() {
    }

    /**
     * What a ticket carries: its own interactions and those of every ticket merged into it, and the latest
     * time any of them was handled.
     *
     * @param interactions  the interactions
     * @param lastHandledAt the latest handling among them, or null when none was handled
     */
    public record Carried(int interactions, Instant lastHandledAt) {
    }

    /** What each of {@code states} carries, by ticket id; merged tickets missing from {@code states} carry nothing. */
    public static Map<String, Carried> carried(Collection<TicketState> states) {
        Map<String, TicketState> byId = new LinkedHashMap<>();
        states.forEach(state -> byId.put(state.ticketId(), state));
        Map<String, List<TicketState>> mergedInto = new HashMap<>();
        for (TicketState state : states) {
            if (state.merged() && state.mergedInto() != null) {
                mergedInto.computeIfAbsent(state.mergedInto(), id -> new ArrayList<>()).add(state);
            }
        }
        Map<String, Carried> carried = new HashMap<>();
        for (String id : byId.keySet()) {
            carried.put(id, carry(byId.get(id), mergedInto, new HashSet<>()));
        }
        return carried;
    }

    private static Carried carry(TicketState state, Map<String, List<TicketState>> mergedInto, Set<String> onTheWay) {
        if (!onTheWay.add(state.ticketId())) {
            // A circle of merges: what comes round again is not counted twice.
            return new Carried(0, null);
        }
        int interactions = state.interactions();
        Instant lastHandled = state.lastHandledAt();
        for (TicketState source : mergedInto.getOrDefault(state.ticketId(), List.of())) {
            Carried part = carry(source, mergedInto, onTheWay);
            interactions += part.interactions();
            if (part.lastHandledAt() != null && (lastHandled == null || part.lastHandledAt().isAfter(lastHandled))) {
                lastHandled = part.lastHandledAt();
            }
        }
        onTheWay.remove(state.ticketId());
        return new Carried(interactions, lastHandled);
    }

    /**
     * The facts the scoring reads of {@code state}, a ticket that {@linkplain TicketState#counted counts},
     * with what it {@code carried}.
     */
    public static TicketFacts facts(TicketState state, Carried carried) {
        if (!state.counted()) {
            throw new IllegalArgumentException("Ticket " + state.ticketId() + " counts for no one");
        }
        return new TicketFacts(state.createdAt(), state.status().isOpen(), carried.interactions(),
                carried.lastHandledAt(), state.rating(), state.rating() == null ? null : state.ratedAt());
    }
}
