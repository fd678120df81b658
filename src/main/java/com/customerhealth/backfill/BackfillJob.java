package com.customerhealth.backfill;

import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A backfill an admin started: where the history is read from, and how far it has come. Its token is
 * kept only while it may still be read, and never shown.
 */
@Entity
@Table(name = "backfill_job")
@IdClass(TenantKey.class)
public class BackfillJob {

    /** The longest message kept. */
    static final int MESSAGE_LENGTH = 1000;

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "job_id", length = 64)
    private String id;

    @Column(name = "kind", length = 32, nullable = false)
    private String kind;

    @Column(name = "base_url", length = 2048, nullable = false)
    private String baseUrl;

    @Column(name = "user_name", length = 255)
    private String userName;

    @Column(name = "token", length = 1024)
    private String token;

    @Column(name = "source", length = 255, nullable = false)
    private String source;

    @Column(name = "since")
    private Instant since;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "state", length = 16, nullable = false)
    private String state;

    @Lob
    @Column(name = "cursor_text")
    private String cursor;

    @Column(name = "pages", nullable = false)
    private long pages;

    @Column(name = "tickets_read", nullable = false)
    private long ticketsRead;

    @Column(name = "tickets_total")
    private Long ticketsTotal;

    @Column(name = "events_read", nullable = false)
    private long eventsRead;

    @Column(name = "accepted", nullable = false)
    private long accepted;

    @Column(name = "duplicates", nullable = false)
    private long duplicates;

    @Column(name = "rejected", nullable = false)
    private long rejected;

    @Column(name = "running_millis", nullable = false)
    private long runningMillis;

    @Column(name = "message", length = MESSAGE_LENGTH)
    private String message;

    @Column(name = "started_by", length = 255, nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "wait_until")
    private Instant waitUntil;

    @Column(name = "lease_owner", length = 64)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "going_key", length = 64)
    private String goingKey;

    protected BackfillJob() {
    }

    BackfillJob(String tenantId, String id, BackfillRequest request, String source, String startedBy, Instant now) {
        this.tenantId = tenantId;
        this.id = id;
        this.kind = request.kind();
        this.baseUrl = request.url();
        this.userName = request.user();
        this.token = request.token();
        this.source = source;
        this.since = request.since();
        this.requestsPerMinute = request.requestsPerMinute();
        this.state = BackfillState.RUNNING.key();
        this.goingKey = goingKey(tenantId, kind, source);
        this.startedBy = startedBy;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Where its history is read from, with its token. */
    HistoryConnection connection() {
        return new HistoryConnection(tenantId, URI.create(baseUrl), userName, token, source, since);
    }

    /** The page's events are stored: goes on after it, and is done after the last. */
    void advance(HistoryPage page, BackfillCounts counts, Duration spent, Instant now) {
        record(page, counts, spent, now);
        message = null;
        if (page.last()) {
            end(BackfillState.DONE, null, now);
        }
    }

    /** The page's events are stored: its cursor and counts are kept, whatever the backfill's state. */
    void record(HistoryPage page, BackfillCounts counts, Duration spent, Instant now) {
        cursor = page.cursor();
        pages++;
        ticketsRead += page.ticketsRead();
        if (page.ticketsTotal() != null) {
            ticketsTotal = page.ticketsTotal();
        }
        eventsRead += page.events().size() + page.unreadable();
        accepted += counts.accepted();
        duplicates += counts.duplicates();
        rejected += counts.rejected() + page.unreadable();
        runningMillis += spent.toMillis();
        updatedAt = now;
    }

    /**
     * Cancelled by an admin: nothing more is read and the token is forgotten. The lease stays with whoever
     * reads it, so that a page being stored meanwhile is still counted when its reader lets it go.
     */
    void cancel(Instant now) {
        state = BackfillState.CANCELLED.key();
        goingKey = null;
        message = null;
        finishedAt = now;
        updatedAt = now;
        waitUntil = null;
        token = null;
    }

    /** Reading stopped on a page that was not stored: time spent counted, the state as it is. */
    void spent(Duration spent, Instant now) {
        runningMillis += spent.toMillis();
        updatedAt = now;
    }

    /** The helpdesk asked to wait: read again at {@code until}. */
    void waitUntil(Instant until, String why, Instant now) {
        state = BackfillState.WAITING.key();
        waitUntil = until;
        message = shortened(why);
        updatedAt = now;
        release();
    }

    /** Ends it as {@code ended}: nothing more is read, and the token is forgotten unless it may be resumed. */
    void end(BackfillState ended, String why, Instant now) {
        state = ended.key();
        goingKey = null;
        message = shortened(why);
        finishedAt = now;
        updatedAt = now;
        waitUntil = null;
        if (ended != BackfillState.FAILED) {
            token = null;
        }
        release();
    }

    /** Read again from its cursor, with {@code newToken} when one is given. */
    void resume(String newToken, Instant now) {
        // A reader still holding it from before the cancellation loses it, and stops at its next request.
        release();
        state = BackfillState.RUNNING.key();
        goingKey = goingKey(tenantId, kind, source);
        if (newToken != null) {
            token = newToken;
        }
        message = null;
        finishedAt = null;
        waitUntil = null;
        updatedAt = now;
    }

    /** The wait is over: taken up by whoever looks next. */
    void waited(Instant now) {
        state = BackfillState.RUNNING.key();
        waitUntil = null;
        updatedAt = now;
    }

    void lease(String owner, Instant until) {
        leaseOwner = owner;
        leaseUntil = until;
    }

    void release() {
        leaseOwner = null;
        leaseUntil = null;
    }

    /** Whether {@code owner} holds it at {@code now}. */
    boolean heldBy(String owner, Instant now) {
        return owner.equals(leaseOwner) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    /** Whether nobody holds it at {@code now}. */
    boolean free(Instant now) {
        return leaseUntil == null || !leaseUntil.isAfter(now);
    }

    /** What one going backfill of {@code source} from a helpdesk of {@code kind} for {@code tenantId} is known by. */
    static String goingKey(String tenantId, String kind, String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((tenantId + "\n" + kind + "\n" + source)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The runtime has no SHA-256", e);
        }
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    public String tenantId() {
        return tenantId;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String userName() {
        return userName;
    }

    /** Whether a token is kept for it. */
    public boolean hasToken() {
        return token != null;
    }

    public String source() {
        return source;
    }

    public Instant since() {
        return since;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public BackfillState state() {
        return BackfillState.of(state).orElseThrow(() -> new IllegalStateException("backfill state " + state));
    }

    public String cursor() {
        return cursor;
    }

    public long pages() {
        return pages;
    }

    public long ticketsRead() {
        return ticketsRead;
    }

    public Long ticketsTotal() {
        return ticketsTotal;
    }

    public long eventsRead() {
        return eventsRead;
    }

    public long accepted() {
        return accepted;
    }

    public long duplicates() {
        return duplicates;
    }

    public long rejected() {
        return rejected;
    }

    public Duration running() {
        return Duration.ofMillis(runningMillis);
    }

    public String message() {
        return message;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant waitUntilInstant() {
        return waitUntil;
    }
}
