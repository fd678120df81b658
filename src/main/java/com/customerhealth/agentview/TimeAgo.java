package com.customerhealth.agentview;

import com.customerhealth.badge.RelativeTime;
import com.customerhealth.platform.ReaderTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/**
 * Moments in the agent view's words, in the reader's language, such as {@code #{timeAgo.since(row.lastActivityAt())}}: "2 hours ago",
 * written in a {@code <time>} element that carries the moment itself:
 *
 * <pre>{@code
 * <time datetime="#{timeAgo.iso(row.lastActivityAt)}" title="#{timeAgo.absolute(row.lastActivityAt)}">
 *     #{timeAgo.since(row.lastActivityAt)}</time>
 * }</pre>
 */
@Named
@ApplicationScoped
public class TimeAgo {

    @Inject
    Clock clock;

    @Inject
    ReaderTexts reader;

    public String since(Instant then) {
        return then == null ? "" : RelativeTime.since(then, clock.instant(), reader.texts());
    }

    /** {@code moment} as a machine reads it (RFC 3339), for a {@code <time>} element's {@code datetime}. */
    public String iso(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    /** {@code moment} itself, "19 Oct 2026, 14:05 UTC", for a title beside the words of {@link #since}. */
    public String absolute(Instant moment) {
        return moment == null ? "" : RelativeTime.absolute(moment, reader.texts());
    }
}
