package com.customerhealth.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.customerhealth.health.CompanyHealthView;
import com.customerhealth.health.CustomerHealthView;
import com.customerhealth.health.LastChangeView;
import com.customerhealth.health.ParameterView;
import com.customerhealth.platform.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadgeCardTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Texts ENGLISH = Texts.english();
    private static final Instant TWO_HOURS_AGO = NOW.minus(Duration.ofHours(2));

    @ParameterizedTest(name = "{0} with score {1}: \"{4}\"")
    @CsvSource(nullValues = "null", value = {
            "healthy, 82, Healthy, ✓, 'Health: healthy, 82 of 100'",
            "average, 55, Average, ~, 'Health: average, 55 of 100'",
            "poor, 25, Poor, !, 'Health: poor, 25 of 100'",
            "no_data, null, No data, ?, 'Health: no data'"
    })
    void eachBandHasItsLabelSymbolAndAccessibleName(String band, Integer score, String label, String symbol,
                                                   String accessibleName) {
        BadgeCard card = BadgeCard.of("c-1", customer(band, score, List.of(), null), NOW, ENGLISH);

        assertEquals(band, card.band());
        assertEquals(label, card.bandLabel());
        assertEquals(symbol, card.symbol());
        assertEquals(accessibleName, card.accessibleName());
    }

    @Test
    void aCustomerNotHeardOfIsGreyWithoutExplanation() {
        BadgeCard card = BadgeCard.of("c-404", (CustomerHealthView) null, NOW, ENGLISH);

        assertEquals("no_data", card.band());
        assertEquals("Health: no data", card.accessibleName());
        assertEquals(List.of(), card.parameters());
        assertNull(card.lastChange());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "75 | 50 | CSAT 1 of 3 on ticket 123 moved the score from 75 to 50, 2 hours ago",
            "null | 50 | CSAT 1 of 3 on ticket 123 set the score to 50, 2 hours ago",
            "50 | 50 | CSAT 1 of 3 on ticket 123 kept the score at 50, 2 hours ago",
            "50 | null | CSAT 1 of 3 on ticket 123 took the score from 50 to no data, 2 hours ago",
            "null | null | CSAT 1 of 3 on ticket 123 left no data to score, 2 hours ago"
    })
    void saysWhatLastChangedTheScoreAndWhen(Integer before, Integer after, String sentence) {
        LastChangeView change = new LastChangeView(TWO_HOURS_AGO, before, "event", "e-1",
                "CSAT 1 of 3 on ticket 123", null, List.of("avgCsat"));

        BadgeCard card = BadgeCard.of("c-1", customer("poor", after, List.of(), change), NOW, ENGLISH);

        assertEquals(sentence, card.lastChange());
    }

    @Test
    void aCsatAverageSaysTheScaleItIsOn() {
        List<ParameterView> parameters = List.of(new ParameterView("avgCsat", "Average CSAT in the window",
                "higher_is_better", true, 4d / 3, "poor", 0, 1, 2.6, 2.25, 3.0));

        BadgeCard card = BadgeCard.of("c-1", customer("poor", 0, parameters, null), NOW, ENGLISH);

        assertEquals("1.3 of 3", card.parameters().get(0).value());
    }

    @Test
    void listsOnlyEnabledParametersWithValueBandAndThresholdsInTheirDirection() {
        List<ParameterView> parameters = List.of(
                new ParameterView("openTickets", "Currently open tickets", "lower_is_better", true, 3.0, "average",
                        50, 1, 2, 3, null),
                new ParameterView("avgCsat", "Average CSAT in the window", "higher_is_better", true, null, "no_data",
                        null, 1, 2.6, 2.25, 3.0),
                new ParameterView("ticketsInWindow", "Tickets in the window", "lower_is_better", false, 9.0, "poor",
                        null, 1, 2, 3, null));

        BadgeCard card = BadgeCard.of("c-1", customer("average", 50, parameters, null), NOW, ENGLISH);

        assertEquals(List.of(
                new BadgeCard.Line("Currently open tickets", "3", "average", "Average", "good ≤ 2 · poor > 3"),
                new BadgeCard.Line("Average CSAT in the window", "no data", "no_data", "No data",
                        "good ≥ 2.6 · poor < 2.3")), card.parameters());
    }

    @Test
    void aGermanReaderReadsTheCardInGerman() {
        List<ParameterView> parameters = List.of(new ParameterView("avgCsat", "Average CSAT in the window",
                "higher_is_better", true, 4d / 3, "poor", 0, 1, 2.6, 2.25, 3.0));
        LastChangeView change = new LastChangeView(TWO_HOURS_AGO, 75, "event", "e-1", "CSAT 1 of 3 on ticket 123",
                new LastChangeView.Words("cause.csat", List.of("1", "3", "123")), List.of("avgCsat"));

        BadgeCard card = BadgeCard.of("c-1", customer("poor", 25, parameters, change), NOW, Texts.in(Locale.GERMAN));

        assertEquals("Gesundheit: schlecht, 25 von 100", card.accessibleName());
        assertEquals("Schlecht", card.bandLabel());
        assertEquals("25 / 100", card.scoreText());
        assertEquals(List.of(new BadgeCard.Line("Durchschnittliche Zufriedenheit (CSAT) im Zeitfenster", "1,3 von 3",
                "poor", "Schlecht", "gut ≥ 2,6 · schlecht < 2,3")), card.parameters());
        assertEquals("Wert von 75 auf 25 geändert, vor 2 Stunden: CSAT 1 von 3 zu Ticket 123", card.lastChange());
    }

    @Test
    void aChangeStoredBeforeCausesHadWordsKeepsItsSentence() {
        LastChangeView change = new LastChangeView(TWO_HOURS_AGO, 75, "event", "e-1", "CSAT 1 of 3 on ticket 123",
                null, List.of("avgCsat"));

        BadgeCard card = BadgeCard.of("c-1", customer("poor", 50, List.of(), change), NOW, Texts.in(Locale.GERMAN));

        assertEquals("Wert von 75 auf 50 geändert, vor 2 Stunden: CSAT 1 of 3 on ticket 123", card.lastChange());
    }

    @Test
    void aCardWithoutScoreSaysSo() {
        BadgeCard card = BadgeCard.of("c-404", (CustomerHealthView) null, NOW, ENGLISH);

        assertEquals("no score", card.scoreText());
        assertEquals("No score recorded yet", card.why());
    }

    @Test
    void aCompanyCardSaysHowItsScoreIsFormedAndHowItsCustomersSpread() {
        CompanyHealthView company = new CompanyHealthView("acme", "Acme", 55, "average", "lowest",
                new CompanyHealthView.Spread(2, 1, 0, 1, 55, 90), List.of(), null, null, null, null);

        BadgeCard card = BadgeCard.of("acme", company, NOW, ENGLISH);

        assertEquals("4 customers, scored by the lowest: 2 healthy · 1 average · 0 poor · 1 no data; scores 55–90",
                card.composition());
        assertEquals("Health: average, 55 of 100", card.accessibleName());
    }

    @ParameterizedTest(name = "a move of {0} over 7 days reads \"{1}\" in English, \"{2}\" in German")
    @CsvSource(nullValues = "null", value = {
            "-25, ↓ 25 in 7 days, ↓ 25 in 7 Tagen",
            "10, ↑ 10 in 7 days, ↑ 10 in 7 Tagen",
            "0, → no change in 7 days, → keine Änderung in 7 Tagen",
            "null, null, null"
    })
    void theCardTellsTheMoveOverSevenDays(Integer delta7, String english, String german) {
        CustomerHealthView view = new CustomerHealthView("c-1", "Ada", 50, "average", List.of(), null, NOW, delta7,
                null);

        assertEquals(english, BadgeCard.of("c-1", view, NOW, ENGLISH).trend());
        assertEquals(german, BadgeCard.of("c-1", view, NOW, Texts.in(Locale.GERMAN)).trend());
        assertEquals(delta7, BadgeCard.of("c-1", view, NOW, ENGLISH).delta7());
    }

    @ParameterizedTest(name = "{0} {1} links to {2}")
    @CsvSource({
            "customer, c-1, scores/customer.xhtml?id=c-1",
            "customer, a b&c=d/é, scores/customer.xhtml?id=a+b%26c%3Dd%2F%C3%A9",
            "company, acme, scores/company.xhtml?id=acme"
    })
    void aKnownCustomerOrCompanyLinksToItsPageWithItsIdEncoded(String kind, String id, String page) {
        BadgeCard card = kind.equals("customer")
                ? BadgeCard.of(id, new CustomerHealthView(id, id, 50, "average", List.of(), null, NOW, null, null), NOW,
                        ENGLISH)
                : BadgeCard.of(id, new CompanyHealthView(id, id, 50, "average", "mean",
                        new CompanyHealthView.Spread(0, 1, 0, 0, 50, 50), List.of(), null, NOW, null, null), NOW, ENGLISH);

        assertEquals(page, card.page());
        assertEquals("Score history", card.pageLabel());
    }

    @Test
    void anUnknownCustomerHasNoPageToLinkTo() {
        assertNull(BadgeCard.of("c-404", (CustomerHealthView) null, NOW, ENGLISH).page());
    }

    private static CustomerHealthView customer(String band, Integer score, List<ParameterView> parameters,
                                               LastChangeView change) {
        return new CustomerHealthView("c-1", "Ada", score, band, parameters, change, NOW, null, null);
    }
}
