-- Partnership health: the yearly self-assessment worksheet, contact freshness (confirmation links, one
-- request per member and due date) and addresses the mail server refused for good.

-- One worksheet per year; the answers are a JSON object {questionKey: text}.
CREATE TABLE health_worksheet (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    for_year    INT          NOT NULL,
    answers     TEXT         NOT NULL,
    updated_by  VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_health_worksheet_year (for_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Links in the yearly "please confirm your details" mail; only the SHA-256 of the token is stored.
CREATE TABLE contact_token (
    token_hash CHAR(64)    NOT NULL,
    member_id  BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_contact_token_member (member_id),
    CONSTRAINT fk_contact_token_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per member and due date: the insert decides, so two instances never both ask.
CREATE TABLE contact_request (
    member_id    BIGINT      NOT NULL,
    due_on       DATE        NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, due_on),
    CONSTRAINT fk_contact_request_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Addresses the mail server rejected permanently (5xx) when a notice was sent; a later successful send
-- to the same address removes the row.
CREATE TABLE mail_bounce (
    email      VARCHAR(254)  NOT NULL,
    notice_id  BIGINT        NULL,
    reason     VARCHAR(2000) NOT NULL,
    bounced_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
