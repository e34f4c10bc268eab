-- Notices: the transactional outbox. A notice is stored, fully rendered, in the transaction of the
-- decision that caused it; the relay claims due notices with row locks (FOR UPDATE SKIP LOCKED),
-- sends them with their stable Message-ID and records the outcome.

CREATE TABLE notice (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(40)  NOT NULL,
    recipient_email  VARCHAR(254) NOT NULL,
    recipient_name   VARCHAR(200) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body_text        TEXT         NOT NULL,
    body_html        TEXT         NOT NULL,
    calendar         TEXT         NULL,
    calendar_method  VARCHAR(20)  NULL,
    unsubscribe_url  VARCHAR(1000) NULL,
    message_id       VARCHAR(300) NOT NULL,
    subject_type     VARCHAR(60)  NULL,
    subject_id       BIGINT       NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    claimed_by       VARCHAR(100) NULL,
    claimed_until    DATETIME(6)  NULL,
    last_error       VARCHAR(2000) NULL,
    created_at       DATETIME(6)  NOT NULL,
    sent_at          DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notice_message_id (message_id),
    KEY ix_notice_due (status, next_attempt_at),
    KEY ix_notice_recipient (recipient_email),
    KEY ix_notice_kind (kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Optional notices a person switched off (governance notices cannot be switched off).
CREATE TABLE notice_opt_out (
    email      VARCHAR(254) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (email, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One-click unsubscribe links (RFC 8058): only the SHA-256 of the random token is stored.
CREATE TABLE unsubscribe_link (
    token_hash CHAR(64)     NOT NULL,
    email      VARCHAR(254) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
