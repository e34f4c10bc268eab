-- Member obligations (bylaws section 2): periods closed once, each member's standing at the close,
-- excuses, status-change proposals the board votes on, and informal surveys.

-- A reinstated member is judged like one who joined that day; a delegate's check-in counts only if the
-- bylaws say so.
ALTER TABLE member ADD COLUMN reinstated_on DATE NULL;
ALTER TABLE attendance ADD COLUMN by_delegate BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per closed period: the insert is the claim, so two instances never close a period twice.
CREATE TABLE compliance_period (
    period         VARCHAR(10)  NOT NULL,
    bylaws_version INT          NOT NULL,
    closed_at      DATETIME(6)  NOT NULL,
    closed_by      VARCHAR(254) NOT NULL,
    PRIMARY KEY (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE compliance_result (
    period      VARCHAR(10)   NOT NULL,
    member_id   BIGINT        NOT NULL,
    fell_short  BOOLEAN       NOT NULL,
    reasons     TEXT          NOT NULL,
    PRIMARY KEY (period, member_id),
    CONSTRAINT fk_compliance_result_period FOREIGN KEY (period) REFERENCES compliance_period (period),
    CONSTRAINT fk_compliance_result_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE compliance_excuse (
    period      VARCHAR(10)   NOT NULL,
    member_id   BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    excused_by  VARCHAR(254)  NOT NULL,
    excused_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (period, member_id),
    CONSTRAINT fk_compliance_excuse_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_proposal (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    member_id    BIGINT        NOT NULL,
    period       VARCHAR(10)   NOT NULL,
    from_status  VARCHAR(20)   NOT NULL,
    to_status    VARCHAR(20)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    decision     VARCHAR(2000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    decided_at   DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_status_proposal_member_period (member_id, period),
    KEY ix_status_proposal_status (status),
    CONSTRAINT fk_status_proposal_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_proposal_vote (
    proposal_id      BIGINT        NOT NULL,
    voter_account_id BIGINT        NOT NULL,
    decision         VARCHAR(10)   NOT NULL,
    comment          VARCHAR(2000) NULL,
    cast_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (proposal_id, voter_account_id),
    CONSTRAINT fk_proposal_vote_proposal FOREIGN KEY (proposal_id) REFERENCES status_proposal (id),
    CONSTRAINT fk_proposal_vote_account FOREIGN KEY (voter_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Surveys: questions as JSON; answers as JSON per response. An anonymous survey's responses carry no
-- member id; who took part is only in survey_participation (one row per member and survey).
-- invited_at / reminded_at are claimed with an UPDATE ... WHERE ... IS NULL, so one instance sends.
CREATE TABLE survey (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    title        VARCHAR(200)  NOT NULL,
    questions    TEXT          NOT NULL,
    anonymous    BOOLEAN       NOT NULL DEFAULT FALSE,
    summit_id    BIGINT        NULL,
    opens_at     DATETIME(6)   NOT NULL,
    closes_at    DATETIME(6)   NOT NULL,
    invited_at   DATETIME(6)   NULL,
    reminded_at  DATETIME(6)   NULL,
    created_by   VARCHAR(254)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_survey_closes (closes_at),
    CONSTRAINT fk_survey_summit FOREIGN KEY (summit_id) REFERENCES summit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE survey_response (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    survey_id    BIGINT       NOT NULL,
    member_id    BIGINT       NULL,
    answers      TEXT         NOT NULL,
    submitted_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_survey_response_survey (survey_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE survey_participation (
    survey_id   BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    answered_at DATETIME(6) NOT NULL,
    PRIMARY KEY (survey_id, member_id),
    CONSTRAINT fk_survey_participation_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_participation_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE survey_token (
    token_hash CHAR(64)    NOT NULL,
    survey_id  BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_survey_token_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_token_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
