package com.customerhealth.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.RuleProblem;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleWordsTest {

    @Test
    void thresholdsInTheWrongOrderReadAsTypedNotRounded() {
        RuleProblem problem = new RuleProblem("thresholdOrder.higherIsBetter", Parameter.AVG_CSAT, 2.41, 2.44);

        assertEquals("for Average CSAT in the window higher is better, so the good/average threshold must be at"
                + " least the average/poor one (2.41 vs 2.44)", RuleWords.of(problem, Texts.english()));
        assertEquals("für Durchschnittliche Zufriedenheit (CSAT) im Zeitfenster ist mehr besser, also muss die"
                + " Schwelle gut/mittel mindestens so hoch sein wie die Schwelle mittel/schlecht (2,41 gegenüber"
                + " 2,44)", RuleWords.of(problem, Texts.in(Locale.GERMAN)));
    }

    @Test
    void theApiNamesTheSettingAndSaysWhatIsWrongInEnglish() {
        InvalidRulesException refused = new InvalidRulesException("cutoffs.healthy", "range", 0, 100, 150);

        assertEquals("cutoffs.healthy: must be between 0 and 100, was 150", RuleWords.english(refused));
    }

    @Test
    void anArgumentThatIsNullReadsAsSuch() {
        assertEquals("null", RuleWords.of(new RuleProblem("unreadable", (Object) null), Texts.english()));
    }
}
