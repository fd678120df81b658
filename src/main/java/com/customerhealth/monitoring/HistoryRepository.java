package com.customerhealth.monitoring;

import com.customerhealth.platform.InLists;
import com.customerhealth.platform.PreparedQueries;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stored history points of customers and companies: every read and write of them goes through here,
 * in the caller's transaction.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's.
@Transactional
public class HistoryRepository {

    /** The subject kind of a customer's points. */
    static final String CUSTOMER = "customer";
    /** The subject kind of a company's points. */
    static final String COMPANY = "company";

    /** A point's subject and what {@link ScorePoint#point(long, Integer, String, int, String, String, String, String)} takes. */
    private static final String POINT_COLUMNS = "p.subjectId, p.at, p.score, p.health, p.tickets, p.parameters, p.kind,"
            + " p.reference, p.words";

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The latest stored point of each of {@code ids} that has one, by id, to be changed in the transaction. */
    Map<String, ScorePoint> latestOf(String tenantId, String kind, Collection<String> ids) {
        Map<String, ScorePoint> found = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            PreparedQueries.of(em, "select p from ScorePoint p where p.tenantId = :tenant and p.subjectKind = :kind"
                            + " and p.subjectId in :ids and p.at = (select max(q.at) from ScorePoint q"
                            + " where q.subjectId = p.subjectId and q.subjectKind = p.subjectKind"
                            + " and q.tenantId = p.tenantId)", ScorePoint.class)
                    .setParameter("tenant", tenantId).setParameter("kind", kind)
                    .setParameter("ids", InLists.padded(chunk)).getResultList()
                    .forEach(point -> found.put(point.subjectId(), point));
        }
        return found;
    }

    /** The latest stored point of {@code id} before {@code instant}, or null, to be changed in the transaction. */
    ScorePoint latestBefore(String tenantId, String kind, String id, Instant instant) {
        return PreparedQueries.of(em, "select p from ScorePoint p where p.tenantId = :tenant and p.subjectKind = :kind"
                        + " and p.subjectId = :id and p.at = (select max(q.at) from ScorePoint q"
                        + " where q.subjectId = :id and q.subjectKind = :kind and q.tenantId = :tenant and q.at < :at)",
                        ScorePoint.class)
                .setParameter("tenant", tenantId).setParameter("kind", kind).setParameter("id", id)
                .setParameter("at", instant.toEpochMilli()).getResultList().stream().findFirst().orElse(null);
    }

    /**
     * Removes the points of {@code id} from {@code from} on; all of them when {@code from} is null. The
     * statement goes to the database past the transaction's own copies: {@code held}, the caller's copy of
     * one of them (or null), is let go of, so it is neither written again nor read back in its place.
     */
    void deleteFrom(String tenantId, String kind, String id, Instant from, ScorePoint held) {
        em.flush();
        if (held != null) {
            em.detach(held);
        }
        em.createQuery("delete from ScorePoint p where p.tenantId = :tenant and p.subjectKind = :kind"
                        + " and p.subjectId = :id and p.at >= :from")
                .setParameter("tenant", tenantId).setParameter("kind", kind).setParameter("id", id)
                .setParameter("from", from == null ? Long.MIN_VALUE : from.toEpochMilli()).executeUpdate();
    }

    /**
     * Stores {@code points} (oldest first) of {@code id} after {@code before}, its latest kept point or null,
     * each the last of its day until another of the same day follows.
     */
    void append(String tenantId, String kind, String id, ScorePoint before, List<HistoryPoint> points) {
        ScorePoint last = before;
        for (HistoryPoint point : points) {
            String bandBefore = last == null ? null : last.day() == point.day() ? last.bandBefore() : last.health();
            if (last != null && last.day() == point.day()) {
                last.markDayLast(false);
            }
            ScorePoint stored = new ScorePoint(tenantId, kind, id, point, bandBefore);
            em.persist(stored);
            last = stored;
        }
    }

    /**
     * The points of {@code ids} from {@code from} on (all when null) with the last one before it, oldest
     * first, by id; an id with no point is missing.
     */
    Map<String, List<HistoryPoint>> pointsOf(String tenantId, String kind, Collection<String> ids, Instant from) {
        return pointsOf(tenantId, kind, ids, from, null);
    }

    /**
     * As {@link #pointsOf(String, String, Collection, Instant)}, up to {@code to} included (all when null). The
     * points are read as columns, not as entities: a transaction that keeps histories reads thousands of its
     * members' points for a company, and every entity it has read stays in its session, where each bulk delete
     * of points is checked against every one of them when the transaction commits.
     */
    Map<String, List<HistoryPoint>> pointsOf(String tenantId, String kind, Collection<String> ids, Instant from,
                                             Instant to) {
        Map<String, List<HistoryPoint>> points = new LinkedHashMap<>();
        long start = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long end = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        for (List<String> chunk : InLists.of(ids)) {
            List<Object[]> rows = new ArrayList<>(PreparedQueries.of(em, "select " + POINT_COLUMNS + " from ScorePoint p"
                            + " where p.tenantId = :tenant and p.subjectKind = :kind and p.subjectId in :ids"
                            + " and p.at = (select max(q.at) from ScorePoint q where q.subjectId = p.subjectId"
                            + " and q.subjectKind = p.subjectKind and q.tenantId = p.tenantId and q.at < :from)",
                            Object[].class)
                    .setParameter("tenant", tenantId).setParameter("kind", kind)
                    .setParameter("ids", InLists.padded(chunk)).setParameter("from", start).getResultList());
            rows.addAll(PreparedQueries.of(em, "select " + POINT_COLUMNS + " from ScorePoint p where p.tenantId = :tenant"
                            + " and p.subjectKind = :kind and p.subjectId in :ids and p.at >= :from and p.at <= :to"
                            + " order by p.at", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("kind", kind)
                    .setParameter("ids", InLists.padded(chunk)).setParameter("from", start).setParameter("to", end)
                    .getResultList());
            for (Object[] row : rows) {
                points.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add(ScorePoint.point(
                        ((Number) row[1]).longValue(), row[2] == null ? null : ((Number) row[2]).intValue(),
                        (String) row[3], ((Number) row[4]).intValue(), (String) row[5], (String) row[6],
                        (String) row[7], (String) row[8]));
            }
        }
        points.values().forEach(list -> list.sort(Comparator.comparing(HistoryPoint::at)));
        return points;
    }

    /**
     * The points of the members of each of {@code companyIds}, as {@link #pointsOf} reads them, by company and
     * member: the customers whose company it is now.
     */
    Map<String, Map<String, List<HistoryPoint>>> memberPointsOf(String tenantId, Collection<String> companyIds,
                                                                Instant from) {
        em.flush();
        Map<String, String> companyOf = new HashMap<>();
        for (List<String> chunk : InLists.of(companyIds)) {
            for (Object[] row : PreparedQueries.of(em, "select c.id, c.companyId from Customer c"
                            + " where c.tenantId = :tenant and c.companyId in :ids", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk)).getResultList()) {
                companyOf.put((String) row[0], (String) row[1]);
            }
        }
        Map<String, Map<String, List<HistoryPoint>>> byCompany = new LinkedHashMap<>();
        companyIds.forEach(id -> byCompany.put(id, new TreeMap<>()));
        pointsOf(tenantId, CUSTOMER, new TreeSet<>(companyOf.keySet()), from)
                .forEach((member, points) -> byCompany.get(companyOf.get(member)).put(member, points));
        return byCompany;
    }

    /**
     * What company {@code companyId}'s history from {@code from} on needs of its members (those whose company it
     * is now), by member: the points from then on with the last one before, for members that have any; for
     * the others, who did not move since, one point before {@code from} with their score as it is stored. A
     * member with no history yet counts for nothing, as in a history derived from the beginning. Only the
     * members that moved are read point by point, however many members the company has.
     */
    Map<String, List<HistoryPoint>> memberPointsSince(String tenantId, String companyId, Instant from) {
        em.flush();
        Set<String> moved = new TreeSet<>(PreparedQueries.of(em, "select distinct p.subjectId from ScorePoint p,"
                        + " Customer c where c.tenantId = :tenant and c.companyId = :company and p.tenantId = c.tenantId"
                        + " and p.subjectKind = :kind and p.subjectId = c.id and p.at >= :from", String.class)
                .setParameter("tenant", tenantId).setParameter("company", companyId).setParameter("kind", CUSTOMER)
                .setParameter("from", from.toEpochMilli()).getResultList());
        Map<String, List<HistoryPoint>> members = new TreeMap<>(moved.isEmpty() ? Map.of()
                : pointsOf(tenantId, CUSTOMER, moved, from));
        for (Object[] row : PreparedQueries.of(em, "select c.id, h.score, h.health, h.ticketsInWindow from Customer c,"
                        + " CustomerHealth h where c.tenantId = :tenant and c.companyId = :company"
                        + " and h.tenantId = c.tenantId and h.id = c.id and exists (select q.at from ScorePoint q"
                        + " where q.tenantId = c.tenantId and q.subjectKind = :kind and q.subjectId = c.id"
                        + " and q.at < :from)", Object[].class)
                .setParameter("tenant", tenantId).setParameter("company", companyId).setParameter("kind", CUSTOMER)
                .setParameter("from", from.toEpochMilli()).getResultList()) {
            String member = (String) row[0];
            if (!moved.contains(member)) {
                members.put(member, List.of(new HistoryPoint(Instant.MIN, row[1] == null ? null : ((Number) row[1]).intValue(),
                        Health.fromKey((String) row[2]), ((Number) row[3]).intValue(), Map.of(), ChangeCause.timePassed())));
            }
        }
        return members;
    }

    /**
     * The score each of {@code ids} had at {@code at} by its history, by id: an id with no point by then is
     * missing, one with no score then maps to null.
     */
    Map<String, Integer> scoresAt(String tenantId, String kind, Collection<String> ids, Instant at) {
        Map<String, Integer> scores = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            for (Object[] row : PreparedQueries.of(em, "select p.subjectId, p.score from ScorePoint p"
                            + " where p.tenantId = :tenant and p.subjectKind = :kind and p.subjectId in :ids"
                            + " and p.at = (select max(q.at) from ScorePoint q where q.subjectId = p.subjectId"
                            + " and q.subjectKind = p.subjectKind and q.tenantId = p.tenantId and q.at <= :at)",
                            Object[].class)
                    .setParameter("tenant", tenantId).setParameter("kind", kind)
                    .setParameter("ids", InLists.padded(chunk)).setParameter("at", at.toEpochMilli()).getResultList()) {
                scores.put((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue());
            }
        }
        return scores;
    }

    /** The subjects of every tenant with a point in ({@code after}, {@code upTo}]: their score then may have moved. */
    List<Subject> withPointsBetween(Instant after, Instant upTo) {
        return em.createQuery("select distinct p.tenantId, p.subjectKind, p.subjectId from ScorePoint p"
                        + " where p.at > :after and p.at <= :upTo", Object[].class)
                .setParameter("after", after.toEpochMilli()).setParameter("upTo", upTo.toEpochMilli())
                .getResultList().stream().map(row -> new Subject((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /**
     * How many of the tenant's subjects of {@code kind} ended each UTC day in each band, counted up from the
     * days whose band differs from the day before: by band key, the change of the count on each epoch day.
     */
    Map<String, Map<Integer, Integer>> bandMoves(String tenantId, String kind) {
        // One pass over the index of band moves: each group adds to the band entered and takes from the band left.
        Map<String, Map<Integer, Integer>> moves = new HashMap<>();
        for (Object[] row : PreparedQueries.of(em, "select p.day, p.health, p.bandBefore, count(p) from ScorePoint p"
                        + " where p.tenantId = :tenant and p.subjectKind = :kind and p.bandMoved = true"
                        + " group by p.day, p.health, p.bandBefore", Object[].class)
                .setParameter("tenant", tenantId).setParameter("kind", kind).getResultList()) {
            int day = ((Number) row[0]).intValue();
            int count = ((Number) row[3]).intValue();
            moves.computeIfAbsent((String) row[1], band -> new HashMap<>()).merge(day, count, Integer::sum);
            if (row[2] != null) {
                moves.computeIfAbsent((String) row[2], band -> new HashMap<>()).merge(day, -count, Integer::sum);
            }
        }
        return moves;
    }

    /** The earliest point of each of {@code ids} (of {@code kind}) that has one. */
    Map<String, Instant> firstPointsOf(String tenantId, String kind, Collection<String> ids) {
        Map<String, Instant> first = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            for (Object[] row : PreparedQueries.of(em, "select p.subjectId, min(p.at) from ScorePoint p"
                            + " where p.tenantId = :tenant and p.subjectKind = :kind and p.subjectId in :ids"
                            + " group by p.subjectId", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("kind", kind)
                    .setParameter("ids", InLists.padded(chunk)).getResultList()) {
                first.put((String) row[0], Instant.ofEpochMilli(((Number) row[1]).longValue()));
            }
        }
        return first;
    }

    /** Each subject's latest point before {@code cutoff}, of those with more than one point before it. */
    List<Kept> oldestKept(Instant cutoff, int limit) {
        return em.createQuery("select p.tenantId, p.subjectKind, p.subjectId, max(p.at) from ScorePoint p"
                        + " where p.at < :cutoff group by p.tenantId, p.subjectKind, p.subjectId having count(p) > 1",
                        Object[].class)
                .setParameter("cutoff", cutoff.toEpochMilli()).setMaxResults(limit).getResultList().stream()
                .map(row -> new Kept(new Subject((String) row[0], (String) row[1], (String) row[2]),
                        ((Number) row[3]).longValue()))
                .toList();
    }

    /**
     * Removes {@code kept}'s subject's points before its kept point, which then begins the history: it ends
     * its day with no day before it, so the trend counts it from then on as it counted the points removed.
     */
    void dropBefore(Kept kept) {
        Subject subject = kept.subject();
        em.createQuery("delete from ScorePoint p where p.tenantId = :tenant and p.subjectKind = :kind"
                        + " and p.subjectId = :id and p.at < :at")
                .setParameter("tenant", subject.tenantId()).setParameter("kind", subject.kind())
                .setParameter("id", subject.id()).setParameter("at", kept.at()).executeUpdate();
        ScorePoint first = latestBefore(subject.tenantId(), subject.kind(), subject.id(),
                Instant.ofEpochMilli(kept.at() + 1));
        if (first != null) {
            first.beginHistory();
        }
    }

    /** A subject's point kept by retention, at epoch milliseconds {@code at}. */
    record Kept(Subject subject, long at) {
    }

    /** A customer or company of a tenant. */
    record Subject(String tenantId, String kind, String id) {
    }
}
