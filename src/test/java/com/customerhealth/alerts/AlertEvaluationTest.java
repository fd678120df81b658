package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertEvaluationTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");
    private static final Subject ADA = Subject.customer("c-1", "Ada");
    private static final ChangeCause RATED = new ChangeCause("event", "evt-7", "cause.csat", "1", "5", "t-9");
    /** Only the kind under test on, so each table sees its own rule. */
    private static final AlertRules NONE = new AlertRules(false, ScoreDropRule.defaults().withOn(false),
            TicketSpikeRule.defaults().withOn(false), false, AlertRules.DEFAULT_COOL_DOWN);

    @ParameterizedTest(name = "{0} → {1}: band drop {2}")
    @CsvSource(textBlock = """
            HEALTHY, AVERAGE, true
            HEALTHY, POOR,    true
            AVERAGE, POOR,    true
            AVERAGE, HEALTHY, false
            POOR,    AVERAGE, false
            POOR,    HEALTHY, false
            HEALTHY, HEALTHY, false
            POOR,    POOR,    false
            HEALTHY, NO_DATA, false
            AVERAGE, NO_DATA, false
            NO_DATA, POOR,    false
            NO_DATA, AVERAGE, false
            NO_DATA, NO_DATA, false
            """)
    void aBandDropIsAMoveIntoAWorseBandNeverIntoOrOutOfNoData(Health before, Health after, boolean raised) {
        AlertOutcome outcome = NONE.withBandDrop(true).evaluate(Observation.of(ADA,
                move(scoreOf(before), before, scoreOf(after), after)));

        assertEquals(raised ? List.of(AlertKind.BAND_DROP) : List.of(), kinds(outcome));
    }

    /** The highest score is a history point {@code ago} before the move; the score before the move is lower. */
    @ParameterizedTest(name = "N={0} D={1}: {2} {3} before, now {4}: score drop {5}")
    @CsvSource(textBlock = """
            30, 7,  90, PT1H,          60, true
            30, 7,  90, PT1H,          61, false
            30, 7,  90, P7D,           60, true
            30, 7,  90, PT168H0.001S,  60, false
            30, 7,  90, PT168H1S,      60, false
            30, 7,  90, PT0S,          60, true
            1,  1,  50, P1D,           49, true
            1,  1,  50, P1D,           50, false
            100, 90, 100, P90D,        0,  true
            100, 90, 100, P90D,        1,  false
            """)
    void aScoreDropIsNPointsBelowTheHighestOfTheLastDDaysBothEndsIncluded(int points, int days, int highest,
            Duration ago, int now, boolean raised) {
        AlertRules rules = NONE.withScoreDrop(new ScoreDropRule(true, points, days));
        Observation observation = Observation.of(ADA, move(now, Health.AVERAGE, now, Health.AVERAGE))
                .withHistory(List.of(new ScorePoint(AT.minus(ago), highest),
                        new ScorePoint(AT.minus(Duration.ofDays(days + 1)), 100)));

        assertEquals(raised ? List.of(AlertKind.SCORE_DROP) : List.of(), kinds(rules.evaluate(observation)));
    }

    @ParameterizedTest(name = "{0} → {1} with no history: score drop {2}")
    @CsvSource(textBlock = """
            90, 60, true
            90, 61, false
              , 0,  false
            90,   , false
            """)
    void theScoreBeforeTheMoveCountsAsItStoodUntilTheMove(Integer before, Integer after, boolean raised) {
        Observation observation = Observation.of(ADA, move(before, bandOf(before), after, bandOf(after)));

        AlertOutcome outcome = NONE.withScoreDrop(ScoreDropRule.defaults()).evaluate(observation);

        assertEquals(raised ? List.of(AlertKind.SCORE_DROP) : List.of(), kinds(outcome));
    }

    @Test
    void aScoreDropKeepsTheHighItFellFromAsItsPreviousScore() {
        Observation observation = Observation.of(ADA, move(70, Health.HEALTHY, 55, Health.AVERAGE))
                .withHistory(List.of(new ScorePoint(AT.minus(Duration.ofDays(3)), 88)));

        RaisedAlert alert = NONE.withScoreDrop(ScoreDropRule.defaults()).evaluate(observation).raised().get(0);

        assertEquals(88, alert.previousScore());
        assertEquals(55, alert.score());
        assertEquals(Health.HEALTHY, alert.previousBand());
        assertEquals("The score of Ada fell by 33 points within 7 days, from 88 to 55", alert.summary());
    }

    @ParameterizedTest(name = "floor {0} × {1} over {2} days in {3} h: {4} against {5}, spike {6}")
    @CsvSource(textBlock = """
            3, 3, 30, 24, 3,  0,   true
            3, 3, 30, 24, 2,  0,   false
            3, 3, 30, 24, 3,  30,  true
            3, 3, 30, 24, 9,  90,  true
            3, 3, 30, 24, 8,  90,  false
            3, 3, 30, 24, 10, 91,  true
            3, 3, 30, 24, 9,  91,  false
            3, 3, 30, 24, 0,  0,   false
            1, 3, 30, 24, 1,  0,   true
            1, 3, 30, 24, 1,  10,  true
            1, 3, 30, 24, 1,  11,  false
            3, 1, 30, 24, 3,  90,  true
            3, 1, 30, 24, 3,  91,  false
            3, 3, 7,  24, 3,  7,   true
            3, 3, 7,  24, 3,  8,   false
            3, 3, 30, 48, 6,  30,  true
            3, 3, 30, 48, 5,  30,  false
            3, 3, 30, 12, 3,  60,  true
            3, 3, 30, 12, 3,  61,  false
            """)
    void aTicketSpikeIsCountedInWholeNumbers(int floor, int factor, int baselineDays, int windowHours,
            int inWindow, int inBaseline, boolean spike) {
        AlertRules rules = NONE.withTicketSpike(new TicketSpikeRule(true, floor, factor, baselineDays,
                Duration.ofHours(windowHours)));
        Observation observation = Observation.of(ADA, move(80, Health.HEALTHY, 80, Health.HEALTHY))
                .withTickets(new TicketCounts(inWindow, inBaseline));

        assertEquals(spike ? List.of(AlertKind.TICKET_SPIKE) : List.of(), kinds(rules.evaluate(observation)));
    }

    @Test
    void noTicketsCountedIsNoSpike() {
        AlertOutcome outcome = NONE.withTicketSpike(TicketSpikeRule.defaults())
                .evaluate(Observation.of(ADA, move(80, Health.HEALTHY, 80, Health.HEALTHY)));

        assertEquals(List.of(), kinds(outcome));
    }

    @ParameterizedTest(name = "{0} of {1} to {2}: low CSAT {3}")
    @CsvSource(textBlock = """
            1,   1,   5,  true
            2,   1,   5,  false
            1.5, 1,   5,  false
            0,   0,   1,  true
            1,   0,   1,  false
            0,   0,   10, true
            0.1, 0,   10, false
            0.5, 0.5, 3,  true
            """)
    void aLowCsatIsARatingAtTheBottomOfItsScale(double value, double min, double max, boolean raised) {
        Observation observation = Observation.of(ADA, move(80, Health.HEALTHY, 70, Health.HEALTHY))
                .withRating(new Rating(value, min, max));

        assertEquals(raised ? List.of(AlertKind.LOW_CSAT) : List.of(), kinds(NONE.withLowCsat(true).evaluate(observation)));
    }

    /** A band drop at {@code earlier} before the move, which is itself a drop; the cool-down 24 hours. */
    @ParameterizedTest(name = "alerted {0} before, {1}, cool-down {2}: alerts again {3}")
    @CsvSource(textBlock = """
            PT24H,       open,         PT24H, true
            PT23H59M59S, open,         PT24H, false
            PT1S,        open,         PT24H, false
            PT0S,        open,         PT24H, false
            PT23H59M59S, resolved,     PT24H, false
            PT23H59M59S, acknowledged, PT24H, false
            PT24H,       resolved,     PT24H, true
            PT2H,        resolved,     PT2H,  true
            PT1H59M,     resolved,     PT2H,  false
            PT0S,        resolved,     PT0S,  true
            -PT23H,      resolved,     PT24H, false
            -PT24H,      resolved,     PT24H, true
            """)
    void aKindAlertsAgainAtTheEndOfTheCoolDownNotBefore(Duration earlier, String state, Duration coolDown,
            boolean raised) {
        AlertRules rules = NONE.withBandDrop(true).withCoolDown(coolDown);
        PastAlert before = new PastAlert("a-1", AlertKind.BAND_DROP, AT.minus(earlier), AlertState.fromKey(state),
                80, Health.HEALTHY);
        Observation observation = Observation.of(ADA, move(60, Health.AVERAGE, 30, Health.POOR))
                .withAlerts(List.of(before));

        assertEquals(raised ? List.of(AlertKind.BAND_DROP) : List.of(), kinds(rules.evaluate(observation)));
    }

    @Test
    void theCoolDownOfOneKindDoesNotHoldBackAnother() {
        PastAlert spike = new PastAlert("a-1", AlertKind.TICKET_SPIKE, AT.minusSeconds(60), AlertState.OPEN, 80,
                Health.HEALTHY);
        Observation observation = Observation.of(ADA, move(80, Health.HEALTHY, 40, Health.POOR))
                .withRating(new Rating(1, 1, 5)).withTickets(new TicketCounts(5, 0)).withAlerts(List.of(spike));

        AlertOutcome outcome = AlertRules.defaults().evaluate(observation);

        assertEquals(List.of(AlertKind.BAND_DROP, AlertKind.SCORE_DROP, AlertKind.LOW_CSAT), kinds(outcome));
    }

    @ParameterizedTest(name = "dropped from {0}, now {1}: resolves {2}")
    @CsvSource(textBlock = """
            HEALTHY, HEALTHY, true
            HEALTHY, AVERAGE, false
            HEALTHY, POOR,    false
            HEALTHY, NO_DATA, false
            AVERAGE, HEALTHY, true
            AVERAGE, AVERAGE, true
            AVERAGE, POOR,    false
            AVERAGE, NO_DATA, false
            """)
    void aBandDropResolvesWhenTheBandIsBackAtItsPreviousBandOrBetter(Health droppedFrom, Health now, boolean resolves) {
        PastAlert alert = new PastAlert("a-1", AlertKind.BAND_DROP, AT.minus(Duration.ofDays(2)), AlertState.OPEN,
                scoreOf(droppedFrom), droppedFrom);

        assertEquals(resolves, resolves(alert, Observation.of(ADA, move(scoreOf(now), now, scoreOf(now), now))));
    }

    @ParameterizedTest(name = "fell from {0}, now {1}: resolves {2}")
    @CsvSource(textBlock = """
            90, 90,  true
            90, 95,  true
            90, 89,  false
            90, 61,  false
            90,   ,  false
              , 50,  false
            """)
    void aScoreDropResolvesWhenTheScoreRegainsTheHighItFellFrom(Integer fellFrom, Integer now, boolean resolves) {
        PastAlert alert = new PastAlert("a-1", AlertKind.SCORE_DROP, AT.minus(Duration.ofDays(2)),
                AlertState.ACKNOWLEDGED, fellFrom, Health.HEALTHY);

        assertEquals(resolves, resolves(alert, Observation.of(ADA, move(now, bandOf(now), now, bandOf(now)))));
    }

    @ParameterizedTest(name = "raised {0} before, window {1}: resolves {2}")
    @CsvSource(textBlock = """
            PT24H,       PT24H, true
            PT23H59M59S, PT24H, false
            PT25H,       PT24H, true
            PT48H,       PT48H, true
            PT47H,       PT48H, false
            """)
    void aTicketSpikeResolvesWhenItsWindowHasPassed(Duration ago, Duration window, boolean resolves) {
        AlertRules rules = NONE.withTicketSpike(TicketSpikeRule.defaults().withWindow(window));
        PastAlert alert = new PastAlert("a-1", AlertKind.TICKET_SPIKE, AT.minus(ago), AlertState.OPEN, 80,
                Health.HEALTHY);
        Observation observation = Observation.of(ADA, move(80, Health.HEALTHY, 80, Health.HEALTHY))
                .withAlerts(List.of(alert));

        assertEquals(resolves ? List.of(alert) : List.of(), rules.evaluate(observation).resolved());
    }

    @ParameterizedTest(name = "rated {0}: resolves {1}")
    @CsvSource(textBlock = """
            2,  true
            5,  true
            1,  false
              , false
            """)
    void aLowCsatResolvesWithARatingAboveTheBottom(Double rated, boolean resolves) {
        PastAlert alert = new PastAlert("a-1", AlertKind.LOW_CSAT, AT.minus(Duration.ofDays(2)), AlertState.OPEN, 80,
                Health.HEALTHY);
        Observation observation = Observation.of(ADA, move(80, Health.HEALTHY, 80, Health.HEALTHY));
        if (rated != null) {
            observation = observation.withRating(new Rating(rated, 1, 5));
        }

        assertEquals(resolves, resolves(alert, observation));
    }

    @Test
    void aResolvedAlertDoesNotResolveAgainAndAKindSwitchedOffStillResolves() {
        PastAlert over = new PastAlert("a-1", AlertKind.BAND_DROP, AT.minus(Duration.ofDays(3)), AlertState.RESOLVED,
                80, Health.HEALTHY);
        PastAlert open = new PastAlert("a-2", AlertKind.BAND_DROP, AT.minus(Duration.ofDays(2)), AlertState.OPEN,
                80, Health.HEALTHY);
        Observation observation = Observation.of(ADA, move(60, Health.AVERAGE, 80, Health.HEALTHY))
                .withAlerts(List.of(over, open));

        assertEquals(List.of(open), NONE.evaluate(observation).resolved());
    }

    @Test
    void anAlertCarriesTheContractsFieldsAndItsCause() {
        Observation observation = Observation.of(ADA, new ScoreMove(AT, 75, Health.HEALTHY, 25, Health.POOR, RATED))
                .withRating(new Rating(1, 1, 5));

        AlertOutcome outcome = NONE.withBandDrop(true).withLowCsat(true).evaluate(observation);

        RaisedAlert drop = outcome.raised().get(0);
        assertEquals(List.of(AlertKind.BAND_DROP, AlertKind.LOW_CSAT), kinds(outcome));
        assertEquals(ADA, drop.subject());
        assertEquals(AT, drop.at());
        assertEquals(25, drop.score());
        assertEquals(75, drop.previousScore());
        assertEquals(Health.POOR, drop.band());
        assertEquals(Health.HEALTHY, drop.previousBand());
        assertEquals("event", drop.cause().kind());
        assertEquals("evt-7", drop.cause().reference());
        assertEquals("alert.band_drop.healthy.poor", drop.summaryKey());
        assertEquals(List.of("Ada", "75", "25"), drop.summaryArguments());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            band_drop    | Ada dropped from healthy to poor (score 75 → 25)                   | Ada ist von gesund auf schlecht gefallen (Wert 75 → 25)
            score_drop   | The score of Ada fell by 50 points within 7 days, from 75 to 25    | Der Wert von Ada ist innerhalb von 7 Tagen um 50 Punkte gefallen, von 75 auf 25
            ticket_spike | Ada opened 6 tickets in the last 24 hours, against 4 in the 30 days before | Ada hat in den letzten 24 Stunden 6 Tickets eröffnet, gegenüber 4 in den 30 Tagen davor
            low_csat     | Ada gave a rating of 1, the lowest on its scale of 1 to 5          | Ada hat mit 1 bewertet, der niedrigsten Bewertung der Skala von 1 bis 5
            """)
    void eachAlertIsSummedUpInEnglishAndCanBeWordedInGerman(String kind, String english, String german) {
        Observation observation = Observation.of(ADA, new ScoreMove(AT, 75, Health.HEALTHY, 25, Health.POOR, RATED))
                .withRating(new Rating(1, 1, 5)).withTickets(new TicketCounts(6, 4));

        RaisedAlert alert = AlertRules.defaults().evaluate(observation).raised().stream()
                .filter(raised -> raised.kind() == AlertKind.fromKey(kind)).findFirst().orElseThrow();

        assertEquals(english, alert.summary());
        assertEquals(german, alert.summary(Texts.in(Locale.GERMAN)));
    }

    private static boolean resolves(PastAlert alert, Observation observation) {
        return NONE.evaluate(observation.withAlerts(List.of(alert))).resolved().equals(List.of(alert));
    }

    private static ScoreMove move(Integer previousScore, Health previousBand, Integer score, Health band) {
        return new ScoreMove(AT, previousScore, previousBand, score, band, ChangeCause.timePassed());
    }

    private static List<AlertKind> kinds(AlertOutcome outcome) {
        return outcome.raised().stream().map(RaisedAlert::kind).toList();
    }

    /** A score of the band by the default cut-offs, close enough that no score drop is in play. */
    private static Integer scoreOf(Health band) {
        return switch (band) {
            case HEALTHY -> 80;
            case AVERAGE -> 60;
            case POOR -> 40;
            case NO_DATA -> null;
        };
    }

    private static Health bandOf(Integer score) {
        return score == null ? Health.NO_DATA : score >= 70 ? Health.HEALTHY : score >= 50 ? Health.AVERAGE : Health.POOR;
    }
}
