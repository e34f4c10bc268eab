-- A survey counts as issued only to those it was sent to (issue 15, finding 7). A summit's survey goes to the
-- summit's attendees only, yet compliance counted every survey closing in a period against every member. The
-- invitation now records each member it was issued to; compliance and reminders read this table.
CREATE TABLE survey_recipient (
    survey_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (survey_id, member_id),
    KEY ix_survey_recipient_member (member_id),
    CONSTRAINT fk_survey_recipient_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_recipient_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Surveys invited before this migration: the invitation went to the attendees of the survey's summit if any had
-- been checked in, else to every member (whether a member belonged when it opened is judged from the membership
-- dates, as before). Where attendance was recorded only after the invitation, this counts the attendees only.
INSERT INTO survey_recipient (survey_id, member_id)
SELECT s.id, a.member_id FROM survey s JOIN attendance a ON a.summit_id = s.summit_id
WHERE s.invited_at IS NOT NULL;

INSERT INTO survey_recipient (survey_id, member_id)
SELECT s.id, m.id FROM survey s CROSS JOIN member m
WHERE s.invited_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.summit_id = s.summit_id);
