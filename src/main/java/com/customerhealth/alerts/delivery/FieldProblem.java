package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.Texts;
import java.util.List;

/**
 * What is wrong with one field of a request, as a text key and the values its words name, so a page words
 * it in its reader's language and the API in English.
 *
 * @param field     the field's name in the request
 * @param textKey   the key of its words
 * @param arguments the values the words name
 */
public record FieldProblem(String field, String textKey, List<String> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String textKey, String... arguments) {
        return new FieldProblem(field, textKey, List.of(arguments));
    }

    /** The problem in {@code texts}' language. */
    public String words(Texts texts) {
        return texts.format(textKey, arguments.toArray());
    }
}
