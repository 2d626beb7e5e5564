-- V20 (every database): a webhook's due deliveries (a batch's candidates) read along an index of
-- that webhook's due times, not along all of its deliveries: after a bulk run of 540,000 events,
-- reading them by (webhook_id, event_id) cost a core (the 100,000-learner benchmark).
CREATE INDEX ix_delivery_webhook_due ON webhook_delivery (webhook_id, next_attempt_at);
