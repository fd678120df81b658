package com.customerhealth.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server alert digests are sent through, and the default tenant's recipients, from MicroProfile
 * Config ({@code chm.alerts.mail.*}). Without {@code chm.alerts.mail.host} no e-mail is sent and no e-mail
 * subscription can be made.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain SMTP that must switch to TLS (STARTTLS) before anything is sent; port 587 by default. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS); port 465 by default. */
        SMTPS(465),
        /** No TLS, for a relay on the same host or a test server; port 25 by default. */
        NONE(25);

        private final int port;

        Security(int port) {
            this.port = port;
        }
    }

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.from", defaultValue = "customer-health-monitor@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.to")
    Optional<String> to;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.language", defaultValue = "en")
    String language;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "chm.alerts.mail.link-base")
    Optional<String> linkBase;

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    /** The Jakarta Mail session properties of the configured server, with timeouts of {@code timeout}. */
    public Properties sessionProperties(Duration connectTimeout, Duration readTimeout) {
        Security protection = security();
        String protocol = protection == Security.SMTPS ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host.orElseThrow());
        properties.put("mail." + protocol + ".port", Integer.toString(port.orElse(protection.port)));
        properties.put("mail." + protocol + ".auth", Boolean.toString(username.isPresent()));
        properties.put("mail." + protocol + ".connectiontimeout", Long.toString(connectTimeout.toMillis()));
        properties.put("mail." + protocol + ".timeout", Long.toString(readTimeout.toMillis()));
        properties.put("mail." + protocol + ".writetimeout", Long.toString(readTimeout.toMillis()));
        if (protection == Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (protection != Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        properties.put("mail.from", from);
        return properties;
    }

    public Security security() {
        try {
            return Security.valueOf(security.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("chm.alerts.mail.security is starttls, smtps or none, not '" + security + "'", e);
        }
    }

    public Optional<String> username() {
        return username;
    }

    public Optional<String> password() {
        return password;
    }

    public String from() {
        return from;
    }

    /** The default tenant's recipients, from {@code chm.alerts.mail.to}, comma-separated. */
    public List<String> recipients() {
        return to.map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(address -> !address.isEmpty())
                .toList()).orElse(List.of());
    }

    /** The language digests are written in when their subscription names none. */
    public String language() {
        return language;
    }

    /** How often a recipient gets a digest at most. */
    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
    }

    /** The plugin's address as its readers reach it ({@code https://desk.example.com/chm}), for links in a digest. */
    public Optional<String> linkBase() {
        return linkBase.map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /**
     * When a digest holding a message written at {@code at} goes: at the end of the interval it falls in,
     * counted from the epoch, so a recipient gets one digest per interval whatever the number of messages.
     */
    public Instant digestDue(Instant at) {
        long interval = interval().toMillis();
        long millis = at.toEpochMilli();
        return Instant.ofEpochMilli(Math.floorDiv(millis + interval - 1, interval) * interval);
    }
}
