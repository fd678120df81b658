package com.customerhealth.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops the plugin's own thread pools as the application goes: each takes no further task and is given
 * {@code longest} to finish the one it runs before it is interrupted. A thread interrupted while its
 * database driver writes may break the connection, or, on H2, close the whole database under the
 * application deployed next, so only a task still busy after its longest time is.
 *
 * <p>Made as the pools start, not as they stop: when the server replaces an application at its start, the
 * old one's classes may no longer load by the time it is destroyed, and a stop that failed to load would
 * leave its threads running.
 *
 * <pre>{@code
 * void onStart(@Observes StoreMigrated migrated) {
 *     ...
 *     stop = new GracefulStop(Duration.ofSeconds(16), looks, senders);
 * }
 *
 * @PreDestroy
 * void stop() {
 *     stopping = true;   // tasks look at it between steps
 *     if (stop != null) {
 *         stop.run();
 *     }
 * }
 * }</pre>
 */
public final class GracefulStop implements Runnable {

    private final Duration longest;
    private final List<ExecutorService> pools;

    public GracefulStop(Duration longest, ExecutorService... pools) {
        this.longest = longest;
        this.pools = List.of(pools);
    }

    /** Shuts the pools down and waits up to the longest time for each. */
    @Override
    public void run() {
        for (ExecutorService pool : pools) {
            pool.shutdown();
        }
        for (ExecutorService pool : pools) {
            try {
                if (!pool.awaitTermination(longest.toMillis(), TimeUnit.MILLISECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
            }
        }
    }
}
