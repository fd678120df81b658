package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.MicroLauncher;
import com.customerhealth.testing.SignedEvents;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A server whose store cannot be migrated when it starts, because its database user may not yet create
 * tables there (an install whose grants come after the deployment): until it can, every event is answered
 * 503 with Retry-After, as the migrations are tried again every few seconds; once the grant is given, the
 * plugin migrates its tables and takes events, without a restart. On PostgreSQL 15, whose public schema
 * only its owner may create in, administered as {@code postgres} (trust authentication on 127.0.0.1, as on
 * the build machines).
 */
class StartupPostgresqlIT {

    private static final String SECRET = "startup-secret";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void aStoreThatCannotBeMigratedYetIsWaitedForWithRetryAfterThenUsed() throws Exception {
        String database = "chm_grant_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("postgres", "CREATE DATABASE " + database);
        Path target = Path.of(System.getProperty("chm.it.war", "target/chm.war")).toAbsolutePath().getParent();
        Path postboot = target.resolve("micro-grant-postboot.asadmin");
        Files.writeString(postboot, "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --restype javax.sql.DataSource --isconnectvalidatereq true --validationmethod auto-commit"
                + " --property serverName=127.0.0.1:portNumber=5432:databaseName=" + database
                + ":user=chm_test:password=chm_test chm-grant\ncreate-jdbc-resource --connectionpoolid chm-grant jdbc/chm\n");
        try (MicroLauncher server = MicroLauncher.start("grant", List.of("-Dchm.events.secret=" + SECRET,
                "-Dchm.store.datasource=jdbc/chm"), List.of("--addLibs", target.resolve("runtime/postgresql.jar").toString(),
                "--postbootcommandfile", postboot.toString()))) {
            List<StartupAnswers.Answer> waiting = untilAnswered(server, 503);
            StartupAnswers.Answer told = waiting.get(waiting.size() - 1);
            assertTrue(told.problem() && told.retryAfter(), "told to come back: " + told);

            sql(database, "GRANT CREATE ON SCHEMA public TO chm_test");
            List<StartupAnswers.Answer> seen = StartupAnswers.untilReady(server, 120);

            for (StartupAnswers.Answer answer : seen.subList(0, seen.size() - 1)) {
                assertTrue(answer.status() == 503 && answer.problem() && answer.retryAfter(), "until migrated: "
                        + StartupAnswers.summary(seen));
            }
            assertEquals(202, new SignedEvents(new URL(server.http("/chm/"))).post("application/cloudevents+json",
                    StartupAnswers.EVENT, SECRET, Instant.now()).statusCode(), server.log());
        } finally {
            sql("postgres", "DROP DATABASE IF EXISTS " + database);
        }
    }

    /** Polls until the server answers {@code status} once, answering every answer on the way. */
    private static List<StartupAnswers.Answer> untilAnswered(MicroLauncher server, int status) throws InterruptedException {
        List<StartupAnswers.Answer> seen = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            StartupAnswers.Answer answer = StartupAnswers.ask(server);
            seen.add(answer);
            if (answer.status() == status) {
                return seen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No " + status + " within 240 s: " + StartupAnswers.summary(seen) + "\n" + server.log());
    }

    /** Runs {@code statement} in {@code database} as the database's administrator. */
    private static void sql(String database, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
