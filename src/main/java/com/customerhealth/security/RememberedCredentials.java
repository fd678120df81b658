package com.customerhealth.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials found right a short while ago, kept as keyed digests that only this process can reproduce
 * (a key drawn at random when it starts), never as themselves. Bounded: past its size, the expired ones
 * are dropped, and while it is still full nothing more is remembered.
 */
final class RememberedCredentials {

    private final Clock clock;
    private final Duration lifetime;
    private final int max;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

    RememberedCredentials(Clock clock, Duration lifetime, int max) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.max = max;
        new SecureRandom().nextBytes(key);
    }

    /** Whether the credential made of {@code parts} was remembered and has not expired. */
    boolean contains(String... parts) {
        Instant until = remembered.get(digest(parts));
        return until != null && until.isAfter(clock.instant());
    }

    /** Remembers the credential made of {@code parts} for the lifetime. */
    void remember(String... parts) {
        Instant now = clock.instant();
        if (remembered.size() >= max) {
            remembered.values().removeIf(expiry -> !expiry.isAfter(now));
        }
        if (remembered.size() < max) {
            remembered.put(digest(parts), now.plus(lifetime));
        }
    }

    private String digest(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
