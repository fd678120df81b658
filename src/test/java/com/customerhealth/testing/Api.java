package com.customerhealth.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.UnaryOperator;

/**
 * The plugin's HTTP API as a client sees it, signed in as one of {@link TestUsers} or as nobody.
 *
 * <pre>
 * Api api = Api.at(base).as(TestUsers.AGENT);
 * HttpResponse&lt;String&gt; answer = api.get("api/v1/customers/c-1/health");
 * </pre>
 */
public final class Api {

    /** The name {@link #follow} gives comments, which servers send to show a stream is open. */
    public static final String COMMENT = ":comment";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The plugin at {@code base}, its context root such as {@code http://host:port/chm/}. */
    public static Api at(URL base) {
        try {
            return new Api(base.toURI(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same API signed in as {@code user}, whose password is its name. */
    public Api as(String user) {
        return as(user, user);
    }

    /** The same API signed in as {@code user} with {@code password}. */
    public Api as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends to {@code path} the request {@code shape} builds (its method, headers, body), signed in as this API is. */
    public HttpResponse<String> request(String path, UnaryOperator<HttpRequest.Builder> shape) {
        return send(shape.apply(HttpRequest.newBuilder(base.resolve(path))));
    }

    /**
     * Follows the server-sent events at {@code path}: each event arrives in the answered queue as its
     * name, a line break and its data; a comment as {@value #COMMENT}, a line break and its text. The
     * stream ends when the test's JVM does, or when the server closes it.
     */
    public BlockingQueue<String> follow(String path) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            String[] name = {"message"};
            response.body().forEach(line -> {
                if (line.startsWith(":")) {
                    events.add(COMMENT + "\n" + line.substring(1).trim());
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    events.add(name[0] + "\n" + line.substring("data:".length()).trim());
                    name[0] = "message";
                }
            });
        });
        return events;
    }

    /** The body of {@code response} parsed as JSON. */
    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return exchange(request.timeout(Duration.ofSeconds(60)).build());
    }

    /** Sends {@code request} as it is (its address unresolved, its headers its own) and answers the answer. */
    public static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
