/**
 * Webhooks: a centre's subscriptions to its events for the MIS, delivered as the Standard Webhooks
 * specification says (signed with the webhook's secret, sealed at rest and shown once). Each active
 * webhook's deliveries are made from the event feed, one per event, and attempted by {@code
 * WebhookRounds} on every server (each delivery claimed first, so sent once), retried on a schedule
 * from 5 seconds to 24 hours, and the webhook disabled with an alert after 3 days of failures.
 * {@code WebhookRepository} and {@code WebhookDeliveryRepository} alone query their tables.
 */
package org.bksbbridge.webhooks;
