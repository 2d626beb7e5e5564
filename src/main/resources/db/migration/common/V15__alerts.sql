-- V15 (every database): alerts (org.bksbbridge.alerts): what went wrong for a centre and needs a
-- person, open until resolved, emailed through the outbox to the centre's alert addresses at most
-- once per centre and kind in the quiet period (the events meanwhile counted in unsent).
CREATE TABLE alert (id BIGINT NOT NULL, centre_id VARCHAR(32) NOT NULL, kind VARCHAR(40) NOT NULL, status VARCHAR(16) NOT NULL, detail VARCHAR(2000) NOT NULL, first_at TIMESTAMP NOT NULL, last_at TIMESTAMP NOT NULL, occurrences INTEGER NOT NULL, unsent INTEGER NOT NULL, emailed_at TIMESTAMP, resolved_at TIMESTAMP, resolved_by VARCHAR(256), PRIMARY KEY (id));
CREATE INDEX ix_alert_centre ON alert (centre_id, status, kind);
CREATE INDEX ix_alert_status ON alert (status, emailed_at);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('alertIds', 0);
ALTER TABLE bksb_settings ADD COLUMN alert_emails VARCHAR(2000);
ALTER TABLE mail_outbox ADD COLUMN alert_id BIGINT;
