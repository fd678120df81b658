package com.customerhealth.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What is wrong with one setting, in no language: the key of its text ({@code rules.<key>} among the
 * plugin's texts) and what fills the text's places. The settings page words it in its reader's
 * language, the API in English ({@code settings.RuleWords}).
 *
 * <pre>{@code
 * new RuleProblem("range", 0, 100, 150);   // "must be between 0 and 100, was 150"
 * }</pre>
 *
 * @param key       the text's key below {@code rules.}, such as {@code range}
 * @param arguments a {@link Parameter} reads as its name, a {@code double} as the number it is
 */
public record RuleProblem(String key, List<Object> arguments) {

    /** A problem whose text has the arguments given; a null one reads as "null". */
    public RuleProblem(String key, Object... arguments) {
        this(key, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
    }
}
