-- Issue 17, alternates who act for a seat: a holder's leave (seat_absence), the history of who acted for a seat
-- and why (seat_acting), and one vote per seat: each board vote names the seat it was cast for (board_vote.seat_id).

CREATE TABLE seat_absence (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    seat_id     BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    reason      VARCHAR(200) NULL,
    recorded_by VARCHAR(320) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    -- a leave within the chair's term hands the chair to the vice-chair for its days: announced once each way
    chair_handover_sent BOOLEAN NOT NULL DEFAULT FALSE,
    chair_return_sent   BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY ix_seat_absence_seat (seat_id, starts_on),
    CONSTRAINT fk_absence_seat FOREIGN KEY (seat_id) REFERENCES board_seat (id),
    CONSTRAINT fk_absence_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per period someone acted for a seat instead of a holder: from started_on, up to and excluding ended_on
-- (NULL while it lasts). why: VACANT (no holder) or ABSENT (the holder on leave).
CREATE TABLE seat_acting (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    seat_id    BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    why        VARCHAR(10) NOT NULL,
    started_on DATE        NOT NULL,
    ended_on   DATE        NULL,
    PRIMARY KEY (id),
    KEY ix_seat_acting_seat (seat_id, started_on),
    CONSTRAINT fk_acting_seat FOREIGN KEY (seat_id) REFERENCES board_seat (id),
    CONSTRAINT fk_acting_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Alternates acting for a vacant seat today: their acting period starts on the day the seat fell vacant.
INSERT INTO seat_acting (seat_id, member_id, why, started_on, ended_on)
SELECT s.id, s.alternate_member_id, 'VACANT', COALESCE(s.vacant_since, CAST(s.updated_at AS DATE)), NULL
FROM board_seat s WHERE s.holder_member_id IS NULL AND s.alternate_member_id IS NOT NULL;

-- One vote per seat: the seat a vote was cast for. An account may vote for two seats (a holder who is also the
-- acting alternate of another), so the one-row-per-voter key gives way to one row per question and seat.
ALTER TABLE board_vote ADD COLUMN seat_id BIGINT NULL;
ALTER TABLE board_vote DROP INDEX uk_board_vote_question_voter;

-- Existing votes keep counting: the seat the voter held on the day of the vote (their tenure), else the seat they
-- hold now, else the vacant seat they act for as its alternate. A vote none of these finds keeps seat_id NULL and
-- counts, as before, for the seat its voter may vote for at the time of the count (Ballot), unless that seat has a
-- vote of its own.
UPDATE board_vote SET seat_id = (
    SELECT MIN(t.seat_id) FROM seat_tenure t JOIN member m ON m.id = t.member_id
    WHERE m.account_id = board_vote.voter_account_id
      AND t.term_start <= CAST(board_vote.cast_at AS DATE)
      AND CAST(board_vote.cast_at AS DATE) <= COALESCE(t.ended_on, t.term_end));
UPDATE board_vote SET seat_id = (
    SELECT MIN(s.id) FROM board_seat s JOIN member m ON m.id = s.holder_member_id
    WHERE m.account_id = board_vote.voter_account_id) WHERE seat_id IS NULL;
UPDATE board_vote SET seat_id = (
    SELECT MIN(s.id) FROM board_seat s JOIN member m ON m.id = s.alternate_member_id
    WHERE s.holder_member_id IS NULL AND m.account_id = board_vote.voter_account_id) WHERE seat_id IS NULL;

-- Two kept votes found for one seat on one question (a former holder's and the next one's): the later is the seat's
-- vote; the earlier keeps no seat (it is kept, and counts only for the seat its voter speaks for at the count, if
-- that seat has no vote of its own).
UPDATE board_vote SET seat_id = NULL WHERE id IN (SELECT id FROM (
    SELECT older.id FROM board_vote older JOIN board_vote newer
      ON newer.subject_kind = older.subject_kind AND newer.subject_id = older.subject_id
     AND newer.subject_round = older.subject_round AND newer.seat_id = older.seat_id
     AND (newer.cast_at > older.cast_at OR (newer.cast_at = older.cast_at AND newer.id > older.id))) duplicate);
CREATE UNIQUE INDEX uk_board_vote_question_seat ON board_vote (subject_kind, subject_id, subject_round, seat_id);
