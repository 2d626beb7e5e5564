-- V4 (Derby): a centre's heat rules (settings.HeatRules): which learners the incremental run polls
-- every time. Existing centres get the defaults. No index: the rules are tested row by row while a
-- partition's learners are read in id order; the one table they probe (bksb_result) is reached by
-- ix_result_user (account, bksb user, completed).
ALTER TABLE bksb_settings ADD COLUMN heat_applicants SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE bksb_settings ADD COLUMN heat_starts SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE bksb_settings ADD COLUMN heat_start_weeks INTEGER DEFAULT 8 NOT NULL;
ALTER TABLE bksb_settings ADD COLUMN heat_accounts SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE bksb_settings ADD COLUMN heat_account_days INTEGER DEFAULT 14 NOT NULL;
ALTER TABLE bksb_settings ADD COLUMN heat_results SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE bksb_settings ADD COLUMN heat_result_days INTEGER DEFAULT 14 NOT NULL;
