package com.customerhealth.platform;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word the plugin shows a person, in one of the languages it speaks: the resource bundle
 * {@code com/customerhealth/platform/texts*.properties}, English and German. Pages read it as
 * {@code #{text['key']}}; Java code asks it by key, filling {@code {0}}, {@code {1}}… with arguments;
 * the badge script gets the same texts from {@code GET /api/v1/texts} and fills them the same way.
 *
 * <pre>{@code
 * Texts german = Texts.in(Locale.GERMAN);
 * german.format("badge.accessibleName", german.get("band.poor.inSentence"), 25); // "Gesundheit: schlecht, 25 von 100"
 * german.number(2.25);                                                      // "2,3"
 * german.count("time.minutesAgo", 5);                                       // "vor 5 Minuten"
 * }</pre>
 *
 * Placeholders are replaced literally, without {@link java.text.MessageFormat}'s quoting rules, so that
 * an apostrophe is an apostrophe in Java and in the script alike.
 */
public final class Texts {

    /** The languages the plugin speaks, the first the one it falls back to. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final String BUNDLE = "com.customerhealth.platform.texts";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<Locale, Texts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> texts;
    private final char decimalSeparator;

    private Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    /** The texts in the language of {@code locale} when the plugin speaks it, else in English. */
    public static Texts in(Locale locale) {
        Locale language = supported(locale);
        return LOADED.computeIfAbsent(language, Texts::load);
    }

    /** The English texts, the words the API uses. */
    public static Texts english() {
        return in(Locale.ENGLISH);
    }

    /** The language of {@code locale} when the plugin speaks it, else English. */
    public static Locale supported(Locale locale) {
        return locale == null ? LANGUAGES.get(0) : LANGUAGES.stream()
                .filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(LANGUAGES.get(0));
    }

    /** Whether the plugin speaks the language of {@code locale}. */
    public static boolean speaks(Locale locale) {
        return LANGUAGES.stream().anyMatch(language -> language.getLanguage().equals(locale.getLanguage()));
    }

    private static Texts load(Locale language) {
        // No fallback to the server's own locale: English asked is English given, whatever the JVM's default.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            texts.put(key, bundle.getString(key));
        }
        return new Texts(language, Collections.unmodifiableMap(texts));
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}; a key the bundle lacks is a mistake in the plugin, not in the input. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("No text '" + key + "' in " + locale, BUNDLE, key);
        }
        return text;
    }

    /** Whether the bundle has {@code key}, for texts chosen by a value such as a status. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments as they are. */
    public String format(String key, Object... arguments) {
        return fill(get(key), arguments);
    }

    /** {@code key + ".one"} when {@code count} is 1, else {@code key + ".other"}, with {@code {0}} the count. */
    public String count(String key, long count) {
        return format(key + (count == 1 ? ".one" : ".other"), count);
    }

    /**
     * {@code value} with at most one decimal, in the language's digits and without grouping, "2,5" in
     * German; halves round up, as the script's {@code Math.round} does.
     */
    public String number(double value) {
        return digits(BigDecimal.valueOf(Math.round(value * 10)).movePointLeft(1));
    }

    /** {@code value} as it is, unrounded, without trailing zeros, in the language's digits: "2,41" in German. */
    public String digits(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', decimalSeparator);
    }

    /** Every text of the language, for the badge script. */
    public Map<String, String> all() {
        return texts;
    }

    static String fill(String pattern, Object... arguments) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String argument = index < arguments.length ? String.valueOf(arguments[index]) : placeholder.group();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(argument));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
