-- Membership: members, applications with their pre-screen findings and board votes, bylaws
-- acknowledgements, and one-time password links.

CREATE TABLE member (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    account_id           BIGINT       NULL,
    first_name           VARCHAR(100) NOT NULL,
    last_name            VARCHAR(100) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    title                VARCHAR(200) NOT NULL,
    phone                VARCHAR(50)  NULL,
    assistant_name       VARCHAR(200) NULL,
    assistant_email      VARCHAR(254) NULL,
    assistant_phone      VARCHAR(50)  NULL,
    organization_id      BIGINT       NOT NULL,
    criterion            VARCHAR(40)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    executive_level      VARCHAR(20)  NOT NULL,
    executive_note       VARCHAR(1000) NULL,
    joined_on            DATE         NOT NULL,
    left_on              DATE         NULL,
    contact_confirmed_at DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_email (email),
    UNIQUE KEY uk_member_account (account_id),
    KEY ix_member_status (status),
    KEY ix_member_organization (organization_id),
    CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_member_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE organization ADD CONSTRAINT fk_organization_primary_contact
    FOREIGN KEY (primary_contact_id) REFERENCES member (id);
ALTER TABLE organization ADD CONSTRAINT fk_organization_alternate_contact
    FOREIGN KEY (alternate_contact_id) REFERENCES member (id);

-- status_token: a random 256-bit token in the applicant's links to their own (read-only) status page.
-- open_email holds the email while the application is open and NULL once decided: a unique key on it
-- refuses a second open application by the same email on MySQL and H2 alike.
CREATE TABLE membership_application (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    first_name        VARCHAR(100)  NOT NULL,
    last_name         VARCHAR(100)  NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    open_email        VARCHAR(254)  NULL,
    title             VARCHAR(200)  NOT NULL,
    organization_id   BIGINT        NOT NULL,
    criterion         VARCHAR(40)   NOT NULL,
    sponsor_member_id BIGINT        NULL,
    status            VARCHAR(20)   NOT NULL,
    findings          TEXT          NOT NULL,
    review_note       VARCHAR(2000) NULL,
    reviewed_by       VARCHAR(254)  NULL,
    decision_reason   VARCHAR(2000) NULL,
    decided_at        DATETIME(6)   NULL,
    member_id         BIGINT        NULL,
    status_token      VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_open_email (open_email),
    UNIQUE KEY uk_application_status_token (status_token),
    KEY ix_application_status (status),
    KEY ix_application_email (email),
    CONSTRAINT fk_application_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_application_sponsor FOREIGN KEY (sponsor_member_id) REFERENCES member (id),
    CONSTRAINT fk_application_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE application_vote (
    application_id   BIGINT        NOT NULL,
    voter_account_id BIGINT        NOT NULL,
    decision         VARCHAR(10)   NOT NULL,
    comment          VARCHAR(2000) NULL,
    cast_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (application_id, voter_account_id),
    CONSTRAINT fk_vote_application FOREIGN KEY (application_id) REFERENCES membership_application (id),
    CONSTRAINT fk_vote_account FOREIGN KEY (voter_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE bylaws_acknowledgement (
    member_id       BIGINT      NOT NULL,
    bylaws_version  INT         NOT NULL,
    acknowledged_at DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, bylaws_version),
    CONSTRAINT fk_ack_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One-time links to set or reset a password; only the SHA-256 of the token is stored.
CREATE TABLE password_token (
    token_hash CHAR(64)    NOT NULL,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_password_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
