package com.customerhealth.scoring;

import java.util.List;

/**
 * A company's score with the members it was formed from.
 *
 * @param value   the combined score, {@code null} when no member has one
 * @param health  its colour, by the same cut-offs as a customer's
 * @param mode    how the members' scores were combined
 * @param members every member, with or without a score
 */
public record CompanyScore(Integer value, Health health, CompanyScoreMode mode, List<MemberScore> members) {

    public CompanyScore {
        members = List.copyOf(members);
    }
}
