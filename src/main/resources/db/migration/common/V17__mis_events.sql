-- V17 (every database): events for the MIS (org.bksbbridge.events). Each change an MIS cares about
-- is a row written in the change's own transaction; the sequencer gives committed rows their
-- feed position in commit order (one row of mis_event_sequence, locked while it does), and the
-- feed pages a centre's events by position. purged_through: the highest position retention has
-- deleted, below which a cursor is too old (410).
CREATE TABLE mis_event (id BIGINT NOT NULL, feed_position BIGINT, centre_id VARCHAR(32) NOT NULL, event_type VARCHAR(40) NOT NULL, learner_reference VARCHAR(50), occurred_at TIMESTAMP NOT NULL, payload VARCHAR(4000) NOT NULL, PRIMARY KEY (id));
CREATE INDEX ix_mis_event_feed ON mis_event (centre_id, feed_position);
CREATE INDEX ix_mis_event_position ON mis_event (feed_position, id);
CREATE INDEX ix_mis_event_occurred ON mis_event (occurred_at);
CREATE TABLE mis_event_sequence (id VARCHAR(16) NOT NULL, next_position BIGINT NOT NULL, purged_through BIGINT NOT NULL, PRIMARY KEY (id));
INSERT INTO mis_event_sequence (id, next_position, purged_through) VALUES ('feed', 1, 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('misEventIds', 0);
