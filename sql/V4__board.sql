-- The Executive Board: typed seats with holder, alternate and term; the history of who held each seat;
-- the chair rotation's terms (started ones are history, later ones the current plan).

CREATE TABLE board_seat (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    seat_type            VARCHAR(60) NOT NULL,
    position             INT         NOT NULL,
    holder_member_id     BIGINT      NULL,
    alternate_member_id  BIGINT      NULL,
    holder_since         DATE        NULL,
    term_start           DATE        NULL,
    term_end             DATE        NULL,
    vacant_since         DATE        NULL,
    term_notice_sent_for DATE        NULL,
    updated_at           DATETIME(6) NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_board_seat_position (position),
    UNIQUE KEY uk_board_seat_holder (holder_member_id),
    CONSTRAINT fk_seat_holder FOREIGN KEY (holder_member_id) REFERENCES member (id),
    CONSTRAINT fk_seat_alternate FOREIGN KEY (alternate_member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE seat_tenure (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    seat_id     BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    term_start  DATE          NOT NULL,
    term_end    DATE          NOT NULL,
    ended_on    DATE          NULL,
    end_reason  VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_tenure_member (member_id),
    CONSTRAINT fk_tenure_seat FOREIGN KEY (seat_id) REFERENCES board_seat (id),
    CONSTRAINT fk_tenure_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE chair_term (
    id                 BIGINT  NOT NULL AUTO_INCREMENT,
    member_id          BIGINT  NOT NULL,
    seat_id            BIGINT  NOT NULL,
    starts_on          DATE    NOT NULL,
    ends_on            DATE    NOT NULL,
    handover_notified  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_chair_term_start (starts_on),
    CONSTRAINT fk_chair_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_chair_seat FOREIGN KEY (seat_id) REFERENCES board_seat (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
