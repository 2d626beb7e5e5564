-- V18 (every database): webhooks (org.bksbbridge.webhooks). A centre's subscriptions to its events,
-- with their signing secret sealed like the bksb secret, and how far the feed has been fanned out
-- to them; one delivery row per event and webhook, the log of its attempts (no bodies: a body is
-- made from its event when sent).
CREATE TABLE webhook (id BIGINT NOT NULL, centre_id VARCHAR(32) NOT NULL, url VARCHAR(1000) NOT NULL, event_types VARCHAR(400) NOT NULL, secret_sealed VARCHAR(500) NOT NULL, status VARCHAR(16) NOT NULL, created_at TIMESTAMP NOT NULL, created_by VARCHAR(256), fanned_through BIGINT NOT NULL, failing_since TIMESTAMP, status_reason VARCHAR(500), PRIMARY KEY (id));
CREATE INDEX ix_webhook_centre ON webhook (centre_id, id);
CREATE TABLE webhook_delivery (id BIGINT NOT NULL, webhook_id BIGINT NOT NULL, event_id BIGINT NOT NULL, event_type VARCHAR(40) NOT NULL, status VARCHAR(16) NOT NULL, attempts INTEGER NOT NULL, created_at TIMESTAMP NOT NULL, next_attempt_at TIMESTAMP, last_attempt_at TIMESTAMP, last_status INTEGER, last_error VARCHAR(500), PRIMARY KEY (id), CONSTRAINT uk_delivery_event UNIQUE (webhook_id, event_id));
CREATE INDEX ix_delivery_due ON webhook_delivery (next_attempt_at);
CREATE INDEX ix_delivery_created ON webhook_delivery (created_at);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('webhookIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('webhookDeliveryIds', 0);
