package com.customerhealth.scoring;

import java.util.Arrays;
import java.util.List;

/** How a company's score is formed from the scores of its customers that have one. */
public enum CompanyScoreMode {
    /** The mean of the members' scores, rounded half up. */
    MEAN("mean"),
    /** The lowest member score: the company is as healthy as its worst relationship. */
    LOWEST("lowest"),
    /**
     * The mean weighted by each member's tickets in the window, rounded half up; when no member with a
     * score has a ticket in the window it is the plain mean.
     */
    TICKET_WEIGHTED("ticket-weighted");

    private final String key;

    CompanyScoreMode(String key) {
        this.key = key;
    }

    /** The key the configuration and the API use. */
    public String key() {
        return key;
    }

    /** The mode named {@code key} as {@link #key()} writes it. */
    public static CompanyScoreMode fromKey(String key) {
        return Arrays.stream(values()).filter(mode -> mode.key.equals(key)).findFirst()
                .orElseThrow(() -> new InvalidRulesException("companyMode", "unknownCompanyMode", key,
                        Arrays.stream(values()).map(CompanyScoreMode::key).toList()));
    }

    /** The company score of {@code members}, or {@code null} when none of them has a score. */
    Integer combine(List<MemberScore> members) {
        List<MemberScore> scored = members.stream().filter(member -> member.score() != null).toList();
        if (scored.isEmpty()) {
            return null;
        }
        return switch (this) {
            case MEAN -> mean(scored);
            case LOWEST -> scored.stream().mapToInt(MemberScore::score).min().getAsInt();
            case TICKET_WEIGHTED -> {
                long tickets = scored.stream().mapToLong(MemberScore::tickets).sum();
                if (tickets == 0) {
                    yield mean(scored);
                }
                long weighted = scored.stream().mapToLong(member -> (long) member.score() * member.tickets()).sum();
                yield (int) Fraction.of(weighted).divide(Fraction.of(tickets)).roundHalfUp();
            }
        };
    }

    private static int mean(List<MemberScore> scored) {
        long sum = scored.stream().mapToLong(MemberScore::score).sum();
        return (int) Fraction.of(sum).divide(Fraction.of(scored.size())).roundHalfUp();
    }
}
