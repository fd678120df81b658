package com.customerhealth.adapters.rt;

import com.customerhealth.backfill.BackfillSettings;
import com.customerhealth.backfill.HelpdeskHistory;
import com.customerhealth.backfill.HistoryConnection;
import com.customerhealth.backfill.HistoryReader;
import com.customerhealth.backfill.RequestPacing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Request Tracker 5's history (kind {@code rt}): its tickets in id order through REST 2.0, each with its
 * transactions, mapped as the plugin's RT scrip maps them live. The address is RT's {@code WebURL}
 * ({@code https://rt.example.com/rt}), the token an RT auth token of a user who can see the tickets and
 * their comments.
 *
 * <pre>{@code
 * POST api/v1/backfill
 * {"kind": "rt", "url": "https://rt.example.com", "token": "1-14-8b1a..."}
 * }</pre>
 */
@ApplicationScoped
public class RtHistory implements HelpdeskHistory {

    @Inject
    BackfillSettings backfill;

    @Inject
    @ConfigProperty(name = "chm.adapters.rt.company-field", defaultValue = "Organization")
    String companyField;

    @Inject
    @ConfigProperty(name = "chm.adapters.rt.satisfaction-field", defaultValue = "Satisfaction")
    String satisfactionField;

    @Inject
    @ConfigProperty(name = "chm.adapters.rt.satisfaction-min", defaultValue = "1")
    double satisfactionMin;

    @Inject
    @ConfigProperty(name = "chm.adapters.rt.satisfaction-max", defaultValue = "5")
    double satisfactionMax;

    @Inject
    @ConfigProperty(name = "chm.adapters.rt.page-size", defaultValue = "50")
    int pageSize;

    @Inject
    @ConfigProperty(name = "chm.adapters.rt.requests-per-minute", defaultValue = "600")
    int requestsPerMinute;

    @Override
    public String kind() {
        return "rt";
    }

    @Override
    public String title() {
        return "Request Tracker 5";
    }

    /** RT has no rate limit of its own: this keeps a backfill from crowding out its agents. */
    @Override
    public int requestsPerMinute() {
        return Math.max(1, requestsPerMinute);
    }

    /** The scrip's default source: RT's {@code WebURL} without its trailing slash. */
    @Override
    public String sourceOf(URI baseUrl) {
        return withoutTrailingSlash(baseUrl.toString());
    }

    @Override
    public HistoryReader open(HistoryConnection connection, RequestPacing pacing) {
        RtRestApi api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(withoutTrailingSlash(connection.baseUrl().toString())))
                .connectTimeout(backfill.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(backfill.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                // Every answer is looked at by the reader; none becomes an exception.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(RtRestApi.class);
        RtSettings settings = new RtSettings(companyField, satisfactionField, satisfactionMin, satisfactionMax);
        return new RtHistoryReader(api, connection, settings, Math.min(100, Math.max(1, pageSize)), pacing);
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
