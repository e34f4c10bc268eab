-- Issue 17: assistants as people with a login of their own (role ASSISTANT), each serving one or more members
-- (their principals). Until now an assistant was three contact fields on member; those stay (the profile keeps the
-- assistant's phone and the contact confirmation reads them), and every assistant they name is copied here once.

CREATE TABLE assistant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    phone       VARCHAR(50)  NULL,
    -- the login, once the member or the secretariat names the assistant through the portal; NULL for an assistant
    -- copied from the old contact fields (they get copies of the notices, and a login when named again)
    account_id  BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_assistant_email (email),
    UNIQUE KEY uk_assistant_account (account_id),
    CONSTRAINT fk_assistant_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Whom an assistant serves: one row per principal. The last row gone closes the assistant's login.
CREATE TABLE assistant_principal (
    assistant_id BIGINT NOT NULL,
    member_id    BIGINT NOT NULL,
    PRIMARY KEY (assistant_id, member_id),
    KEY ix_assistant_principal_member (member_id),
    CONSTRAINT fk_assistant_principal_assistant FOREIGN KEY (assistant_id) REFERENCES assistant (id),
    CONSTRAINT fk_assistant_principal_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The assistants members named so far: one per address (the same person may assist several members), the name
-- split at its first space ("Tom Berg" -> Tom / Berg; a single word is the first name, the last name left as "-").
INSERT INTO assistant (first_name, last_name, email, phone, created_at, updated_at)
SELECT SUBSTRING(CASE WHEN LOCATE(' ', n) > 0 THEN SUBSTRING(n, 1, LOCATE(' ', n) - 1) ELSE n END, 1, 100),
       SUBSTRING(CASE WHEN LOCATE(' ', n) > 0 THEN TRIM(SUBSTRING(n, LOCATE(' ', n) + 1)) ELSE '-' END, 1, 100),
       e, p, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (SELECT LOWER(TRIM(assistant_email)) AS e,
             COALESCE(MIN(TRIM(assistant_name)), MIN(LOWER(TRIM(assistant_email)))) AS n,
             MIN(assistant_phone) AS p
      FROM member
      WHERE assistant_email IS NOT NULL AND TRIM(assistant_email) <> ''
      GROUP BY LOWER(TRIM(assistant_email))) named_assistants;

INSERT INTO assistant_principal (assistant_id, member_id)
SELECT a.id, m.id FROM member m JOIN assistant a ON a.email = LOWER(TRIM(m.assistant_email));
