package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Sends a recipient the digest of its due deliveries as one e-mail through Jakarta Mail, to the SMTP server
 * of {@link MailSettings}. The server's acceptance delivers them all; its refusal, or no answer, is one
 * failed attempt for each.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    MailSettings mail;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    /** Makes one attempt at sending {@code deliveries} to {@code destination}'s address; never throws. */
    Attempt send(Destination destination, List<Delivery> deliveries) {
        Instant at = clock.instant();
        if (!mail.configured()) {
            return new Attempt(at, null, 0, "No SMTP server is configured (chm.alerts.mail.host)");
        }
        long started = System.nanoTime();
        try {
            Texts texts = Texts.in(Locale.forLanguageTag(destination.language() == null ? mail.language()
                    : destination.language()));
            DigestMail digest = DigestMail.of(deliveries.stream().map(Delivery::payload).toList(), texts, mail.linkBase());
            Session session = Session.getInstance(mail.sessionProperties(settings.connectTimeout(), settings.readTimeout()));
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(mail.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(destination.target(), true));
            message.setSubject(digest.subject(), "UTF-8");
            message.setText(digest.body(), "UTF-8");
            message.setSentDate(Date.from(at));
            // Mail that a program sent on its own: no out-of-office answers to it.
            message.setHeader("Auto-Submitted", "auto-generated");
            if (mail.username().isPresent()) {
                Transport.send(message, mail.username().get(), mail.password().orElse(""));
            } else {
                Transport.send(message);
            }
            return new Attempt(at, null, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), null);
        } catch (MessagingException | RuntimeException e) {
            String words = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Attempt(at, null, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    "The SMTP server did not take the digest: " + words);
        }
    }
}
