-- V19 (every database): a webhook may take its events in batches (up to batch_max a request; 1:
-- one event a request).
ALTER TABLE webhook ADD COLUMN batch_max INTEGER DEFAULT 1 NOT NULL;
