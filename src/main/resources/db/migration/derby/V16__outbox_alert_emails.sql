-- V16 (Derby): an alert email in the outbox is about no learner.
ALTER TABLE mail_outbox ALTER COLUMN learner_id NULL;
ALTER TABLE mail_outbox ALTER COLUMN learner_reference NULL;
ALTER TABLE mail_outbox ALTER COLUMN bksb_username NULL;
