package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.Preset;
import com.customerhealth.tickets.TicketStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    private static final Texts ENGLISH = Texts.english();
    private static final Texts GERMAN = Texts.in(Locale.GERMAN);

    @Test
    void germanHasEveryTextEnglishHasWithTheSamePlaces() {
        assertEquals(ENGLISH.all().keySet(), GERMAN.all().keySet());
        List<String> different = new ArrayList<>();
        ENGLISH.all().forEach((key, english) -> {
            if (!places(english).equals(places(GERMAN.get(key)))) {
                different.add(key + ": " + places(english) + " in English, " + places(GERMAN.get(key)) + " in German");
            }
        });
        assertEquals(List.of(), different);
    }

    @Test
    void everyTextAPageAsksForExists() throws IOException {
        Pattern asked = Pattern.compile("text\\['([^']+)']");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher key = asked.matcher(Files.readString(page));
                while (key.find()) {
                    if (!key.group(1).endsWith(".") && !ENGLISH.has(key.group(1))) {
                        missing.add(page + ": " + key.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyValueAPageWordsByItsKeyHasAText() {
        List<String> keys = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            keys.add("status." + status.key());
            keys.add("cause.status." + status.key());
        }
        for (Parameter parameter : Parameter.values()) {
            keys.add("parameter." + parameter.key());
        }
        for (Preset preset : Preset.values()) {
            keys.add("preset." + preset.key());
        }
        keys.add("cause.reply.agent");
        keys.add("cause.reply.customer");
        assertEquals(List.of(), keys.stream().filter(key -> !ENGLISH.has(key)).toList());
    }

    @ParameterizedTest(name = "{0} reads {1} in English, {2} in German")
    @CsvSource({"2.0, 2, 2", "2.25, 2.3, '2,3'", "4.333333, 4.3, '4,3'", "0.05, 0.1, '0,1'", "1.45, 1.5, '1,5'",
            "10, 10, 10", "12345.6, 12345.6, '12345,6'", "-0.25, -0.2, '-0,2'"})
    void numbersKeepAtMostOneDecimalInTheLanguagesDigits(double value, String english, String german) {
        assertEquals(english, ENGLISH.number(value));
        assertEquals(german, GERMAN.number(value));
    }

    @Test
    void placesAreFilledLiterallyAndOneWithoutArgumentStays() {
        assertEquals("Ada's 3 of {2}", Texts.fill("{0}'s {1} of {2}", "Ada", 3));
        assertEquals("a $1 \\ b", Texts.fill("a {0} b", "$1 \\"));
    }

    @ParameterizedTest(name = "{0} counted {1}: {2}")
    @CsvSource({"0, vor 0 Minuten", "1, vor 1 Minute", "2, vor 2 Minuten"})
    void countsChooseOneOrOther(long count, String german) {
        assertEquals(german, GERMAN.count("time.minutesAgo", count));
    }

    @ParameterizedTest(name = "{0} is answered in {1}")
    @CsvSource(nullValues = "null", value = {"de, de", "de-AT, de", "de-CH, de", "en-GB, en", "fr, en", "null, en"})
    void speaksTheLanguageOfTheLocaleOrEnglish(String tag, String language) {
        Locale locale = tag == null ? null : Locale.forLanguageTag(tag);
        assertEquals(language, Texts.in(locale).locale().getLanguage());
    }

    @Test
    void aReaderGetsTheFirstOfTheirLanguagesThePluginSpeaks() {
        assertEquals(Locale.GERMAN, ReaderTexts.firstSpoken(List.of(Locale.FRENCH, Locale.forLanguageTag("de-DE"),
                Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, ReaderTexts.firstSpoken(List.of(Locale.FRENCH, Locale.ITALIAN)));
    }

    @Test
    void aTextThatDoesNotExistIsAnErrorNotABlank() {
        assertThrows(MissingResourceException.class, () -> ENGLISH.get("no.such.text"));
        assertTrue(ENGLISH.has("product"));
    }

    private static Set<String> places(String text) {
        Set<String> places = new TreeSet<>();
        Matcher place = Pattern.compile("\\{\\d+}").matcher(text);
        while (place.find()) {
            places.add(place.group());
        }
        return places;
    }
}
