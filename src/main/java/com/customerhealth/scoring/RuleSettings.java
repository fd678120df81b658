package com.customerhealth.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Scoring rules as named settings, and named settings as rules: the one codec between the two, whatever
 * carries the values (the settings API's JSON, the settings page's fields, MicroProfile Config). A
 * setting is named as {@link InvalidRulesException#setting()} names it: {@code avgCsat.goodAverage},
 * {@code windowDays}, {@code csatScale.min}, {@code points.good}, {@code cutoffs.healthy},
 * {@code companyMode}.
 *
 * <pre>{@code
 * Map<String, String> settings = RuleSettings.of(rules);        // {avgInteractions.enabled=on, ...}
 * ScoringRules same = RuleSettings.read(settings::get);
 * }</pre>
 *
 * <p>A value is read from text (as a form or a configuration holds it, a decimal comma allowed), a
 * number or a boolean. Numbers are never negative; switches are {@code on}/{@code off} or
 * {@code true}/{@code false}.
 */
public final class RuleSettings {

    private RuleSettings() {
    }

    /**
     * Every setting of {@code rules} with its value, parameters first, in the settings page's order: a
     * switch as a {@link Boolean}, a decimal as a {@link BigDecimal} (4 rather than 4.0, 2.6 rather than
     * 2.6000000000000001), a whole number as an {@link Integer}, the company mode as its key.
     */
    public static Map<String, Object> values(ScoringRules rules) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            ParameterRule rule = rules.rule(parameter);
            String key = parameter.key() + ".";
            settings.put(key + "enabled", rule.enabled());
            settings.put(key + "goodAverage", decimal(rule.goodAverage()));
            settings.put(key + "averagePoor", decimal(rule.averagePoor()));
            settings.put(key + "weight", decimal(rule.weight()));
        }
        settings.put("windowDays", rules.windowDays());
        settings.put("csatScale.min", decimal(rules.csatScale().min()));
        settings.put("csatScale.max", decimal(rules.csatScale().max()));
        settings.put("points.good", rules.points().good());
        settings.put("points.average", rules.points().average());
        settings.put("points.poor", rules.points().poor());
        settings.put("cutoffs.healthy", rules.cutoffs().healthy());
        settings.put("cutoffs.average", rules.cutoffs().average());
        settings.put("companyMode", rules.companyMode().key());
        return settings;
    }

    /** Every setting of {@code rules} with its value as text, as {@link #values} orders them: switches {@code on}/{@code off}. */
    public static Map<String, String> of(ScoringRules rules) {
        Map<String, String> settings = new LinkedHashMap<>();
        values(rules).forEach((setting, value) -> settings.put(setting, value instanceof Boolean on
                ? (on ? "on" : "off") : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString()));
        return settings;
    }

    /**
     * The rules whose settings {@code values} answers by name ({@code null} for one it does not hold).
     *
     * @throws InvalidRulesException naming the first setting that is missing, unreadable or out of bounds
     */
    public static ScoringRules read(Function<String, Object> values) {
        Map<String, RuleProblem> errors = new LinkedHashMap<>();
        return read(values, errors).orElseThrow(() -> {
            Map.Entry<String, RuleProblem> first = errors.entrySet().iterator().next();
            return new InvalidRulesException(first.getKey(), first.getValue());
        });
    }

    /**
     * The rules whose settings {@code values} answers by name, or empty when one is wrong, each wrong one
     * then in {@code errors} under its name with what is wrong with it, as a form shows it beside the field.
     */
    public static Optional<ScoringRules> read(Function<String, Object> values, Map<String, RuleProblem> errors) {
        Values read = new Values(values);
        Map<Parameter, ParameterRule> rules = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            String key = parameter.key() + ".";
            Boolean enabled = read.onOff(key + "enabled");
            Double good = read.decimal(key + "goodAverage");
            Double poor = read.decimal(key + "averagePoor");
            Double weight = read.decimal(key + "weight");
            if (enabled != null && good != null && poor != null && weight != null) {
                ParameterRule rule = read.check(() -> new ParameterRule(parameter, enabled, good, poor, weight));
                if (rule != null) {
                    rules.put(parameter, rule);
                }
            }
        }
        Integer window = read.whole("windowDays");
        Double min = read.decimal("csatScale.min");
        Double max = read.decimal("csatScale.max");
        Integer good = read.whole("points.good");
        Integer average = read.whole("points.average");
        Integer poor = read.whole("points.poor");
        Integer healthy = read.whole("cutoffs.healthy");
        Integer averageCutoff = read.whole("cutoffs.average");
        String modeKey = read.text("companyMode");
        CsatScale scale = min == null || max == null ? null : read.check(() -> new CsatScale(min, max));
        BandPoints points = good == null || average == null || poor == null ? null
                : read.check(() -> new BandPoints(good, average, poor));
        HealthCutoffs cutoffs = healthy == null || averageCutoff == null ? null
                : read.check(() -> new HealthCutoffs(healthy, averageCutoff));
        CompanyScoreMode mode = modeKey == null ? null : read.check(() -> CompanyScoreMode.fromKey(modeKey));
        ScoringRules valid = read.errors.isEmpty()
                ? read.check(() -> new ScoringRules(rules, points, cutoffs, scale, window, mode)) : null;
        if (valid == null) {
            errors.putAll(read.errors);
        }
        return Optional.ofNullable(valid);
    }

    /** {@code value} as a setting's text shows it: 4 rather than 4.0, 2.6 rather than 2.6000000000000001. */
    public static String text(double value) {
        return decimal(value).toPlainString();
    }

    private static BigDecimal decimal(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** The values of one reading, and what was wrong with them. */
    private static final class Values {

        private final Function<String, Object> values;
        private final Map<String, RuleProblem> errors = new LinkedHashMap<>();

        Values(Function<String, Object> values) {
            this.values = values;
        }

        Double decimal(String setting) {
            BigDecimal number = number(setting, "number");
            if (number == null) {
                return null;
            }
            double value = number.doubleValue();
            return Double.isFinite(value) ? value : fail(setting, "outOfRange");
        }

        Integer whole(String setting) {
            BigDecimal number = number(setting, "wholeNumber");
            if (number == null) {
                return null;
            }
            if (number.stripTrailingZeros().scale() > 0) {
                return fail(setting, "wholeNumber");
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                return fail(setting, "outOfRange");
            }
        }

        Boolean onOff(String setting) {
            Object value = present(setting);
            if (value == null || value instanceof Boolean) {
                return (Boolean) value;
            }
            String text = value instanceof String string ? string.trim().toLowerCase(Locale.ROOT) : "";
            return switch (text) {
                case "on", "true" -> Boolean.TRUE;
                case "off", "false" -> Boolean.FALSE;
                default -> fail(setting, "onOff");
            };
        }

        String text(String setting) {
            Object value = present(setting);
            return value == null || value instanceof String ? (String) value : fail(setting, "text");
        }

        <T> T check(Supplier<T> build) {
            try {
                return build.get();
            } catch (InvalidRulesException e) {
                errors.putIfAbsent(e.setting(), e.problem());
                return null;
            }
        }

        private BigDecimal number(String setting, String unreadable) {
            Object value = present(setting);
            BigDecimal number;
            try {
                if (value == null) {
                    return null;
                } else if (value instanceof BigDecimal decimal) {
                    number = decimal;
                } else if (value instanceof Number other) {
                    number = new BigDecimal(other.toString());
                } else if (value instanceof String text) {
                    number = new BigDecimal(text.trim().replace(',', '.'));
                } else {
                    return fail(setting, unreadable);
                }
            } catch (NumberFormatException e) {
                return fail(setting, unreadable);
            }
            return number.signum() < 0 ? fail(setting, "notNegative") : number;
        }

        /** The value of {@code setting}, or null with the setting noted as missing. */
        private Object present(String setting) {
            Object value = values.apply(setting);
            if (value == null) {
                errors.put(setting, new RuleProblem("missing"));
            }
            return value;
        }

        private <T> T fail(String setting, String key) {
            errors.put(setting, new RuleProblem(key));
            return null;
        }
    }
}
