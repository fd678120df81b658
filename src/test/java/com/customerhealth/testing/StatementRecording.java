package com.customerhealth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Lets a test outside the server, such as a browser test, count the statements a page costs:
 * {@code POST api/testing/statements} starts recording every statement, {@code DELETE} stops and answers
 * them. Part of the test deployment only.
 */
@Path("testing/statements")
@ApplicationScoped
@PermitAll
public class StatementRecording {

    @Inject
    StatementCounter counter;

    private StatementCounter.Recording recording;

    @POST
    public synchronized void start() {
        if (recording != null) {
            recording.stop();
        }
        recording = counter.start(sql -> true);
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public synchronized List<String> stop() {
        if (recording == null) {
            return List.of();
        }
        recording.stop();
        List<String> statements = recording.statements();
        recording = null;
        return statements;
    }
}
