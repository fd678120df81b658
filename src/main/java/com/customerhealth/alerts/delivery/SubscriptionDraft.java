package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.platform.FieldProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A subscription as a request describes it, read field by field with every problem named:
 * {@code {"channel": "webhook", "target": "https://hooks.example.com/chm", "kinds": ["band_drop"],
 * "description": "Success team", "language": "de", "enabled": true}}. Fields left out keep their
 * defaults: every kind, no description, the configured language, enabled.
 *
 * @param channel     webhook or e-mail; none when the request may not name one (a change)
 * @param target      the webhook's URL or the e-mail address, trimmed
 * @param kinds       the kinds wanted; empty: every kind
 * @param description an admin's words for it
 * @param language    the language of its e-mail, or none for the configured one
 * @param enabled     whether it is sent to
 * @param problems    what is wrong, in the fields' order; empty when it can be saved
 */
public record SubscriptionDraft(Channel channel, String target, Set<AlertKind> kinds, String description,
                                String language, boolean enabled, List<FieldProblem> problems) {

    /** The languages a digest can be written in. */
    public static final List<String> LANGUAGES = List.of("en", "de");
    /** The longest description. */
    public static final int DESCRIPTION_LENGTH = 255;
    /** The longest e-mail address (RFC 5321). */
    public static final int ADDRESS_LENGTH = 254;

    private static final List<String> FIELDS = List.of("channel", "target", "kinds", "description", "language", "enabled");

    public SubscriptionDraft {
        kinds = Set.copyOf(kinds);
        problems = List.copyOf(problems);
    }

    /**
     * Reads {@code json}; {@code channel} given (a change of an existing subscription) means the request must
     * not name another one.
     */
    public static SubscriptionDraft read(JsonObject json, Optional<Channel> channel) {
        List<FieldProblem> problems = new ArrayList<>();
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).sorted()
                .forEach(name -> problems.add(FieldProblem.of(name, "alerts.subscription.unknownField")));
        Channel read = channel.orElse(null);
        String channelText = text(json, "channel", problems);
        if (channelText == null && channel.isEmpty()) {
            problems.add(FieldProblem.of("channel", "alerts.subscription.missing"));
        } else if (channelText != null) {
            Optional<Channel> named = Arrays.stream(Channel.values()).filter(each -> each.key().equals(channelText)).findFirst();
            if (named.isEmpty()) {
                problems.add(FieldProblem.of("channel", "alerts.subscription.channel", "webhook, email"));
            } else if (channel.isPresent() && named.get() != channel.get()) {
                problems.add(FieldProblem.of("channel", "alerts.subscription.channelFixed", channel.get().key()));
            } else {
                read = named.get();
            }
        }
        String target = text(json, "target", problems);
        if (target == null || target.isBlank()) {
            problems.add(FieldProblem.of("target", "alerts.subscription.missing"));
            target = "";
        }
        target = target.trim();
        if (read == Channel.EMAIL && !target.isEmpty() && !isAddress(target)) {
            problems.add(FieldProblem.of("target", "alerts.subscription.address"));
        }
        Set<AlertKind> kinds = kinds(json, problems);
        String description = text(json, "description", problems);
        if (description != null) {
            description = description.strip();
            if (description.isEmpty()) {
                description = null;
            } else if (description.length() > DESCRIPTION_LENGTH) {
                problems.add(FieldProblem.of("description", "alerts.subscription.tooLong",
                        Integer.toString(DESCRIPTION_LENGTH)));
            }
        }
        String language = text(json, "language", problems);
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add(FieldProblem.of("language", "alerts.subscription.language", String.join(", ", LANGUAGES)));
        }
        boolean enabled = true;
        if (json.containsKey("enabled") && !json.isNull("enabled")) {
            JsonValue value = json.get("enabled");
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                enabled = value == JsonValue.TRUE;
            } else {
                problems.add(FieldProblem.of("enabled", "alerts.subscription.boolean"));
            }
        }
        return new SubscriptionDraft(read, target, kinds, description, language, enabled, problems);
    }

    /** The same draft with {@code more} problems. */
    public SubscriptionDraft with(List<FieldProblem> more) {
        List<FieldProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new SubscriptionDraft(channel, target, kinds, description, language, enabled, all);
    }

    /**
     * Whether {@code text} is one e-mail address as RFC 5322 writes one: a local part, an {@code @}, a
     * domain with a dot; no display name, no list, no spaces.
     */
    static boolean isAddress(String text) {
        if (text.length() > ADDRESS_LENGTH || text.chars().anyMatch(c -> c <= ' ' || c == ',' || c == ';' || c == '<'
                || c == '>' || c == '"' || c == '(' || c == ')' || c == '\\' || c == '[' || c == ']' || c == 127)) {
            return false;
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at != text.indexOf('@') || at == text.length() - 1) {
            return false;
        }
        String domain = text.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..")
                && !text.substring(0, at).startsWith(".") && !text.substring(0, at).endsWith(".");
    }

    private static Set<AlertKind> kinds(JsonObject json, List<FieldProblem> problems) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (!json.containsKey("kinds") || json.isNull("kinds")) {
            return kinds;
        }
        String all = String.join(", ", Arrays.stream(AlertKind.values()).map(AlertKind::key).toList());
        if (json.get("kinds").getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of("kinds", "alerts.subscription.kinds", all));
            return kinds;
        }
        JsonArray array = json.getJsonArray("kinds");
        for (JsonValue value : array) {
            Optional<AlertKind> kind = value instanceof JsonString string ? Arrays.stream(AlertKind.values())
                    .filter(each -> each.key().equals(string.getString())).findFirst() : Optional.empty();
            if (kind.isEmpty()) {
                problems.add(FieldProblem.of("kinds", "alerts.subscription.kinds", all));
                return EnumSet.noneOf(AlertKind.class);
            }
            kinds.add(kind.get());
        }
        return kinds;
    }

    /** The string {@code name}, null when left out or null; a problem when it is another type. */
    private static String text(JsonObject json, String name, List<FieldProblem> problems) {
        if (!json.containsKey(name) || json.isNull(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonString string) {
            return string.getString();
        }
        problems.add(FieldProblem.of(name, "alerts.subscription.text"));
        return null;
    }
}
