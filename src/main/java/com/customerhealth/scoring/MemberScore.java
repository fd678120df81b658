package com.customerhealth.scoring;

/**
 * A customer's part in its company's score.
 *
 * @param customerId the customer
 * @param score      the customer's score, {@code null} when it has none
 * @param tickets    the customer's tickets in the window, the weight in {@link CompanyScoreMode#TICKET_WEIGHTED}
 */
public record MemberScore(String customerId, Integer score, int tickets) {
}
