package com.customerhealth.backfill;

/**
 * Reads one helpdesk's history a page at a time. A page is read again from the same cursor when the plugin
 * was stopped before keeping what came after it, so reading a cursor twice must give the same events (the
 * same ids), though later changes may have been added.
 */
public interface HistoryReader extends AutoCloseable {

    /**
     * The page after {@code cursor}; {@code null}: the first page.
     *
     * @throws HistoryUnavailable when the helpdesk cannot answer now (rate limited, down: try again later)
     *                            or will not (refused credentials, no such helpdesk: stop)
     * @throws InterruptedException when the plugin stops while the reader waits for its pacing
     */
    HistoryPage read(String cursor) throws InterruptedException;

    /** Lets go of the connections the reader holds. */
    @Override
    void close();
}
