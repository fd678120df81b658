package com.customerhealth.monitoring;

import com.customerhealth.platform.InLists;
import com.customerhealth.schema.StoreMigrated;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the history's figures true as time passes with no event: every {@code chm.monitoring.upkeep-minutes}
 * the subjects whose score 7 or 30 days ago changed since the last run (a point of theirs passed that far
 * into the past) take it again, and points older than {@code chm.monitoring.retention-days} are removed,
 * each subject keeping the last of them so that its history and the trend still begin with its value then.
 */
@ApplicationScoped
public class HistoryUpkeep {

    private static final Logger LOG = Logger.getLogger(HistoryUpkeep.class.getName());

    /** Subjects per transaction. */
    private static final int PASS = InLists.MAX_SIZE;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    HistoryRepository history;

    @Inject
    HistoryKeeping keeping;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chm.monitoring.upkeep-minutes", defaultValue = "15")
    long everyMinutes;

    @Inject
    @ConfigProperty(name = "chm.monitoring.retention-days", defaultValue = "730")
    int retentionDays;

    /** Until when the scores 7 and 30 days ago are known to be current; at start-up, as far back as they reach. */
    private volatile Instant refreshedUpTo;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 110) StoreMigrated migrated) {
        if (retentionDays < 91) {
            LOG.warning(() -> "chm.monitoring.retention-days is " + retentionDays + "; a history keeps at least 91"
                    + " days (the portfolio's trend is 90), so 91 are kept");
        }
        scheduler.scheduleWithFixedDelay(this::runQuietly, 1, everyMinutes * 60, TimeUnit.SECONDS);
    }

    /**
     * Gives every subject whose score 7 or 30 days ago moved since the last call that score again.
     *
     * @return how many subjects took it
     */
    public int refreshScoresBefore() {
        Instant now = clock.instant();
        Instant since = refreshedUpTo == null ? now.minus(Duration.ofDays(31)) : refreshedUpTo;
        Map<String, List<String>> due = new LinkedHashMap<>();
        for (int days : new int[] {7, 30}) {
            for (HistoryRepository.Subject subject : history.withPointsBetween(since.minus(Duration.ofDays(days)),
                    now.minus(Duration.ofDays(days)))) {
                List<String> ids = due.computeIfAbsent(subject.tenantId() + "\n" + subject.kind(), key -> new ArrayList<>());
                if (!ids.contains(subject.id())) {
                    ids.add(subject.id());
                }
            }
        }
        int total = 0;
        for (Map.Entry<String, List<String>> group : due.entrySet()) {
            String[] key = group.getKey().split("\n", 2);
            for (List<String> chunk : InLists.of(group.getValue())) {
                keeping.takeScoresBefore(key[0], key[1], chunk, now);
                total += chunk.size();
            }
        }
        refreshedUpTo = now;
        return total;
    }

    /**
     * Removes the points older than the retention, the start of the UTC day that many days ago, each subject
     * keeping its last one before it.
     *
     * @return how many subjects lost points
     */
    public int applyRetention() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant cutoff = today.minusDays(Math.max(91, retentionDays)).atStartOfDay(ZoneOffset.UTC).toInstant();
        int total = 0;
        while (true) {
            List<HistoryRepository.Kept> kept = history.oldestKept(cutoff, PASS);
            kept.forEach(history::dropBefore);
            total += kept.size();
            if (kept.size() < PASS) {
                return total;
            }
        }
    }

    private void runQuietly() {
        try {
            int refreshed = refreshScoresBefore();
            int trimmed = applyRetention();
            if (refreshed + trimmed > 0) {
                LOG.fine(() -> refreshed + " scores of 7 or 30 days ago taken again; " + trimmed
                        + " histories trimmed to the retention");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keeping the history's figures current failed; the next run tries again", e);
        }
    }
}
