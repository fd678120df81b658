package com.customerhealth.monitoring;

import com.customerhealth.directory.Customer;
import com.customerhealth.health.ScoreChange;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.RulesSince;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * The reads of the success manager's surfaces: pages of customers and companies with their scores and
 * moves, and the portfolio. A page is one statement for its ids and their count, filtered and sorted by
 * the database, and one for its rows; the trend is counted up from the days a band changed.
 */
@ApplicationScoped
@Transactional
public class MonitoringQueries {

    /** Days of the portfolio's trend, today included. */
    public static final int TREND_DAYS = 90;
    /** Customers or companies among the movers and the risers. */
    public static final int MOVERS = 10;

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    HistoryRepository history;

    @Inject
    HistoryReads histories;

    @Inject
    Clock clock;

    /**
     * A customer or company in a list.
     *
     * @param id         its id
     * @param name       its name, or its id when none was told
     * @param companyId  a customer's company, or {@code null}; always {@code null} for a company
     * @param score      its score, {@code null} for no data
     * @param health     its band
     * @param delta7     its score now minus its score 7 days ago, or {@code null}
     * @param delta30    its score now minus its score 30 days ago, or {@code null}
     * @param lastChange its last change, or {@code null}
     */
    public record Row(String id, String name, String companyId, Integer score, Health health, Integer delta7,
                      Integer delta30, ScoreChange lastChange) {
    }

    /** One page of a list, with the number of rows of all pages. */
    public record Page(long total, int page, int size, List<Row> items) {
    }

    /** The count of subjects in each band on one day. */
    public record Day(LocalDate day, Map<Health, Integer> counts) {
    }

    /** The portfolio of one kind of subject: counts now, the trend, the movers and the risers. */
    public record Portfolio(Map<Health, Integer> counts, List<Day> trend, List<Row> movers, List<Row> risers) {
    }

    /**
     * A tenant's portfolio: of its customers, of its companies, and the saves of its rules over the trend's
     * days, all of the same days.
     */
    public record Overview(Portfolio customers, Portfolio companies, List<RulesSince> configurationChanges) {
    }

    private static final String CUSTOMERS = " from Customer c left join CustomerHealth h"
            + " on h.tenantId = c.tenantId and h.id = c.id where c.tenantId = :tenant";
    private static final String COMPANIES = " from Company c left join CompanyHealth h"
            + " on h.tenantId = c.tenantId and h.id = c.id where c.tenantId = :tenant";

    /** A page of {@code tenantId}'s customers as {@code query} asks. */
    public Page customers(String tenantId, ListQuery query) {
        return page(tenantId, query, true);
    }

    /** A page of {@code tenantId}'s companies as {@code query} asks; its company filter does not apply. */
    public Page companies(String tenantId, ListQuery query) {
        return page(tenantId, query, false);
    }

    /**
     * The page in two statements, with a third only for a page past the last: the ids of the page's rows,
     * sorted by the database with the count of all the filter keeps beside each, then those rows. Sorting
     * only ids and sort keys keeps the sort in memory: sorting whole rows, stored explanations and all,
     * spilled to disk for every page of a large tenant.
     */
    private Page page(String tenantId, ListQuery query, boolean customers) {
        StringBuilder where = new StringBuilder(customers ? CUSTOMERS : COMPANIES);
        filters(where, query, customers);
        TypedQuery<Object[]> ids = em.createQuery("select c.id, SQL('count(*) over ()')" + where
                + order(query.sort()), Object[].class);
        bind(ids, tenantId, query);
        List<Object[]> page = ids.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        long total;
        if (!page.isEmpty()) {
            total = ((Number) page.get(0)[1]).longValue();
        } else if (query.page() == 1) {
            total = 0;
        } else {
            TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
            bind(count, tenantId, query);
            total = count.getSingleResult();
        }
        List<String> order = page.stream().map(row -> (String) row[0]).toList();
        return new Page(total, query.page(), query.size(), rows(tenantId, order, customers));
    }

    /** The rows of {@code ids}, in their order, less any deleted since the ids were read. */
    private List<Row> rows(String tenantId, List<String> ids, boolean customers) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> rows = em.createQuery(columns(customers) + (customers ? CUSTOMERS : COMPANIES)
                + " and c.id in :ids", Object[].class);
        Map<String, Row> byId = new HashMap<>();
        rows(rows.setParameter("tenant", tenantId).setParameter("ids", ids), customers)
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** What a row is read from, as columns: no entity is built, and no stored score's explanation read. */
    private static String columns(boolean customers) {
        return "select c.id, c.name, " + (customers ? "c.companyId" : "c.id") + ", h.score, h.health, h.moves.delta7,"
                + " h.moves.delta30, h.lastChange";
    }

    private static List<Row> rows(TypedQuery<Object[]> rows, boolean customers) {
        return rows.getResultList().stream().map(row -> {
            String id = (String) row[0];
            return new Row(id, Customer.displayName(id, (String) row[1]), customers ? (String) row[2] : null,
                    (Integer) row[3], row[4] == null ? Health.NO_DATA : Health.fromKey((String) row[4]),
                    (Integer) row[5], (Integer) row[6], (ScoreChange) row[7]);
        }).toList();
    }

    /**
     * Up to {@value #MOVERS} customers (or companies) whose score dropped ({@code falling}) or rose over 7
     * days, the largest move first, ties by id: the list's {@code movers} and {@code risers} orders less
     * those that did not move that way, read from the scores' index of moves, without a count.
     */
    private List<Row> moving(String tenantId, boolean customers, boolean falling) {
        String from = customers ? "CustomerHealth h join Customer c" : "CompanyHealth h join Company c";
        TypedQuery<Object[]> rows = em.createQuery(columns(customers) + " from " + from
                + " on c.tenantId = h.tenantId and c.id = h.id where h.tenantId = :tenant"
                + (falling ? " and h.moves.delta7 < 0 order by h.moves.delta7, h.id"
                        : " and h.moves.delta7 > 0 order by h.moves.delta7 desc, h.id"), Object[].class);
        return rows(rows.setParameter("tenant", tenantId).setMaxResults(MOVERS), customers);
    }

    /** {@code tenantId}'s portfolio over the {@value #TREND_DAYS} days ending today. */
    public Overview portfolio(String tenantId) {
        Instant now = clock.instant();
        int today = (int) LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        int first = today - TREND_DAYS + 1;
        return new Overview(portfolio(tenantId, false, first, today), portfolio(tenantId, true, first, today),
                histories.configurationChanges(tenantId, LocalDate.ofEpochDay(first).atStartOfDay(ZoneOffset.UTC)
                        .toInstant(), now));
    }

    /** {@code tenantId}'s customers (or, {@code companies}, its companies) in the portfolio's terms. */
    private Portfolio portfolio(String tenantId, boolean companies, int first, int today) {
        String subject = companies ? "Company" : "Customer";
        String health = companies ? "CompanyHealth" : "CustomerHealth";
        Map<Health, Integer> counts = zero();
        for (Object[] row : em.createQuery("select h.health, count(c) from " + subject + " c left join " + health
                        + " h on h.tenantId = c.tenantId and h.id = c.id where c.tenantId = :tenant group by h.health",
                        Object[].class)
                .setParameter("tenant", tenantId).getResultList()) {
            Health band = row[0] == null ? Health.NO_DATA : Health.fromKey((String) row[0]);
            counts.merge(band, ((Number) row[1]).intValue(), Integer::sum);
        }
        List<Day> trend = trend(tenantId, companies ? HistoryRepository.COMPANY : HistoryRepository.CUSTOMER, first,
                today);
        return new Portfolio(counts, trend, moving(tenantId, !companies, true), moving(tenantId, !companies, false));
    }

    /** The count in each band at the end of each day from {@code first} to {@code today}, epoch days. */
    private List<Day> trend(String tenantId, String kind, int first, int today) {
        Map<String, Map<Integer, Integer>> moves = history.bandMoves(tenantId, kind);
        Map<Health, Integer> running = zero();
        Map<Health, Map<Integer, Integer>> byBand = new EnumMap<>(Health.class);
        moves.forEach((band, days) -> byBand.put(Health.fromKey(band), days));
        byBand.forEach((band, days) -> days.forEach((day, change) -> {
            if (day < first) {
                running.merge(band, change, Integer::sum);
            }
        }));
        List<Day> trend = new ArrayList<>();
        for (int day = first; day <= today; day++) {
            int current = day;
            byBand.forEach((band, days) -> running.merge(band, days.getOrDefault(current, 0), Integer::sum));
            trend.add(new Day(LocalDate.ofEpochDay(day), new EnumMap<>(running)));
        }
        return trend;
    }

    private static Map<Health, Integer> zero() {
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        for (Health band : Health.values()) {
            counts.put(band, 0);
        }
        return counts;
    }

    private static void filters(StringBuilder where, ListQuery query, boolean customers) {
        if (!query.bands().isEmpty()) {
            where.append(query.bands().contains(Health.NO_DATA)
                    ? " and (h.health in :bands or h.health is null)" : " and h.health in :bands");
        }
        if (customers && query.company() != null) {
            where.append(" and c.companyId = :company");
        }
        if (query.text() != null) {
            where.append(customers
                    ? " and (lower(c.name) like :text escape '!' or lower(c.email) like :text escape '!'"
                            + " or lower(c.id) like :text escape '!')"
                    : " and (lower(c.name) like :text escape '!' or lower(c.id) like :text escape '!')");
        }
    }

    private static void bind(TypedQuery<?> statement, String tenantId, ListQuery query) {
        statement.setParameter("tenant", tenantId);
        if (!query.bands().isEmpty()) {
            statement.setParameter("bands", query.bands().stream().map(Health::key).toList());
        }
        if (statement.getParameters().stream().anyMatch(parameter -> "company".equals(parameter.getName()))) {
            statement.setParameter("company", query.company());
        }
        if (query.text() != null) {
            // '!' escapes: a backslash would begin an escape in MariaDB's string literal itself.
            statement.setParameter("text", "%" + query.text().replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
    }

    /**
     * No data sorts last in every order; scores run from 0 to 100 and move by at most 100. Ties, which are
     * most rows (every customer at 100, say), are broken by id in the order of its characters' codes, as
     * MariaDB's and H2's columns compare: PostgreSQL's text order follows the database's locale, whose
     * comparison took most of a page's time.
     */
    private String order(ListQuery.Sort sort) {
        String id = em.unwrap(JpaEntityManager.class).getActiveSession().getPlatform() instanceof PostgreSQLPlatform
                ? "SQL('? COLLATE \"C\"', c.id)" : "c.id";
        return switch (sort) {
            case SCORE -> " order by coalesce(h.score, 1000), " + id;
            case SCORE_DESCENDING -> " order by coalesce(h.score, -1000) desc, " + id;
            case NAME -> " order by lower(coalesce(c.name, c.id)), " + id;
            case MOVERS -> " order by coalesce(h.moves.delta7, 1000), " + id;
            case RISERS -> " order by coalesce(h.moves.delta7, -1000) desc, " + id;
        };
    }
}
