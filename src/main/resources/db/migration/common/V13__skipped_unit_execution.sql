-- V13 (every database): a failed bksb account is recorded with the execution it failed in, so a
-- restart (after the keys were put right) tries the account again instead of skipping it for the
-- whole job instance. Rows recorded before have none and count for no execution.
ALTER TABLE import_skipped_row ADD COLUMN execution_id BIGINT;
