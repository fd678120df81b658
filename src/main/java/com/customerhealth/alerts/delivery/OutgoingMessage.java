package com.customerhealth.alerts.delivery;

/**
 * A message as it will be sent: a CloudEvent in structured JSON.
 *
 * @param id      the event's id, the same for every subscription and every attempt, so a receiver can drop a
 *                message it already took
 * @param type    the event's type, such as {@code com.customerhealth.alert.raised}
 * @param alertId the alert it tells of, or none (a test event)
 * @param payload the event as JSON text
 */
public record OutgoingMessage(String id, String type, String alertId, String payload) {
}
