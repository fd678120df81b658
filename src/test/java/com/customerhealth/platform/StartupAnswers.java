package com.customerhealth.platform;

import com.customerhealth.testing.MicroLauncher;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a sender posting an unsigned event sees of a starting server, answer by answer. */
final class StartupAnswers {

    /** A valid event, unsigned: a ready plugin refuses it with 401. */
    static final String EVENT = "{\"specversion\":\"1.0\",\"id\":\"startup-1\",\"source\":\"https://desk.example.com\","
            + "\"type\":\"company.upserted\",\"time\":\"2026-11-30T10:00:00Z\",\"data\":{\"companyId\":\"startup\"}}";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One answer: the connection refused, or a status, whether it was problem details and said when to retry. */
    record Answer(boolean refused, int status, boolean problem, boolean retryAfter) {

        @Override
        public String toString() {
            return refused ? "connection refused" : status + (problem ? " problem" : " other") + (retryAfter ? " retry-after" : "");
        }
    }

    private StartupAnswers() {
    }

    /** Posts the event again and again until the server answers 401 (ready) or {@code seconds} pass; answers all. */
    static List<Answer> untilReady(MicroLauncher server, int seconds) throws InterruptedException {
        List<Answer> seen = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            Answer answer = ask(server);
            seen.add(answer);
            if (answer.status() == 401) {
                return seen;
            }
            // The next question a moment later, as a sender retrying would ask it.
            Thread.sleep(50);
        }
        throw new AssertionError("Not ready within " + seconds + " s: " + summary(seen) + "\n" + server.log());
    }

    /** The answers in order, runs of the same counted. */
    static String summary(List<Answer> answers) {
        Map<String, Integer> runs = new LinkedHashMap<>();
        String previous = null;
        int run = 0;
        for (Answer answer : answers) {
            String text = answer.toString();
            if (!text.equals(previous)) {
                run++;
                previous = text;
            }
            runs.merge(run + ". " + text, 1, Integer::sum);
        }
        return runs.toString();
    }

    /** Posts the event once. */
    static Answer ask(MicroLauncher server) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.http("/chm/api/v1/events")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/cloudevents+json")
                .POST(HttpRequest.BodyPublishers.ofString(EVENT)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(false, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    response.headers().firstValue("Retry-After").isPresent());
        } catch (ConnectException e) {
            return new Answer(true, 0, false, false);
        } catch (IOException e) {
            // A connection reset while the listener opens counts as refused.
            return new Answer(true, 0, false, false);
        }
    }
}
