package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.InvalidRulesException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesTest {

    @Test
    void defaultsAreTheProductsNumbers() {
        AlertRules rules = AlertRules.defaults();

        assertEquals(new ScoreDropRule(true, 30, 7), rules.scoreDrop());
        assertEquals(new TicketSpikeRule(true, 3, 3, 30, Duration.ofHours(24)), rules.ticketSpike());
        assertEquals(Duration.ofHours(24), rules.coolDown());
        assertTrue(rules.bandDrop() && rules.lowCsat());
        assertEquals(List.of(), rules.problems());
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(textBlock = """
            scoreDrop.points,         1,    ,
            scoreDrop.points,         100,  ,
            scoreDrop.points,         0,    range,   1 100 0
            scoreDrop.points,         101,  range,   1 100 101
            scoreDrop.days,           1,    ,
            scoreDrop.days,           90,   ,
            scoreDrop.days,           0,    range,   1 90 0
            scoreDrop.days,           91,   range,   1 90 91
            ticketSpike.floor,        1,    ,
            ticketSpike.floor,        0,    atLeast, 1 0
            ticketSpike.factor,       1,    ,
            ticketSpike.factor,       0,    atLeast, 1 0
            ticketSpike.baselineDays, 1,    ,
            ticketSpike.baselineDays, 365,  ,
            ticketSpike.baselineDays, 0,    range,   1 365 0
            ticketSpike.baselineDays, 366,  range,   1 365 366
            ticketSpike.windowHours,  1,    ,
            ticketSpike.windowHours,  168,  ,
            ticketSpike.windowHours,  0,    range,   1 168 0
            ticketSpike.windowHours,  169,  range,   1 168 169
            coolDown.hours,           0,    ,
            coolDown.hours,           720,  ,
            coolDown.hours,           -1,   range,   0 720 -1
            coolDown.hours,           721,  range,   0 720 721
            """)
    void aNumberIsAProblemJustPastItsBounds(String setting, int value, String problem, String arguments) {
        AlertRules rules = AlertSettings.read(Map.of()).rules().orElseThrow();
        rules = switch (setting) {
            case "scoreDrop.points" -> rules.withScoreDrop(rules.scoreDrop().withPoints(value));
            case "scoreDrop.days" -> rules.withScoreDrop(rules.scoreDrop().withDays(value));
            case "ticketSpike.floor" -> rules.withTicketSpike(rules.ticketSpike().withFloor(value));
            case "ticketSpike.factor" -> rules.withTicketSpike(rules.ticketSpike().withFactor(value));
            case "ticketSpike.baselineDays" -> rules.withTicketSpike(rules.ticketSpike().withBaselineDays(value));
            case "ticketSpike.windowHours" -> rules.withTicketSpike(rules.ticketSpike().withWindow(Duration.ofHours(value)));
            default -> rules.withCoolDown(Duration.ofHours(value));
        };

        List<SettingProblem> problems = rules.problems();

        if (problem == null) {
            assertEquals(List.of(), problems);
        } else {
            assertEquals(1, problems.size(), problems::toString);
            assertEquals(setting, problems.get(0).setting());
            assertEquals(problem, problems.get(0).problem().key());
            assertEquals(arguments, problems.get(0).problem().arguments().stream().map(String::valueOf)
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    @Test
    void aDurationOfPartHoursIsNotASetting() {
        AlertRules rules = AlertRules.defaults().withCoolDown(Duration.ofMinutes(90))
                .withTicketSpike(TicketSpikeRule.defaults().withWindow(Duration.ofMinutes(30)));

        assertEquals(List.of(SettingProblem.of("ticketSpike.windowHours", "wholeNumber"),
                SettingProblem.of("coolDown.hours", "wholeNumber")), rules.problems());
    }

    @Test
    void aKindSwitchedOffIsStillCheckedSoSwitchingItOnCannotBringBackAWrongNumber() {
        AlertRules rules = AlertRules.defaults().withScoreDrop(new ScoreDropRule(false, 0, 7));

        assertEquals(List.of(SettingProblem.of("scoreDrop.points", "range", 1, 100, 0)), rules.problems());
    }

    @Test
    void rulesWithAProblemDecideNothing() {
        AlertRules rules = AlertRules.defaults().withScoreDrop(ScoreDropRule.defaults().withDays(0));
        Observation observation = Observation.of(Subject.customer("c", "C"), new ScoreMove(Instant.EPOCH, 80,
                Health.HEALTHY, 20, Health.POOR, ChangeCause.timePassed()));

        InvalidRulesException refused = assertThrows(InvalidRulesException.class, () -> rules.evaluate(observation));

        assertEquals("scoreDrop.days", refused.setting());
        assertEquals("range", refused.problem().key());
    }

    @ParameterizedTest(name = "{0} is on: {1}")
    @CsvSource(textBlock = """
            band_drop,    bandDrop.enabled
            score_drop,   scoreDrop.enabled
            ticket_spike, ticketSpike.enabled
            low_csat,     lowCsat.enabled
            """)
    void eachKindIsSwitchedByItsOwnSetting(String kind, String setting) {
        AlertRules off = AlertSettings.read(Map.of(setting, "off")).rules().orElseThrow();

        for (AlertKind each : AlertKind.values()) {
            assertEquals(each != AlertKind.fromKey(kind), off.on(each), each.key());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            band_drop
            score_drop
            ticket_spike
            low_csat
            """)
    void aKindIsNamedByItsKey(String key) {
        assertEquals(key, AlertKind.fromKey(key).key());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            state,   open
            state,   acknowledged
            state,   resolved
            subject, customer
            subject, company
            """)
    void statesAndSubjectTypesAreNamedByTheirKeys(String what, String key) {
        assertEquals(key, what.equals("state") ? AlertState.fromKey(key).key() : SubjectType.fromKey(key).key());
    }

    @Test
    void onlyAResolvedAlertCanNoLongerResolve() {
        assertEquals(List.of(AlertState.OPEN, AlertState.ACKNOWLEDGED),
                List.of(AlertState.values()).stream().filter(AlertState::isActive).toList());
    }

    @Test
    void aSubjectWithoutANameIsShownByItsId() {
        assertEquals("c-9", Subject.customer("c-9", " ").name());
        assertEquals("Acme", Subject.company("k-1", "Acme").name());
    }
}
