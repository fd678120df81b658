package com.customerhealth.platform;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops the plugin's own thread pools as the application goes: each takes no further task and is given
 * {@code longest} to finish the one it runs before it is interrupted. A thread interrupted while its
 * database driver writes may break the connection, or, on H2, close the whole database under the
 * application deployed next, so only a task still busy after its longest time is.
 *
 * <pre>{@code
 * @PreDestroy
 * void stop() {
 *     stopping = true;   // tasks look at it between steps
 *     GracefulStop.of(Duration.ofSeconds(16), looks, senders);
 * }
 * }</pre>
 */
public final class GracefulStop {

    private GracefulStop() {
    }

    /** Shuts {@code pools} down (nulls: not started) and waits up to {@code longest} for each. */
    public static void of(Duration longest, ExecutorService... pools) {
        for (ExecutorService pool : pools) {
            if (pool != null) {
                pool.shutdown();
            }
        }
        for (ExecutorService pool : pools) {
            if (pool != null) {
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
}
