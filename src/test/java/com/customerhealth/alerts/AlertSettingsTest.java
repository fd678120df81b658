package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.platform.Texts;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertSettingsTest {

    @Test
    void theDefaultsAsSettingsInThePagesOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("bandDrop.enabled", "on");
        expected.put("scoreDrop.enabled", "on");
        expected.put("scoreDrop.points", "30");
        expected.put("scoreDrop.days", "7");
        expected.put("ticketSpike.enabled", "on");
        expected.put("ticketSpike.floor", "3");
        expected.put("ticketSpike.factor", "3");
        expected.put("ticketSpike.baselineDays", "30");
        expected.put("ticketSpike.windowHours", "24");
        expected.put("lowCsat.enabled", "on");
        expected.put("coolDown.hours", "24");

        Map<String, String> settings = AlertSettings.of(AlertRules.defaults());

        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(settings.entrySet()));
        assertEquals(AlertSettings.NAMES, List.copyOf(settings.keySet()));
    }

    @Test
    void noSettingsAreTheDefaults() {
        assertEquals(AlertRules.defaults(), AlertSettings.read(Map.of()).rules().orElseThrow());
    }

    @ParameterizedTest(name = "{0} = ''{1}'' reads {2}")
    @CsvSource(textBlock = """
            scoreDrop.points,        20,     20
            scoreDrop.points,        ' 20 ', 20
            scoreDrop.points,        20.0,   20
            scoreDrop.points,        '20,0', 20
            coolDown.hours,          0,      0
            ticketSpike.windowHours, 48,     48
            bandDrop.enabled,        off,    false
            bandDrop.enabled,        OFF,    false
            bandDrop.enabled,        false,  false
            bandDrop.enabled,        true,   true
            """)
    void aValueIsReadAsAFormOrAConfigurationHoldsIt(String setting, String value, String read) {
        AlertRules rules = AlertSettings.read(Map.of(setting, value)).rules().orElseThrow();

        assertEquals(read, String.valueOf(switch (setting) {
            case "scoreDrop.points" -> rules.scoreDrop().points();
            case "coolDown.hours" -> rules.coolDown().toHours();
            case "ticketSpike.windowHours" -> rules.ticketSpike().window().toHours();
            default -> rules.bandDrop();
        }));
    }

    @ParameterizedTest(name = "{0} = ''{1}'': {2}")
    @CsvSource(textBlock = """
            scoreDrop.points,    many,           wholeNumber
            scoreDrop.points,    20.5,           wholeNumber
            scoreDrop.points,    '',             missing
            scoreDrop.points,    '  ',           missing
            scoreDrop.points,    99999999999,    outOfRange
            scoreDrop.points,    101,            range
            scoreDrop.days,      -1,             range
            ticketSpike.factor,  0,              atLeast
            coolDown.hours,      one day,        wholeNumber
            bandDrop.enabled,    yes,            onOff
            scoreDrop.point,     30,             unknownSetting
            """)
    void aWrongValueIsNamedWithWhatIsWrong(String setting, String value, String problem) {
        AlertSettings.Reading reading = AlertSettings.read(Map.of(setting, value));

        assertTrue(reading.rules().isEmpty());
        assertEquals(1, reading.problems().size(), reading.problems()::toString);
        assertEquals(setting, reading.problems().get(0).setting());
        assertEquals(problem, reading.problems().get(0).problem().key());
    }

    @Test
    void everyWrongSettingIsNamedInThePagesOrderAndNoneTwice() {
        Map<String, String> settings = new HashMap<>();
        settings.put("coolDown.hours", "999");
        settings.put("zzz", "1");
        settings.put("scoreDrop.days", "x");
        settings.put("scoreDrop.points", "0");
        settings.put("lowCsat.enabled", "maybe");

        List<String> named = AlertSettings.read(settings).problems().stream()
                .map(problem -> problem.setting() + ":" + problem.problem().key()).toList();

        assertEquals(List.of("scoreDrop.points:range", "scoreDrop.days:wholeNumber", "lowCsat.enabled:onOff",
                "coolDown.hours:range", "zzz:unknownSetting"), named);
    }

    @Test
    void settingsLeftOutStandAtTheDefaultsGivenAndThoseNamedOverThem() {
        Map<String, String> defaults = AlertSettings.of(AlertRules.defaults().withLowCsat(false)
                .withCoolDown(Duration.ofHours(48)));

        AlertRules rules = AlertSettings.readOver(defaults, Map.of("scoreDrop.points", "40", "coolDown.hours", "12"))
                .rules().orElseThrow();

        assertEquals(40, rules.scoreDrop().points(), "named");
        assertEquals(Duration.ofHours(12), rules.coolDown(), "named over the default given");
        assertEquals(false, rules.lowCsat(), "left out: the default given, not the built-in one");
        assertEquals(AlertRules.defaults().ticketSpike(), rules.ticketSpike());
    }

    @Test
    void aWrongDefaultIsAProblemOfItsSettingUntilAGoodValueIsNamed() {
        Map<String, String> defaults = new LinkedHashMap<>(AlertSettings.of(AlertRules.defaults()));
        defaults.put("scoreDrop.points", "500");

        assertEquals(List.of("scoreDrop.points:range"), AlertSettings.readOver(defaults, Map.of("lowCsat.enabled", "off"))
                .problems().stream().map(problem -> problem.setting() + ":" + problem.problem().key()).toList());
        assertEquals(20, AlertSettings.readOver(defaults, Map.of("scoreDrop.points", "20")).rules().orElseThrow()
                .scoreDrop().points());
    }

    @Test
    void namesOutsideTheSettingsAreProblemsOverDefaultsToo() {
        assertEquals(List.of("scoreDrop.point:unknownSetting"), AlertSettings.readOver(AlertSettings.of(
                        AlertRules.defaults()), Map.of("scoreDrop.point", "40")).problems().stream()
                .map(problem -> problem.setting() + ":" + problem.problem().key()).toList());
    }

    @Test
    void theSwitchesAreTheSettingsThatTurnAKindOnOrOff() {
        assertEquals(List.of("bandDrop.enabled", "scoreDrop.enabled", "ticketSpike.enabled", "lowCsat.enabled"),
                AlertSettings.NAMES.stream().filter(AlertSettings::isSwitch).toList());
    }

    @Test
    void aProblemIsWordedInTheReadersLanguage() {
        SettingProblem problem = AlertSettings.read(Map.of("scoreDrop.points", "500")).problems().get(0);

        assertEquals("must be between 1 and 100, was 500", problem.words(Texts.english()));
        assertEquals("muss zwischen 1 und 100 liegen, war 500", problem.words(Texts.in(Locale.GERMAN)));
    }

    @Test
    void anyValidRulesReadBackAsThemselves() {
        Random random = new Random(20261204L);
        for (int run = 0; run < 500; run++) {
            AlertRules rules = new AlertRules(random.nextBoolean(),
                    new ScoreDropRule(random.nextBoolean(), 1 + random.nextInt(100), 1 + random.nextInt(90)),
                    new TicketSpikeRule(random.nextBoolean(), 1 + random.nextInt(50), 1 + random.nextInt(20),
                            1 + random.nextInt(365), Duration.ofHours(1 + random.nextInt(168))),
                    random.nextBoolean(), Duration.ofHours(random.nextInt(721)));

            assertEquals(rules, AlertSettings.read(AlertSettings.of(rules)).rules().orElseThrow(), "run " + run);
        }
    }
}
