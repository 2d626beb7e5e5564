-- V16 (PostgreSQL): an alert email in the outbox is about no learner.
ALTER TABLE mail_outbox ALTER COLUMN learner_id DROP NOT NULL;
ALTER TABLE mail_outbox ALTER COLUMN learner_reference DROP NOT NULL;
ALTER TABLE mail_outbox ALTER COLUMN bksb_username DROP NOT NULL;
