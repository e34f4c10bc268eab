-- Summit follow-through: minutes the board approves (one section per agenda item, every save a kept
-- revision), action items with owners and due dates, the links owners close them with, and the agenda
-- item of a later summit that reviews the actions still open.

CREATE TABLE minutes (
    summit_id    BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    revision     INT          NOT NULL DEFAULT 0,
    vote_round   INT          NOT NULL DEFAULT 0,
    published_at DATETIME(6)  NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (summit_id),
    CONSTRAINT fk_minutes_summit FOREIGN KEY (summit_id) REFERENCES summit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per save; the sections of that revision are in minutes_section.
CREATE TABLE minutes_revision (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    summit_id BIGINT       NOT NULL,
    revision  INT          NOT NULL,
    saved_by  VARCHAR(254) NOT NULL,
    saved_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_minutes_revision (summit_id, revision),
    CONSTRAINT fk_minutes_revision_minutes FOREIGN KEY (summit_id) REFERENCES minutes (summit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE minutes_section (
    id             BIGINT  NOT NULL AUTO_INCREMENT,
    summit_id      BIGINT  NOT NULL,
    revision       INT     NOT NULL,
    agenda_item_id BIGINT  NOT NULL,
    notes          TEXT    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_minutes_section (summit_id, revision, agenda_item_id),
    CONSTRAINT fk_minutes_section_minutes FOREIGN KEY (summit_id) REFERENCES minutes (summit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE action_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    summit_id       BIGINT        NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    owner_member_id BIGINT        NOT NULL,
    due_on          DATE          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    note            VARCHAR(2000) NULL,
    created_by      VARCHAR(254)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    closed_at       DATETIME(6)   NULL,
    closed_on       DATE          NULL,
    reminded_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_action_item_status (status, due_on),
    KEY ix_action_item_owner (owner_member_id),
    CONSTRAINT fk_action_item_summit FOREIGN KEY (summit_id) REFERENCES summit (id),
    CONSTRAINT fk_action_item_owner FOREIGN KEY (owner_member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Links in mails that let an owner close their action without signing in (stored as hashes, like rsvp_token).
CREATE TABLE action_token (
    token_hash     CHAR(64)    NOT NULL,
    action_item_id BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_action_token_item FOREIGN KEY (action_item_id) REFERENCES action_item (id),
    CONSTRAINT fk_action_token_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The "review of open actions" item that opens a later summit's agenda. Sections and review items name
-- agenda items without a foreign key: an item the secretariat removes stays in the kept revisions.
CREATE TABLE action_review_item (
    summit_id      BIGINT NOT NULL,
    agenda_item_id BIGINT NOT NULL,
    PRIMARY KEY (summit_id),
    UNIQUE KEY uk_action_review_item (agenda_item_id),
    CONSTRAINT fk_action_review_summit FOREIGN KEY (summit_id) REFERENCES summit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
