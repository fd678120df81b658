package com.customerhealth.health;

/**
 * A message for the open pages of one tenant on the change stream ({@code GET api/v1/health/changes}),
 * fired as a CDI event once what it tells is committed: the stream sends it to that tenant's followers as
 * an event named {@code name} whose data is {@code json}. How a feature that the stream's owner does not
 * know, such as the alerts, tells open pages what happened without either importing the other.
 *
 * @param tenantId the tenant whose followers hear of it; no other tenant's do
 * @param name     the server-sent event's name, such as {@code alert}
 * @param json     its data, one JSON value on one line
 */
public record ChangeStreamMessage(String tenantId, String name, String json) {
}
