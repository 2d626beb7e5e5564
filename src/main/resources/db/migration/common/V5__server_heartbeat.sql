-- V5 (every database): one row per server sharing the database, its last sign of life moved on
-- while it runs, so executions a dead server left running are found and failed by a live one;
-- and a stop asked on one server for a run on another, which that server carries out.
CREATE TABLE server_heartbeat (server VARCHAR(200) NOT NULL, last_seen TIMESTAMP NOT NULL, started_at TIMESTAMP NOT NULL, PRIMARY KEY (server));
ALTER TABLE job_run ADD COLUMN stop_requested_at TIMESTAMP;
