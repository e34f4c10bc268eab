-- One ballot for every board decision: the votes on applications, agendas and status proposals move from
-- three identical tables into board_vote. One row per question (kind, subject, round) and voter; a changed
-- vote updates its row. subject_round is the agenda's round (0 for the other kinds). The subject is named
-- by kind and id, so there is no foreign key to it; the voter keeps one.

CREATE TABLE board_vote (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    subject_kind     VARCHAR(20)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    subject_round    INT           NOT NULL DEFAULT 0,
    voter_account_id BIGINT        NOT NULL,
    decision         VARCHAR(10)   NOT NULL,
    comment          VARCHAR(2000) NULL,
    cast_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_board_vote_question_voter (subject_kind, subject_id, subject_round, voter_account_id),
    CONSTRAINT fk_board_vote_account FOREIGN KEY (voter_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO board_vote (subject_kind, subject_id, subject_round, voter_account_id, decision, comment, cast_at)
SELECT 'APPLICATION', application_id, 0, voter_account_id, decision, comment, cast_at
FROM application_vote ORDER BY cast_at, application_id, voter_account_id;

INSERT INTO board_vote (subject_kind, subject_id, subject_round, voter_account_id, decision, comment, cast_at)
SELECT 'AGENDA', summit_id, agenda_round, voter_account_id, decision, comment, cast_at
FROM agenda_vote ORDER BY cast_at, summit_id, agenda_round, voter_account_id;

INSERT INTO board_vote (subject_kind, subject_id, subject_round, voter_account_id, decision, comment, cast_at)
SELECT 'STATUS_PROPOSAL', proposal_id, 0, voter_account_id, decision, comment, cast_at
FROM status_proposal_vote ORDER BY cast_at, proposal_id, voter_account_id;

DROP TABLE application_vote;
DROP TABLE agenda_vote;
DROP TABLE status_proposal_vote;
