-- V12 (every database): when the schedule first ran on this database, written once. A nightly run
-- whose time came before it was never missed, so it is not caught up: a new database started at
-- 03:00 would otherwise start "last night's" run at its first minute. A database upgraded to this
-- version takes its first start (the default grants' marker, written then), so a nightly run missed
-- while it was being upgraded is still caught up.
CREATE TABLE sync_schedule_origin (id INTEGER NOT NULL, first_started_at TIMESTAMP NOT NULL, PRIMARY KEY (id));
INSERT INTO sync_schedule_origin (id, first_started_at) SELECT 1, seeded_at FROM access_seed WHERE id = 1;
