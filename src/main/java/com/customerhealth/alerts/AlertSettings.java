package com.customerhealth.alerts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Alert rules as named settings with text values, and such settings as rules: the one codec between
 * {@link AlertRules} and whatever carries them (a settings page's fields, the API's JSON, a tenant's
 * stored configuration).
 *
 * <pre>{@code
 * Map<String, String> settings = AlertSettings.of(AlertRules.defaults());   // {bandDrop.enabled=on, scoreDrop.enabled=on, scoreDrop.points=30, ...}
 * AlertSettings.read(Map.of("scoreDrop.points", "20")).rules();             // the defaults with N = 20
 * AlertSettings.read(Map.of("scoreDrop.points", "many")).problems();        // [scoreDrop.points: wholeNumber]
 * }</pre>
 *
 * <p>Switches read {@code on}/{@code off} or {@code true}/{@code false}; numbers are whole, a decimal
 * comma allowed ({@code 30,0} is 30). A setting left out keeps its default, so a tenant that changed one
 * number stores one number; a setting given blank is missing, not its default, because an admin who
 * clears a field has not asked for the default. A name that is no setting is a problem too: a misspelt
 * {@code scoreDrop.point} would otherwise be ignored without a word.
 */
public final class AlertSettings {

    /** Every setting, in the settings page's order. */
    public static final List<String> NAMES = List.of("bandDrop.enabled", "scoreDrop.enabled", "scoreDrop.points",
            "scoreDrop.days", "ticketSpike.enabled", "ticketSpike.floor", "ticketSpike.factor",
            "ticketSpike.baselineDays", "ticketSpike.windowHours", "lowCsat.enabled", "coolDown.hours");

    private AlertSettings() {
    }

    /**
     * The rules that {@code settings} read as, or, when any of them is wrong, no rules and every problem.
     *
     * @param rules    the rules read, present exactly when {@code problems} is empty
     * @param problems every wrong setting, in {@link #NAMES}' order, names that are no setting last
     */
    public record Reading(Optional<AlertRules> rules, List<SettingProblem> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /** Every setting of {@code rules} as text, in {@link #NAMES}' order: switches {@code on}/{@code off}. */
    public static Map<String, String> of(AlertRules rules) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bandDrop.enabled", onOff(rules.bandDrop()));
        settings.put("scoreDrop.enabled", onOff(rules.scoreDrop().on()));
        settings.put("scoreDrop.points", Integer.toString(rules.scoreDrop().points()));
        settings.put("scoreDrop.days", Integer.toString(rules.scoreDrop().days()));
        settings.put("ticketSpike.enabled", onOff(rules.ticketSpike().on()));
        settings.put("ticketSpike.floor", Integer.toString(rules.ticketSpike().floor()));
        settings.put("ticketSpike.factor", Integer.toString(rules.ticketSpike().factor()));
        settings.put("ticketSpike.baselineDays", Integer.toString(rules.ticketSpike().baselineDays()));
        settings.put("ticketSpike.windowHours", Long.toString(rules.ticketSpike().window().toHours()));
        settings.put("lowCsat.enabled", onOff(rules.lowCsat()));
        settings.put("coolDown.hours", Long.toString(rules.coolDown().toHours()));
        return settings;
    }

    /**
     * The rules {@code settings} name, each setting left out at its default; the rules only when every
     * value is readable and within its bounds ({@link AlertRules#problems()}).
     */
    public static Reading read(Map<String, String> settings) {
        Values values = new Values(settings);
        AlertRules defaults = AlertRules.defaults();
        ScoreDropRule scoreDrop = new ScoreDropRule(
                values.onOff("scoreDrop.enabled", defaults.scoreDrop().on()),
                values.whole("scoreDrop.points", defaults.scoreDrop().points()),
                values.whole("scoreDrop.days", defaults.scoreDrop().days()));
        TicketSpikeRule ticketSpike = new TicketSpikeRule(
                values.onOff("ticketSpike.enabled", defaults.ticketSpike().on()),
                values.whole("ticketSpike.floor", defaults.ticketSpike().floor()),
                values.whole("ticketSpike.factor", defaults.ticketSpike().factor()),
                values.whole("ticketSpike.baselineDays", defaults.ticketSpike().baselineDays()),
                Duration.ofHours(values.whole("ticketSpike.windowHours", (int) defaults.ticketSpike().window().toHours())));
        AlertRules rules = new AlertRules(values.onOff("bandDrop.enabled", defaults.bandDrop()), scoreDrop, ticketSpike,
                values.onOff("lowCsat.enabled", defaults.lowCsat()),
                Duration.ofHours(values.whole("coolDown.hours", (int) defaults.coolDown().toHours())));
        List<SettingProblem> problems = new ArrayList<>(values.problems);
        settings.keySet().stream().filter(name -> !NAMES.contains(name)).sorted()
                .forEach(name -> problems.add(SettingProblem.of(name, "unknownSetting")));
        // A value that could not be read stands at its default, so only the readable ones can be out of bounds.
        rules.problems().stream().filter(problem -> !values.unreadable(problem.setting())).forEach(problems::add);
        problems.sort(Comparator.comparingInt(problem -> order(problem.setting())));
        return new Reading(problems.isEmpty() ? Optional.of(rules) : Optional.empty(), problems);
    }

    /**
     * The rules {@code given} names over {@code defaults}: each setting {@code given} leaves out at its value in
     * {@code defaults}, as a tenant's settings left out stand at the operator's configured ones. A default that
     * is wrong is a problem of its setting too, until {@code given} names a good value for it.
     */
    public static Reading readOver(Map<String, String> defaults, Map<String, String> given) {
        Map<String, String> settings = new LinkedHashMap<>(defaults);
        settings.putAll(given);
        return read(settings);
    }

    /** Whether {@code setting} is a switch ({@code on}/{@code off}) rather than a number. */
    public static boolean isSwitch(String setting) {
        return setting.endsWith(".enabled");
    }

    private static int order(String setting) {
        int index = NAMES.indexOf(setting);
        return index < 0 ? NAMES.size() : index;
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /** The values of one reading, and what was wrong with them. */
    private static final class Values {

        private final Map<String, String> settings;
        private final List<SettingProblem> problems = new ArrayList<>();

        Values(Map<String, String> settings) {
            this.settings = settings;
        }

        boolean onOff(String setting, boolean fallback) {
            String text = present(setting);
            if (text == null) {
                return fallback;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "on", "true" -> true;
                case "off", "false" -> false;
                default -> fail(setting, "onOff", fallback);
            };
        }

        int whole(String setting, int fallback) {
            String text = present(setting);
            if (text == null) {
                return fallback;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                return fail(setting, "wholeNumber", fallback);
            }
            if (number.stripTrailingZeros().scale() > 0) {
                return fail(setting, "wholeNumber", fallback);
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                return fail(setting, "outOfRange", fallback);
            }
        }

        boolean unreadable(String setting) {
            return problems.stream().anyMatch(problem -> problem.setting().equals(setting));
        }

        /** The trimmed value of {@code setting}; null when it is left out, and then also when blank, noted as missing. */
        private String present(String setting) {
            if (!settings.containsKey(setting)) {
                return null;
            }
            String value = settings.get(setting);
            if (value == null || value.isBlank()) {
                problems.add(SettingProblem.of(setting, "missing"));
                return null;
            }
            return value.trim();
        }

        private <T> T fail(String setting, String key, T fallback) {
            problems.add(SettingProblem.of(setting, key));
            return fallback;
        }
    }
}
