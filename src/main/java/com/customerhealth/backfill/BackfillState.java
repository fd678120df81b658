package com.customerhealth.backfill;

import java.util.Arrays;
import java.util.Optional;

/** Where a backfill stands. */
public enum BackfillState {
    /** Being read, or about to be by the next server that looks. */
    RUNNING("running", false),
    /** The helpdesk asked for a pause (a 429) or did not answer; read again once the wait is over. */
    WAITING("waiting", false),
    /** Every page is stored. */
    DONE("done", true),
    /** The helpdesk refused for good (credentials, address); an admin may resume it once that is mended. */
    FAILED("failed", true),
    /** Stopped by an admin. */
    CANCELLED("cancelled", true);

    private final String key;
    private final boolean ended;

    BackfillState(String key, boolean ended) {
        this.key = key;
        this.ended = ended;
    }

    /** Its name in the API and the table. */
    public String key() {
        return key;
    }

    /** Whether nothing more is read unless an admin resumes it. */
    public boolean ended() {
        return ended;
    }

    /** The state named {@code key}. */
    public static Optional<BackfillState> of(String key) {
        return Arrays.stream(values()).filter(state -> state.key.equals(key)).findFirst();
    }
}
