package com.customerhealth.backfill;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A helpdesk's answer to a page, read within a limit: a page of a helpdesk's API is a few megabytes at most,
 * and an answer beyond {@link #MAX_BYTES} (a misconfigured address, a hostile server) ends the backfill rather
 * than the server's memory.
 *
 * <pre>{@code
 * String body = PageBodies.read(response, "Zendesk's ticket export");
 * }</pre>
 */
public final class PageBodies {

    /** The largest answer read: 64 MiB. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private PageBodies() {
    }

    /** The body of {@code response}, UTF-8, which answered {@code what}. */
    public static String read(Response response, String what) {
        return read(response, what, MAX_BYTES);
    }

    static String read(Response response, String what, int limit) {
        if (response.getLength() > limit) {
            throw tooLarge(what, limit);
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(what, limit);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HistoryUnavailable.retryAfter(Duration.ofSeconds(30), "The answer to " + what
                    + " broke off: " + e.getMessage(), e);
        }
    }

    private static HistoryUnavailable tooLarge(String what, int limit) {
        return HistoryUnavailable.permanent("The answer to " + what + " is over " + limit / (1024 * 1024)
                + " MiB, more than a page of a helpdesk's API: check the address");
    }
}
