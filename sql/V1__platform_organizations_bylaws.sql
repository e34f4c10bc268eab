-- Foundation: accounts and roles, organisations, versioned bylaws, the audit trail.
-- MySQL dialect; also runs on the embedded H2 in MODE=MySQL (see docs/adr/0002-embedded-database.md).

CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(400) NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE organization (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(200) NOT NULL,
    sector               VARCHAR(10)  NOT NULL,
    kind                 VARCHAR(40)  NOT NULL,
    region               VARCHAR(120) NULL,
    fortune500           BOOLEAN      NOT NULL DEFAULT FALSE,
    founding_sponsor     BOOLEAN      NOT NULL DEFAULT FALSE,
    primary_contact_id   BIGINT       NULL,
    alternate_contact_id BIGINT       NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organization_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE bylaws_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version_number INT           NOT NULL,
    effective_from DATE          NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    document       TEXT          NOT NULL,
    adopted_by     VARCHAR(254)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_bylaws_version_number (version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(60)   NOT NULL,
    subject_id   BIGINT        NULL,
    detail       VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_subject (subject_type, subject_id),
    KEY ix_audit_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
