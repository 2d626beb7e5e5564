-- V9 (every database): one restart of a run at a time, on any server (the caller whose update
-- claims it restarts it, and the execution it became is kept), and one bksb account creation per
-- email in a bksb account at a time (the pending creation keeps its email under a unique key).
ALTER TABLE job_run ADD COLUMN restart_claimed_at TIMESTAMP;
ALTER TABLE job_run ADD COLUMN restarted_as BIGINT;
ALTER TABLE bksb_pending_creation ADD COLUMN email_key VARCHAR(254);
ALTER TABLE bksb_pending_creation ADD CONSTRAINT uk_pending_email UNIQUE (account_id, email_key);
