-- V6 (every database): matching reads the bksb users of a page of learners with IN lists of email
-- keys and of user name keys. Derby probes an index with an IN list only on its first column: with
-- account_id first it would scan every user of the account for each page. The single look-ups
-- (account and key) use the reordered indexes as well as before (as V3 did for loose emails).
DROP INDEX ix_bksb_user_email;
CREATE INDEX ix_bksb_user_email ON bksb_user (email_key, account_id);
DROP INDEX ix_bksb_user_name;
CREATE INDEX ix_bksb_user_name ON bksb_user (username_key, account_id);
