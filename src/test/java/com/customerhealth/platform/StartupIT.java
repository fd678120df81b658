package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.customerhealth.events.TenantSecrets;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.MicroLauncher;
import com.customerhealth.testing.SignedEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * A server started as the README starts it, watched from its first moment: a sender posting events
 * meanwhile is refused a connection or told to come back (503 with Retry-After, problem details), never
 * that the address is unknown; and the session cookie is Secure over TLS. Runs once, on the embedded
 * database (the profiles of the real databases skip it).
 */
class StartupIT {

    private static final String SECRET = "startup-secret";

    @Test
    void fromItsFirstMomentTheServerSaysComeBackOrIsReadyAndNeverThatTheAddressIsUnknown() throws Exception {
        assumeTrue("embedded".equals(System.getProperty("chm.it.database", "embedded")), "runs on the embedded database");
        try (MicroLauncher server = MicroLauncher.start("startup", List.of("-Dchm.events.secret=" + SECRET), List.of())) {
            List<StartupAnswers.Answer> seen = StartupAnswers.untilReady(server, 240);

            StartupAnswers.Answer last = seen.get(seen.size() - 1);
            assertEquals(401, last.status(), "ready: an unsigned event is refused as unsigned; " + server.log());
            List<StartupAnswers.Answer> before = seen.subList(0, seen.size() - 1);
            assertFalse(before.isEmpty(), "the server was watched while it started");
            for (StartupAnswers.Answer answer : before) {
                assertTrue(answer.refused() || answer.status() == 503 && answer.problem() && answer.retryAfter(),
                        "while starting: " + answer + " among " + StartupAnswers.summary(seen));
            }

            String overTls = sessionCookie(server.https("/chm/login.xhtml"));
            String plain = sessionCookie(server.http("/chm/login.xhtml"));
            assertTrue(overTls.contains("Secure"), overTls);
            assertFalse(plain.contains("Secure"), plain);
            for (String cookie : List.of(overTls, plain)) {
                assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
            }
            assertEquals(202, new SignedEvents(new URL(server.http("/chm/"))).post("application/cloudevents+json",
                    StartupAnswers.EVENT, SECRET, java.time.Instant.now()).statusCode());
        }
    }

    @Test
    void inDemoModeTheDemoHelpdeskIsScoredAndEventsSignedWithTheDocumentedDemoSecretAreTaken() throws Exception {
        assumeTrue("embedded".equals(System.getProperty("chm.it.database", "embedded")), "runs on the embedded database");
        try (MicroLauncher server = MicroLauncher.start("demo", List.of("-Dchm.demo=true"), List.of())) {
            StartupAnswers.untilReady(server, 240);
            URL base = new URL(server.http("/chm/"));

            assertEquals(202, new SignedEvents(base).post("application/cloudevents+json", StartupAnswers.EVENT,
                    TenantSecrets.DEMO_SECRET, java.time.Instant.now()).statusCode(), server.log());
            assertEquals(401, new SignedEvents(base).post("application/cloudevents+json", StartupAnswers.EVENT,
                    "another-secret", java.time.Instant.now()).statusCode());
            HttpResponse<String> demoCustomer = Api.at(base).as("agent").get("api/v1/customers/company-1-customer-1/health");
            assertEquals(200, demoCustomer.statusCode(), demoCustomer.body());
            assertTrue(server.logged(TenantSecrets.DEMO_SECRET), "the log names the demo secret");
        }
    }

    /** The Set-Cookie of the answer to {@code address}; over TLS the runtime's own certificate is taken as it is. */
    private static String sessionCookie(String address) {
        try {
            var connection = new URL(address).openConnection();
            if (connection instanceof HttpsURLConnection tls) {
                SSLContext trusting = SSLContext.getInstance("TLS");
                trusting.init(null, new TrustManager[] {new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String type) {
                        // A test of the plugin's cookie, against the runtime's self-signed certificate.
                    }

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String type) {
                        // As above.
                    }

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                }}, null);
                tls.setSSLSocketFactory(trusting.getSocketFactory());
                tls.setHostnameVerifier((host, session) -> true);
            }
            connection.connect();
            String cookie = connection.getHeaderField("Set-Cookie");
            return cookie == null ? "" : cookie;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
