package com.customerhealth.scoring;

import com.customerhealth.platform.Texts;
import java.util.List;

/**
 * What is wrong with one setting, in no language: the text {@code rules.<key>} and what fills its
 * places. A form words it in its reader's language, the API in English.
 *
 * <pre>{@code
 * new RuleProblem("range", 0, 100, 150).in(Texts.english());   // "must be between 0 and 100, was 150"
 * }</pre>
 *
 * @param key       the text's key below {@code rules.}, such as {@code range}
 * @param arguments a {@link Parameter} reads as its name, a {@code double} in the language's digits
 */
public record RuleProblem(String key, List<Object> arguments) {

    public RuleProblem(String key, Object... arguments) {
        this(key, List.of(arguments));
    }

    /** The problem in the language of {@code texts}. */
    public String in(Texts texts) {
        Object[] words = arguments.stream().map(argument -> {
            if (argument instanceof Parameter parameter) {
                return texts.get("parameter." + parameter.key());
            }
            return argument instanceof Double number ? texts.number(number) : String.valueOf(argument);
        }).toArray();
        return texts.format("rules." + key, words);
    }
}
