/**
 * The demo agent view: a small helpdesk's ticket list and ticket page over the tickets the plugin has
 * stored, showing health badges where a real helpdesk's agent view would, beside every requester's
 * name and on the customer and company panels. The ticket page tells the ticket's conversation from the
 * events' journal ({@link com.customerhealth.agentview.Conversation}), a read of {@code events}, which
 * knows nothing of this package. It is what a newcomer opens first, and the page the
 * badge's browser tests and benchmarks drive; a helpdesk uses its own view and the badge tags instead.
 */
package com.customerhealth.agentview;
