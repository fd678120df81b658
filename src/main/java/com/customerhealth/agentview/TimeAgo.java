package com.customerhealth.agentview;

import com.customerhealth.badge.RelativeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** Moments in the agent view's words, such as {@code #{timeAgo.since(row.lastActivityAt())}}: "2 hours ago". */
@Named
@ApplicationScoped
public class TimeAgo {

    @Inject
    Clock clock;

    public String since(Instant then) {
        return then == null ? "" : RelativeTime.since(then, clock.instant());
    }
}
