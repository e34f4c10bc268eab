-- Summits: the cadence of the partnership. Agendas the board approves, invitations with RSVP links
-- (tokens stored only as hashes), capacity with a waitlist, reminders, and the check-in on the day.

CREATE TABLE summit (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    title             VARCHAR(200)  NOT NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    venue             VARCHAR(300)  NOT NULL,
    capacity          INT           NOT NULL,
    rsvp_deadline     DATETIME(6)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    cancel_reason     VARCHAR(1000) NULL,
    ics_sequence      INT           NOT NULL DEFAULT 0,
    agenda_status     VARCHAR(20)   NOT NULL,
    agenda_round      INT           NOT NULL DEFAULT 0,
    published_once    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_summit_starts (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE agenda_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    summit_id   BIGINT        NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    topic       VARCHAR(100)  NOT NULL,
    presenter   VARCHAR(200)  NULL,
    minutes     INT           NOT NULL,
    position    INT           NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    sharing     VARCHAR(20)   NULL,
    proposed_by VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_agenda_item_summit (summit_id),
    CONSTRAINT fk_agenda_item_summit FOREIGN KEY (summit_id) REFERENCES summit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE agenda_vote (
    summit_id        BIGINT        NOT NULL,
    agenda_round     INT           NOT NULL,
    voter_account_id BIGINT        NOT NULL,
    decision         VARCHAR(10)   NOT NULL,
    comment          VARCHAR(2000) NULL,
    cast_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (summit_id, agenda_round, voter_account_id),
    CONSTRAINT fk_agenda_vote_summit FOREIGN KEY (summit_id) REFERENCES summit (id),
    CONSTRAINT fk_agenda_vote_account FOREIGN KEY (voter_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rsvp (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    summit_id         BIGINT       NOT NULL,
    member_id         BIGINT       NOT NULL,
    response          VARCHAR(10)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    waitlist_position BIGINT       NULL,
    answered_by       VARCHAR(254) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rsvp_summit_member (summit_id, member_id),
    KEY ix_rsvp_status (summit_id, status),
    CONSTRAINT fk_rsvp_summit FOREIGN KEY (summit_id) REFERENCES summit (id),
    CONSTRAINT fk_rsvp_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rsvp_token (
    token_hash CHAR(64)    NOT NULL,
    summit_id  BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_rsvp_token_summit FOREIGN KEY (summit_id) REFERENCES summit (id),
    CONSTRAINT fk_rsvp_token_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE attendance (
    summit_id     BIGINT       NOT NULL,
    member_id     BIGINT       NOT NULL,
    checked_in_at DATETIME(6)  NOT NULL,
    checked_in_by VARCHAR(254) NOT NULL,
    PRIMARY KEY (summit_id, member_id),
    CONSTRAINT fk_attendance_summit FOREIGN KEY (summit_id) REFERENCES summit (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per reminder sent for a summit at a given start time: a moved summit gets new reminders,
-- and two instances never send the same reminder (the insert of the row decides).
CREATE TABLE summit_reminder (
    summit_id BIGINT      NOT NULL,
    label     VARCHAR(20) NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (summit_id, label, starts_at),
    CONSTRAINT fk_reminder_summit FOREIGN KEY (summit_id) REFERENCES summit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
