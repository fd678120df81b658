package com.customerhealth.platform;

import java.util.List;

/**
 * What is wrong with one field of a request, as a text key and the values its words name, so a page words
 * it in its reader's language and the API in English. Every API that refuses a body field by field answers
 * these, alike ({@link InvalidFields}).
 *
 * @param field     the field's name in the request, such as {@code target} or {@code scoreDrop.points}
 * @param textKey   the key of its words, a text of {@code api/v1/texts}
 * @param arguments the values the words name, in order
 */
public record FieldProblem(String field, String textKey, List<String> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String textKey, String... arguments) {
        return new FieldProblem(field, textKey, List.of(arguments));
    }

    /** The problem in {@code texts}' language, without the field's name: "must be at most 255 characters". */
    public String words(Texts texts) {
        return texts.format(textKey, arguments.toArray());
    }
}
