package com.customerhealth.settings;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.RuleProblem;
import java.math.BigDecimal;

/**
 * What is wrong with a setting, in words: the page's in its reader's language, the API's and the
 * readiness check's in English.
 *
 * <pre>{@code
 * RuleWords.of(new RuleProblem("range", 0, 100, 150), Texts.in(Locale.GERMAN));   // "muss zwischen 0 und 100 liegen, war 150"
 * RuleWords.english(refused);   // "cutoffs.average: must not be above the healthy cut-off (60 > 30)"
 * }</pre>
 */
public final class RuleWords {

    private RuleWords() {
    }

    /** {@code problem} in the language of {@code texts}. */
    public static String of(RuleProblem problem, Texts texts) {
        Object[] words = problem.arguments().stream().map(argument -> {
            if (argument instanceof Parameter parameter) {
                return texts.get("parameter." + parameter.key());
            }
            return argument instanceof Double number ? exact(number, texts) : String.valueOf(argument);
        }).toArray();
        return texts.format("rules." + problem.key(), words);
    }

    /** The setting {@code refused} names and what is wrong with it, in English. */
    public static String english(InvalidRulesException refused) {
        return refused.setting() + ": " + of(refused.problem(), Texts.english());
    }

    /**
     * A number as typed, unrounded, in the language's digits: 2.41 against 2.44 must not read "2.4 vs 2.4"
     * when it is their order that is wrong.
     */
    static String exact(double number, Texts texts) {
        return texts.digits(BigDecimal.valueOf(number));
    }
}
