package com.customerhealth.backfill;

import com.customerhealth.events.Verdict;
import java.util.List;

/** What became of the events of a page: taken, seen before (sent live or read already), refused. */
public record BackfillCounts(long accepted, long duplicates, long rejected) {

    /** Counts {@code verdicts}. */
    public static BackfillCounts of(List<Verdict> verdicts) {
        long accepted = 0;
        long duplicates = 0;
        long rejected = 0;
        for (Verdict verdict : verdicts) {
            switch (verdict.status()) {
                case "accepted" -> accepted++;
                case "duplicate" -> duplicates++;
                default -> rejected++;
            }
        }
        return new BackfillCounts(accepted, duplicates, rejected);
    }

    /** Both together. */
    public BackfillCounts plus(BackfillCounts other) {
        return new BackfillCounts(accepted + other.accepted, duplicates + other.duplicates, rejected + other.rejected);
    }
}
