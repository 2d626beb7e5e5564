-- V2 (every database): the server that ran a job, so executions a dead server left STARTED can be
-- told from those a live one still runs. Nullable: runs recorded before it have none.
ALTER TABLE job_run ADD COLUMN server VARCHAR(200);
