package com.customerhealth.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RuleSettings;
import com.customerhealth.scoring.ScoringRules;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingWordsTest {

    @ParameterizedTest(name = "{0} is titled \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "avgInteractions.enabled | Average case interactions: counts",
            "avgCsat.goodAverage | Average CSAT in the window: good / average",
            "openTickets.averagePoor | Currently open tickets: average / poor",
            "ticketsInWindow.weight | Tickets in the window: weight",
            "windowDays | Window, in days",
            "csatScale.max | Highest CSAT rating",
            "points.average | Points for an average parameter",
            "cutoffs.healthy | Healthy (green) from score",
            "companyMode | Company score",
            "somethingElse | somethingElse"
    })
    void titlesEverySettingAsTheSettingsPageDoes(String setting, String title) {
        assertEquals(title, SettingWords.title(setting, Texts.english()));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "de"})
    void everySettingOfTheRulesHasATitleOfItsOwnInEachLanguage(String language) {
        Texts texts = Texts.in(Locale.forLanguageTag(language));
        Set<String> settings = RuleSettings.of(ScoringRules.of(Preset.B2C_SMALL)).keySet();
        List<String> titles = settings.stream().map(setting -> SettingWords.title(setting, texts)).toList();

        assertEquals(titles.size(), titles.stream().distinct().count(), titles.toString());
        settings.forEach(setting -> assertNotEquals(setting, SettingWords.title(setting, texts), "no title for " + setting));
    }

    @ParameterizedTest(name = "{0} reads {1} in English, {2} in German")
    @CsvSource({"2.5, 2.5, '2,5'", "4, 4, 4", "on, on, an", "off, off, aus", "lowest, lowest, niedrigster",
            "v1.2, v1.2, v1.2"})
    void valuesReadInTheReadersWords(String value, String english, String german) {
        assertEquals(english, SettingWords.value(value, Texts.english()));
        assertEquals(german, SettingWords.value(value, Texts.in(Locale.GERMAN)));
    }
}
