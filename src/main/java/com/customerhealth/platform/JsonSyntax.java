package com.customerhealth.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

/**
 * What is wrong with a body that is not JSON, in the words of its sender rather than a parser's: where the
 * text stops being JSON, by line and column, or that it ends before its value does. Every parser's own
 * message names its internals (tokens, Java types, its input's class), so none is passed on.
 *
 * <pre>{@code
 * JsonValue value;
 * try {
 *     value = JsonSyntax.read(body);
 * } catch (JsonSyntax.NotJsonException e) {
 *     throw new BadRequestException("The body " + e.getMessage());
 * }
 * }</pre>
 */
public final class JsonSyntax {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonSyntax() {
    }

    /** A text that is not JSON; its message is the problem as a predicate: "is not JSON: …". */
    public static final class NotJsonException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NotJsonException(String problem) {
            super(problem);
        }
    }

    /** The JSON value {@code text} holds, whitespace around it allowed and nothing else after it. */
    public static JsonValue read(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new NotJsonException(problem(text.length(), text.length(), -1, -1));
            }
            parser.next();
            JsonValue value = parser.getValue();
            // A reader stops at the end of the first value; text after it would be taken silently.
            if (parser.hasNext()) {
                throw notJson(text, parser.getLocation());
            }
            return value;
        } catch (JsonParsingException e) {
            throw notJson(text, e.getLocation());
        } catch (JsonException | IllegalStateException e) {
            throw notJson(text, null);
        }
    }

    /** What a value of JSON is, as a sentence names it: "a JSON number", "a JSON object", "a JSON null". */
    public static String kind(JsonValue value) {
        return "a JSON " + value.getValueType().name().toLowerCase(Locale.ROOT);
    }

    /** The refusal of {@code text}, whose parser gave up at {@code at} (null: it did not say where). */
    private static NotJsonException notJson(String text, JsonLocation at) {
        return new NotJsonException(at == null ? problem(text.length(), -1, -1, -1)
                : problem(text.length(), at.getStreamOffset(), at.getLineNumber(), at.getColumnNumber()));
    }

    /**
     * The problem of a body of {@code length} bytes that Jackson's parser refused with {@code e}, as
     * {@link #problem(long, long, long, long)} words it.
     */
    public static String problem(IOException e, int length) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            com.fasterxml.jackson.core.JsonLocation at = json.getLocation();
            long offset = at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
            return problem(length, offset, at.getLineNr(), at.getColumnNr());
        }
        return problem(length, -1, -1, -1);
    }

    /**
     * The problem of a text of {@code length} characters whose parser gave up at {@code offset} (line and
     * column from 1; any of them negative when the parser did not tell), as a predicate: "is not JSON: …".
     */
    public static String problem(long length, long offset, long line, long column) {
        if (length == 0 || offset >= length) {
            return "is not JSON: it ends before its value is complete";
        }
        if (line < 1 || column < 1) {
            return "is not JSON";
        }
        return "is not JSON: unexpected text at line " + line + ", column " + column;
    }
}
