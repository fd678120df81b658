package com.customerhealth.health;

import com.customerhealth.directory.Customer;
import com.customerhealth.scoring.Health;
import java.time.Instant;
import java.util.List;

/**
 * A customer's health as the API answers it.
 *
 * @param id         the helpdesk's id of the customer
 * @param name       the name to show; the id when the helpdesk has not told one
 * @param score      0 to 100; {@code null} when no enabled parameter has data
 * @param band       {@code healthy}, {@code average}, {@code poor} or {@code no_data}
 * @param parameters every parameter, enabled or not, with its value and band
 * @param lastChange why the score last changed; {@code null} before the first score
 * @param computedAt when the score was last computed; {@code null} before the first score
 * @param delta7     the score now minus the score 7 days ago; {@code null} when either is missing
 * @param delta30    the score now minus the score 30 days ago; {@code null} when either is missing
 */
public record CustomerHealthView(String id, String name, Integer score, String band, List<ParameterView> parameters,
                                 LastChangeView lastChange, Instant computedAt, Integer delta7, Integer delta30) {

    static CustomerHealthView of(Customer customer, CustomerHealth health) {
        if (health == null) {
            return new CustomerHealthView(customer.id(), customer.displayName(), null, Health.NO_DATA.key(), List.of(),
                    null, null, null, null);
        }
        return new CustomerHealthView(customer.id(), customer.displayName(), health.score(), health.health().key(),
                health.parameters().stream().map(ParameterView::of).toList(), LastChangeView.of(health.lastChange()),
                health.computedAt(), health.delta7(), health.delta30());
    }
}
