package com.customerhealth.platform;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plugin's OpenAPI document read by swagger-parser, and requests and answers judged against it by
 * swagger-request-validator: what a client generated from the document would expect.
 */
final class OpenApiContract {

    /** Where the document is in the WAR, and on the class path of the tests. */
    static final String RESOURCE = "META-INF/openapi.yaml";

    private final OpenAPI model;
    private final List<String> messages;
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        this.model = parsed.getOpenAPI();
        this.messages = parsed.getMessages() == null ? List.of() : List.copyOf(parsed.getMessages());
        // Combinators resolved: the validator reads an object without additionalProperties as closed, which
        // only holds for an allOf (each event type is the envelope's attributes and its own) once it is merged.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .withResolveCombinators(true).build();
    }

    /** The document {@code text}, YAML or JSON. */
    static OpenApiContract of(String text) {
        return new OpenApiContract(text);
    }

    /** The document as the build packs it. */
    static OpenApiContract packaged() {
        return of(packagedText());
    }

    static String packagedText() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OpenAPI model() {
        return model;
    }

    /** What the parser found wrong with the document: nothing, for a valid one. */
    List<String> messages() {
        return messages;
    }

    /** What is wrong with {@code body}, answered with {@code status} as {@code contentType} to {@code method path}. */
    String answerProblems(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null) {
            response.withBody(body);
        }
        return problems(validator.validateResponse(path, Request.Method.valueOf(method), response.build()));
    }

    /** What is wrong with the request {@code method path} with {@code headers} and {@code body} (may be null). */
    String requestProblems(String method, String path, Map<String, String> headers, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        headers.forEach(request::withHeader);
        if (body != null) {
            request.withBody(body);
        }
        return problems(validator.validateRequest(request.build()));
    }

    private static String problems(ValidationReport report) {
        return report.getMessages().stream()
                .map(message -> message.getLevel() + " " + message.getKey() + ": " + message.getMessage()
                        + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()))
                .collect(Collectors.joining("\n"));
    }
}
