-- V1 (Derby): the schema as EclipseLink 4.0.9 generated it for every entity of
-- persistence.xml before migrations existed (create-or-extend-tables), statement for statement.
-- A database made that way has this schema and is baselined at version 1 instead of running it
-- (see org.bksbbridge.schema.Migrations). Never edit an applied migration: add the next one.

CREATE TABLE centre (id VARCHAR(32) NOT NULL, bksb_licensed SMALLINT DEFAULT 0 NOT NULL, name VARCHAR(200) NOT NULL, version BIGINT, PRIMARY KEY (id));
CREATE TABLE learner (ID BIGINT NOT NULL, bksb_user SMALLINT DEFAULT 0 NOT NULL, bksb_username VARCHAR(100), centre_id VARCHAR(32) NOT NULL, date_of_birth DATE, email VARCHAR(254), email_verified SMALLINT DEFAULT 0 NOT NULL, end_date DATE, first_name VARCHAR(100) NOT NULL, kind VARCHAR(16) NOT NULL, last_name VARCHAR(100) NOT NULL, reference VARCHAR(50) NOT NULL, start_date DATE, system_status VARCHAR(16) NOT NULL, updated_at TIMESTAMP NOT NULL, web_username VARCHAR(100), PRIMARY KEY (ID));
CREATE INDEX ix_learner_centre_name ON learner (centre_id, last_name, first_name, reference);
CREATE INDEX ix_learner_email ON learner (email, centre_id);
CREATE INDEX ix_learner_web_username ON learner (web_username);
CREATE TABLE import_skipped_row (ID BIGINT NOT NULL, job_instance_id BIGINT NOT NULL, reason VARCHAR(1000) NOT NULL, reference VARCHAR(100), row_no BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE bksb_call_log (ID BIGINT NOT NULL, attempt INTEGER NOT NULL, called_at TIMESTAMP NOT NULL, centre_id VARCHAR(32), duration_ms BIGINT NOT NULL, endpoint VARCHAR(200), error VARCHAR(500), execution_id BIGINT, method VARCHAR(8) NOT NULL, ok SMALLINT DEFAULT 0, path VARCHAR(1000) NOT NULL, status INTEGER NOT NULL, PRIMARY KEY (ID));
CREATE INDEX ix_bksb_call_centre_new ON bksb_call_log (centre_id, called_at DESC, id DESC);
CREATE INDEX ix_bksb_call_execution ON bksb_call_log (centre_id, execution_id, called_at DESC, id DESC);
CREATE INDEX ix_bksb_call_endpoint ON bksb_call_log (centre_id, endpoint, called_at DESC, id DESC);
CREATE INDEX ix_bksb_call_ok ON bksb_call_log (centre_id, ok, called_at DESC, id DESC);
CREATE INDEX ix_bksb_call_status ON bksb_call_log (centre_id, status, called_at DESC, id DESC);
CREATE INDEX ix_bksb_call_at ON bksb_call_log (called_at);
CREATE TABLE bksb_settings (centre_id VARCHAR(32) NOT NULL, access_key_id VARCHAR(100), api_url VARCHAR(500), applicant_tags CLOB(2147483647), auto_enrol_courses SMALLINT DEFAULT 0 NOT NULL, auto_send_login_details SMALLINT DEFAULT 0 NOT NULL, databridge_acknowledged SMALLINT DEFAULT 0 NOT NULL, default_password_sealed VARCHAR(1000), download_diagnostics SMALLINT DEFAULT 0 NOT NULL, enabled SMALLINT DEFAULT 0 NOT NULL, learner_tags CLOB(2147483647), link_button_url VARCHAR(500), log_sync_api_calls SMALLINT DEFAULT 0 NOT NULL, secret_sealed VARCHAR(1000), updated_at TIMESTAMP, updated_by VARCHAR(100), version BIGINT, PRIMARY KEY (centre_id));
CREATE TABLE bksb_account (ID BIGINT NOT NULL, access_key_id VARCHAR(100) NOT NULL, api_url VARCHAR(500) NOT NULL, complete_listing_started_at TIMESTAMP, users_synced_at TIMESTAMP, PRIMARY KEY (ID));
CREATE TABLE bksb_user (ID BIGINT NOT NULL, account_id BIGINT NOT NULL, bksb_user_id BIGINT NOT NULL, date_of_birth DATE, email VARCHAR(254), email_key VARCHAR(254), email_loose VARCHAR(254), first_name VARCHAR(100), gone SMALLINT DEFAULT 0 NOT NULL, last_name VARCHAR(100), last_seen_at TIMESTAMP, last_seen_run BIGINT NOT NULL, name_key VARCHAR(201), updated_at TIMESTAMP, username VARCHAR(200), username_key VARCHAR(200), PRIMARY KEY (ID));
CREATE INDEX ix_bksb_user_name ON bksb_user (account_id, username_key);
CREATE INDEX ix_bksb_user_email ON bksb_user (account_id, email_key);
CREATE INDEX ix_bksb_user_loose ON bksb_user (account_id, email_loose);
CREATE INDEX ix_bksb_user_person ON bksb_user (account_id, name_key, date_of_birth);
CREATE TABLE bksb_link (ID BIGINT NOT NULL, account_id BIGINT NOT NULL, bksb_user_id BIGINT NOT NULL, bksb_username VARCHAR(200), centre_id VARCHAR(32) NOT NULL, learner_id BIGINT NOT NULL, matched_at TIMESTAMP NOT NULL, matched_by VARCHAR(100), method VARCHAR(16) NOT NULL, results_checked_at TIMESTAMP, PRIMARY KEY (ID));
CREATE TABLE learner_tag (ID BIGINT NOT NULL, added_at TIMESTAMP NOT NULL, added_by VARCHAR(100), learner_id BIGINT NOT NULL, tag VARCHAR(50) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE job_counter (ID BIGINT NOT NULL, counter_value BIGINT NOT NULL, job_instance_id BIGINT NOT NULL, name VARCHAR(40) NOT NULL, partition_no INTEGER NOT NULL, PRIMARY KEY (ID));
CREATE TABLE bksb_result (ID BIGINT NOT NULL, account_id BIGINT NOT NULL, assessment_id VARCHAR(100), assessment_name VARCHAR(200), bksb_user_id BIGINT NOT NULL, completed_at TIMESTAMP NOT NULL, course_name VARCHAR(200), first_imported TIMESTAMP NOT NULL, last_updated TIMESTAMP NOT NULL, level VARCHAR(16) NOT NULL, percent INTEGER, raw_result VARCHAR(200), raw_subject VARCHAR(100), session_id BIGINT NOT NULL, subject VARCHAR(16) NOT NULL, type VARCHAR(16) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX ix_result_user ON bksb_result (account_id, bksb_user_id, completed_at);
CREATE INDEX ix_result_imported ON bksb_result (first_imported);
CREATE TABLE bksb_result_topic (ID BIGINT NOT NULL, out_of INTEGER, position INTEGER NOT NULL, result_id BIGINT NOT NULL, score INTEGER, status VARCHAR(8), topic VARCHAR(200) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE bksb_subject_tagged (ID BIGINT NOT NULL, learner_id BIGINT NOT NULL, subject VARCHAR(16) NOT NULL, tagged_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
CREATE TABLE sync_schedule (ID INTEGER NOT NULL, incremental_minutes INTEGER NOT NULL, nightly_at TIME, updated_at TIMESTAMP, updated_by VARCHAR(100), PRIMARY KEY (ID));
CREATE TABLE sync_schedule_claim (slot VARCHAR(60) NOT NULL, claimed_at TIMESTAMP NOT NULL, execution_id BIGINT, outcome VARCHAR(500), server VARCHAR(200) NOT NULL, PRIMARY KEY (slot));
CREATE TABLE sync_claim (account_id BIGINT NOT NULL, claimed_at TIMESTAMP NOT NULL, execution_id BIGINT NOT NULL, heartbeat_at TIMESTAMP NOT NULL, job_instance_id BIGINT NOT NULL, job_name VARCHAR(60) NOT NULL, PRIMARY KEY (account_id));
CREATE TABLE access_grant (centre_id VARCHAR(32) NOT NULL, grantee_kind VARCHAR(5) NOT NULL, grantee VARCHAR(256) NOT NULL, command VARCHAR(40) NOT NULL, granted_at TIMESTAMP NOT NULL, granted_by VARCHAR(256), PRIMARY KEY (centre_id, grantee_kind, grantee, command));
CREATE INDEX access_grant_grantee ON access_grant (grantee);
CREATE TABLE access_seed (id INTEGER NOT NULL, seeded_at TIMESTAMP NOT NULL, PRIMARY KEY (id));
CREATE TABLE job_run (execution_id BIGINT NOT NULL, batch_status VARCHAR(20) NOT NULL, centre_id VARCHAR(32), ended_at TIMESTAMP, exit_status VARCHAR(500), instance_id BIGINT NOT NULL, job_name VARCHAR(60) NOT NULL, since_param VARCHAR(64), started_at TIMESTAMP NOT NULL, started_by VARCHAR(256), PRIMARY KEY (execution_id));
CREATE INDEX job_run_started ON job_run (started_at);
CREATE INDEX job_run_centre ON job_run (centre_id);
CREATE INDEX job_run_instance ON job_run (instance_id);
CREATE TABLE bksb_pending_creation (ID BIGINT NOT NULL, account_id BIGINT NOT NULL, centre_id VARCHAR(32) NOT NULL, learner_id BIGINT NOT NULL, started_at TIMESTAMP NOT NULL, started_by VARCHAR(100), username VARCHAR(200) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE mail_outbox (ID BIGINT NOT NULL, attempts INTEGER NOT NULL, bksb_username VARCHAR(200) NOT NULL, centre_id VARCHAR(32) NOT NULL, created_at TIMESTAMP NOT NULL, last_attempt_at TIMESTAMP, learner_id BIGINT NOT NULL, learner_reference VARCHAR(50) NOT NULL, next_attempt_at TIMESTAMP, reason VARCHAR(1000), recipient VARCHAR(254) NOT NULL, sent_at TIMESTAMP, status VARCHAR(16) NOT NULL, subject VARCHAR(200) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX ix_outbox_next ON mail_outbox (next_attempt_at);
CREATE INDEX ix_outbox_centre ON mail_outbox (centre_id, id);
ALTER TABLE learner ADD CONSTRAINT uk_learner_ref_ce UNIQUE (reference, centre_id);
ALTER TABLE import_skipped_row ADD CONSTRAINT uk_skipped_instan UNIQUE (job_instance_id, row_no);
ALTER TABLE bksb_account ADD CONSTRAINT uk_bksb_account UNIQUE (access_key_id, api_url);
ALTER TABLE bksb_user ADD CONSTRAINT uk_bksb_user UNIQUE (bksb_user_id, account_id);
ALTER TABLE bksb_link ADD CONSTRAINT uk_link_user_cent UNIQUE (bksb_user_id, account_id, centre_id);
ALTER TABLE bksb_link ADD CONSTRAINT uk_link_learner UNIQUE (learner_id);
ALTER TABLE learner_tag ADD CONSTRAINT uk_learner_tag UNIQUE (learner_id, tag);
ALTER TABLE job_counter ADD CONSTRAINT uk_job_counter UNIQUE (job_instance_id, partition_no, name);
ALTER TABLE bksb_result ADD CONSTRAINT uk_result_session UNIQUE (session_id, account_id);
ALTER TABLE bksb_result_topic ADD CONSTRAINT uk_topic_position UNIQUE (result_id, position);
ALTER TABLE bksb_subject_tagged ADD CONSTRAINT uk_subject_tagged UNIQUE (learner_id, subject);
ALTER TABLE bksb_pending_creation ADD CONSTRAINT uk_pending_learner UNIQUE (learner_id);
CREATE TABLE id_sequence (SEQ_NAME VARCHAR(50) NOT NULL, SEQ_COUNT DECIMAL(15), PRIMARY KEY (SEQ_NAME));

-- The TABLE generators' rows (ids are handed out from id_sequence in blocks).
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('accountIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('bksbUserIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('callLogIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('counterIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('learnerIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('linkIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('outboxIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('pendingIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('resultIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('skippedRowIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('tagIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('taggedIds', 0);
INSERT INTO id_sequence(SEQ_NAME, SEQ_COUNT) values ('topicIds', 0);
