package com.customerhealth.events;

import java.time.Instant;

/**
 * How far rebuilding a tenant's state from its journal has come.
 *
 * @param phase       {@code tickets}, {@code families}, {@code customers}, {@code companies}, {@code scores},
 *                    then {@code done}
 * @param done        tickets, families, customers and companies done so far, over all phases
 * @param total       all of them
 * @param percent     whole percent done
 * @param requestedBy who asked for it
 * @param requestedAt when
 * @param startedAt   when the work began; {@code null} while it waits to
 * @param finishedAt  when it finished; {@code null} while it goes on
 */
public record RebuildProgress(String phase, int done, int total, int percent, String requestedBy, Instant requestedAt,
                              Instant startedAt, Instant finishedAt) {
}
