package com.customerhealth.health;

import com.customerhealth.directory.Company;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.MemberScore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A company's health as the API answers it.
 *
 * @param id         the helpdesk's id of the company
 * @param name       the name to show; the id when the helpdesk has not told one
 * @param score      0 to 100; {@code null} when none of its customers has a score
 * @param band       {@code healthy}, {@code average}, {@code poor} or {@code no_data}
 * @param mode       how the members' scores were combined: {@code mean}, {@code lowest} or
 *                   {@code ticket-weighted}
 * @param spread     how its customers' scores are spread over the bands
 * @param customers  its customers with their scores and tickets in the window
 * @param lastChange why the score last changed; {@code null} before the first score
 * @param computedAt when the score was last computed; {@code null} before the first score
 * @param delta7     the score now minus the score 7 days ago; {@code null} when either is missing
 * @param delta30    the score now minus the score 30 days ago; {@code null} when either is missing
 */
public record CompanyHealthView(String id, String name, Integer score, String band, String mode, Spread spread,
                                List<Member> customers, LastChangeView lastChange, Instant computedAt,
                                Integer delta7, Integer delta30) {

    /**
     * One customer of a company.
     *
     * @param id      the customer's id
     * @param score   its score; {@code null} when it has none
     * @param band    the band of that score under today's cut-offs
     * @param tickets its tickets in the window, its weight in a ticket-weighted mean
     */
    public record Member(String id, Integer score, String band, int tickets) {

        static Member of(MemberScore member, HealthCutoffs cutoffs) {
            return new Member(member.customerId(), member.score(), cutoffs.healthOf(member.score()).key(),
                    member.tickets());
        }
    }

    /**
     * How many of a company's customers are in each band, and the range of their scores.
     *
     * @param healthy customers with a healthy score
     * @param average customers with an average score
     * @param poor    customers with a poor score
     * @param noData  customers without a score
     * @param lowest  the lowest score; {@code null} when no customer has one
     * @param highest the highest score; {@code null} when no customer has one
     */
    public record Spread(int healthy, int average, int poor, int noData, Integer lowest, Integer highest) {

        static Spread of(List<Member> members) {
            List<Integer> scores = members.stream().map(Member::score).filter(Objects::nonNull).sorted().toList();
            return new Spread(count(members, Health.HEALTHY), count(members, Health.AVERAGE),
                    count(members, Health.POOR), count(members, Health.NO_DATA),
                    scores.isEmpty() ? null : scores.get(0), scores.isEmpty() ? null : scores.get(scores.size() - 1));
        }

        private static int count(List<Member> members, Health band) {
            return (int) members.stream().filter(member -> member.band().equals(band.key())).count();
        }
    }

    static CompanyHealthView of(Company company, CompanyHealth health, HealthCutoffs cutoffs) {
        if (health == null) {
            return new CompanyHealthView(company.id(), company.displayName(), null, Health.NO_DATA.key(), null,
                    Spread.of(List.of()), List.of(), null, null, null, null);
        }
        List<Member> members = health.members().stream().map(member -> Member.of(member, cutoffs)).toList();
        return new CompanyHealthView(company.id(), company.displayName(), health.score(), health.health().key(),
                health.mode().key(), Spread.of(members), members, LastChangeView.of(health.lastChange()),
                health.computedAt(), health.delta7(), health.delta30());
    }
}
