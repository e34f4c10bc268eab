-- Issue 21: an answer's confirmation mail is composed after the answer's transaction (which holds the summit's row
-- lock) has committed. The answer marks itself as due in that transaction; the transaction that composes the mail
-- clears the mark; a sweep composes any mark left by a failure or a crash in between.
ALTER TABLE rsvp ADD COLUMN confirmation_due BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_rsvp_confirmation_due ON rsvp (confirmation_due);
