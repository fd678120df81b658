package com.customerhealth.alerts;

/**
 * A customer's tickets opened lately and usually, as {@link TicketSpikeRule} compares them: by default
 * those opened in the last 24 hours, and those opened in the 30 days before these 24 hours.
 *
 * @param inWindow   tickets opened within the rule's window up to the observation's instant
 * @param inBaseline tickets opened within the rule's baseline days before the window
 */
public record TicketCounts(int inWindow, int inBaseline) {

    public TicketCounts {
        if (inWindow < 0 || inBaseline < 0) {
            throw new IllegalArgumentException("Tickets are counted from 0, not " + inWindow + " and " + inBaseline);
        }
    }
}
