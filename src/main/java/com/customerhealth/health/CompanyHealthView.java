package com.customerhealth.health;

import com.customerhealth.directory.Company;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.MemberScore;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company's health as the API answers it.
 *
 * @param id         the helpdesk's id of the company
 * @param name       the name to show; the id when the helpdesk has not told one
 * @param score      0 to 100; {@code null} when none of its customers has a score
 * @param band       {@code healthy}, {@code average}, {@code poor} or {@code no_data}
 * @param mode       how the members' scores were combined: {@code mean}, {@code lowest} or
 *                   {@code ticket-weighted}
 * @param customers  its customers with their scores and tickets in the window
 * @param lastChange why the score last changed; {@code null} before the first score
 * @param computedAt when the score was last computed; {@code null} before the first score
 */
@Schema(name = "CompanyHealth", description = "A company's score, formed from its customers' scores.")
public record CompanyHealthView(String id, String name, Integer score, String band, String mode,
                                List<Member> customers, LastChangeView lastChange, Instant computedAt) {

    /**
     * One customer of a company.
     *
     * @param id      the customer's id
     * @param score   its score; {@code null} when it has none
     * @param tickets its tickets in the window, its weight in a ticket-weighted mean
     */
    @Schema(name = "CompanyMember")
    public record Member(String id, Integer score, int tickets) {

        static Member of(MemberScore member) {
            return new Member(member.customerId(), member.score(), member.tickets());
        }
    }

    static CompanyHealthView of(Company company, CompanyHealth health) {
        if (health == null) {
            return new CompanyHealthView(company.id(), company.displayName(), null, Health.NO_DATA.key(), null,
                    List.of(), null, null);
        }
        return new CompanyHealthView(company.id(), company.displayName(), health.score(), health.health().key(),
                health.mode().key(), health.members().stream().map(Member::of).toList(),
                LastChangeView.of(health.lastChange()), health.computedAt());
    }
}
