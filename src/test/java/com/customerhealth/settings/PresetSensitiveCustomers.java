package com.customerhealth.settings;

import com.customerhealth.scoring.Rating;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.browser.RemoteFixtures;
import java.util.List;

/**
 * Three scored customers of one company whose bands differ between the presets b2c-small and B2B, for
 * the settings tests: {@link #busy()} has 6 tickets in the window, poor under b2c-small (score 67,
 * average) and good under B2B (100, healthy); {@link #calm()} is healthy under both; {@link #unhappy()}
 * is average under both.
 */
record PresetSensitiveCustomers(String company, String busy, String calm, String unhappy) {

    /** Seeds the three customers and their company in {@code tenant}, and scores them. */
    static PresetSensitiveCustomers seed(RemoteFixtures fixtures, String tenant) {
        PresetSensitiveCustomers seeded = new PresetSensitiveCustomers(StoredFixtures.uniqueId("company"),
                StoredFixtures.uniqueId("busy"), StoredFixtures.uniqueId("calm"), StoredFixtures.uniqueId("unhappy"));
        fixtures.company(tenant, seeded.company, "Acme");
        seeded.all().forEach(customer -> fixtures.customer(tenant, customer, "Customer " + customer, seeded.company));
        for (int i = 0; i < 6; i++) {
            fixtures.ticket(tenant, StoredFixtures.uniqueId("t"), seeded.busy, seeded.company, 5 + i, 3, false, null);
        }
        fixtures.ticket(tenant, StoredFixtures.uniqueId("t"), seeded.calm, seeded.company, 3, 2, false, null);
        fixtures.ticket(tenant, StoredFixtures.uniqueId("t"), seeded.unhappy, seeded.company, 3, 9, true,
                new Rating(1, 1, 5));
        fixtures.score(tenant, seeded.all());
        return seeded;
    }

    List<String> all() {
        return List.of(busy, calm, unhappy);
    }
}
