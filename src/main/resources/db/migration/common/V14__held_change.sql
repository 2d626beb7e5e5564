-- V14 (every database): changes a job held for a person's approval (org.bksbbridge.jobs.HeldChangeRepository)
-- instead of applying them: today users a listing would mark gone from bksb in bulk. What the change
-- is stands in the row (the account, the listing's start as cutoff, how many of how many, a sample of
-- names); approving applies it then, to the users still unseen since the cutoff.
CREATE TABLE held_change (id BIGINT NOT NULL, kind VARCHAR(40) NOT NULL, job_name VARCHAR(128) NOT NULL, execution_id BIGINT NOT NULL, instance_id BIGINT NOT NULL, account_id BIGINT NOT NULL, centre_ids VARCHAR(2000) NOT NULL, affected INTEGER NOT NULL, total INTEGER NOT NULL, cutoff TIMESTAMP NOT NULL, sample VARCHAR(1000), status VARCHAR(20) NOT NULL, held_at TIMESTAMP NOT NULL, decided_by VARCHAR(256), decided_at TIMESTAMP, applied INTEGER, PRIMARY KEY (id));
CREATE INDEX ix_held_change_execution ON held_change (execution_id);
CREATE INDEX ix_held_change_status ON held_change (status, kind, account_id);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('heldChangeIds', 0);
