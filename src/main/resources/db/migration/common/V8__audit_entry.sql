-- V8 (every database): the staff audit trail, append-only (org.bksbbridge.audit): who did what to
-- which centre's learner, when, from which client address and through what. Never a secret or a
-- sign-in link. Read per centre, newest first, alone or by action.
CREATE TABLE audit_entry (id BIGINT NOT NULL, recorded_at TIMESTAMP NOT NULL, actor VARCHAR(256) NOT NULL, client_address VARCHAR(64), via VARCHAR(100), action VARCHAR(40) NOT NULL, centre_id VARCHAR(32), learner_reference VARCHAR(50), bksb_user_id BIGINT, field_name VARCHAR(64), old_value VARCHAR(200), new_value VARCHAR(200), PRIMARY KEY (id));
CREATE INDEX ix_audit_centre_at ON audit_entry (centre_id, recorded_at DESC, id DESC);
CREATE INDEX ix_audit_centre_action ON audit_entry (centre_id, action, recorded_at DESC, id DESC);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('auditIds', 0);
