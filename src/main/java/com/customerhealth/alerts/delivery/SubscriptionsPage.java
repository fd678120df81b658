package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * What the subscriptions' part of the alert settings page, {@code admin/alerts.xhtml}, needs to know before its
 * script reads {@code api/v1/alerts/subscriptions}: the kinds a subscription can choose, the languages of a
 * digest, and whether e-mail can be sent at all, so the form offers e-mail only when a subscription to it
 * could be made.
 */
@Named
@RequestScoped
public class SubscriptionsPage {

    @Inject
    MailSettings mail;

    @Inject
    ReaderTexts reader;

    /** The alert kinds, as the API names them, in the order the alert list shows them. */
    public List<String> getKinds() {
        return Arrays.stream(AlertKind.values()).map(AlertKind::key).toList();
    }

    /** The languages an e-mail subscription may name. */
    public List<String> getLanguages() {
        return SubscriptionDraft.LANGUAGES;
    }

    /** Whether an SMTP server is configured: without one an e-mail subscription is refused. */
    public boolean isMailConfigured() {
        return mail.configured();
    }

    /** "As configured (English)": the choice of the language a digest is written in when its subscription names none. */
    public String getConfiguredLanguage() {
        Texts texts = reader.texts();
        String key = "alerts.subscriptions.language." + mail.language();
        return texts.format("alerts.subscriptions.form.language.configured", texts.has(key) ? texts.get(key) : mail.language());
    }
}
