-- Issue 19: urgent alerts, their acknowledgements, and the organisations' resources for the day.

-- The outbox claims by priority, then in order of arrival: 1 = an urgent alert, ahead of everything queued;
-- 3 = every other notice (the X-Priority convention: 1 highest, 3 normal). The index lets the relay's claim
-- (ORDER BY priority, id ... FOR UPDATE SKIP LOCKED) walk the outbox in that order and stop at its batch size.
ALTER TABLE notice ADD COLUMN priority INT NOT NULL DEFAULT 3;
CREATE INDEX ix_notice_priority ON notice (priority, id);

-- An urgent alert (or a drill) as sent: the label decides what leaves the portal (SharingPolicy).
-- second_mail_at: when those who have not acknowledged get the second mail; second_mail_sent_at is set by the one
-- instance that sends it (an UPDATE ... WHERE second_mail_sent_at IS NULL is the claim).
CREATE TABLE alert (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    title               VARCHAR(200)  NOT NULL,
    body                TEXT          NOT NULL,
    sharing             VARCHAR(30)   NOT NULL,
    audience            VARCHAR(20)   NOT NULL,
    drill               BOOLEAN       NOT NULL,
    sent_by             VARCHAR(254)  NOT NULL,
    sent_at             DATETIME(6)   NOT NULL,
    recipients          INT           NOT NULL,
    second_mail_at      DATETIME(6)   NOT NULL,
    second_mail_sent_at DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_alert_second_mail (second_mail_sent_at, second_mail_at),
    KEY ix_alert_drill (drill, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per member the alert went to, with their answer.
CREATE TABLE alert_recipient (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    alert_id        BIGINT       NOT NULL,
    member_id       BIGINT       NOT NULL,
    response        VARCHAR(20)  NULL,
    acknowledged_at DATETIME(6)  NULL,
    answered_at     DATETIME(6)  NULL,
    second_mail     BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_alert_recipient (alert_id, member_id),
    CONSTRAINT fk_alert_recipient_alert FOREIGN KEY (alert_id) REFERENCES alert (id),
    CONSTRAINT fk_alert_recipient_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The acknowledgement links (/alert/{token}): only the SHA-256 of each random token is stored, with the recipient
-- row it names, so an answer through a link is always that member's own. The first mail and the second mail each
-- carry their own link; both stay valid.
CREATE TABLE alert_link (
    token_hash   CHAR(64)    NOT NULL,
    recipient_id BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_alert_link_recipient FOREIGN KEY (recipient_id) REFERENCES alert_recipient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What an organisation can offer on the day of an incident (a command post site, parking, cameras ...).
CREATE TABLE organization_resource (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    location        VARCHAR(300)  NULL,
    contact         VARCHAR(300)  NULL,
    position        INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_organization_resource_org (organization_id, position),
    KEY ix_organization_resource_kind (kind),
    CONSTRAINT fk_organization_resource_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- When an organisation's list was last changed and last confirmed (by a member's yearly contact confirmation,
-- or by saving it), and by whom.
CREATE TABLE organization_resource_list (
    organization_id BIGINT       NOT NULL,
    updated_at      DATETIME(6)  NULL,
    updated_by      VARCHAR(254) NULL,
    confirmed_at    DATETIME(6)  NULL,
    confirmed_by    VARCHAR(254) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id),
    CONSTRAINT fk_organization_resource_list_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
