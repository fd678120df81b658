package com.customerhealth.backfill;

/**
 * An admin started, cancelled or resumed the backfill {@code key}: fired in the change's transaction, heard
 * by {@link BackfillRunner} once it committed.
 */
public record BackfillChanged(BackfillRepository.Key key) {
}
