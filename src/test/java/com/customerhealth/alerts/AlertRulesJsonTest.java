package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesJsonTest {

    @Test
    void textsNumbersAndSwitchesAreReadAsTextInTheBodysOrder() {
        Map<String, String> read = AlertRulesJson.read("{\"scoreDrop.points\": 20, \"lowCsat.enabled\": false,"
                + " \"bandDrop.enabled\": true, \"coolDown.hours\": \"48\", \"scoreDrop.days\": 7.0,"
                + " \"ticketSpike.floor\": null, \"ticketSpike.factor\": [3]}");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("scoreDrop.points", "20");
        expected.put("lowCsat.enabled", "off");
        expected.put("bandDrop.enabled", "on");
        expected.put("coolDown.hours", "48");
        expected.put("scoreDrop.days", "7.0");
        expected.put("ticketSpike.floor", null);
        expected.put("ticketSpike.factor", "[3]");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(read.entrySet()));
    }

    @Test
    void whatIsReadIsJudgedWithEveryOtherSetting() {
        AlertSettings.Reading reading = AlertSettings.read(AlertRulesJson.read(
                "{\"scoreDrop.points\": 20, \"scoreDrop.days\": 7.0, \"lowCsat.enabled\": false,"
                        + " \"ticketSpike.floor\": null, \"ticketSpike.factor\": [3], \"coolDown.hours\": 2.5}"));

        assertEquals(List.of("ticketSpike.floor:missing", "ticketSpike.factor:wholeNumber", "coolDown.hours:wholeNumber"),
                reading.problems().stream().map(problem -> problem.setting() + ":" + problem.problem().key()).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            []                 | is a JSON array, not an object of settings
            "20"               | is a JSON string, not an object of settings
            null               | is a JSON null, not an object of settings
            ''                 | is not JSON: it ends before its value is complete
            '{"a": 1'          | is not JSON: it ends before its value is complete
            '{"a": 1} {}'      | is not JSON: unexpected text at line 1, column 10
            """)
    void aBodyThatIsNoObjectOfSettingsIsRefusedSayingWhatItIs(String body, String problem) {
        assertEquals(problem, assertThrows(AlertRulesJson.NotSettingsException.class, () -> AlertRulesJson.read(body))
                .getMessage());
    }

    @Test
    void settingsWrittenReadBackAsThemselves() {
        Map<String, String> settings = AlertSettings.of(AlertRules.defaults().withLowCsat(false));

        assertEquals(settings, AlertRulesJson.read(AlertRulesJson.write(settings)));
        assertEquals("\"off\"", AlertRulesJson.object(settings).get("lowCsat.enabled").toString());
    }
}
