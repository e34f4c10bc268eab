-- Login throttling: every failed sign-in (form or Basic) is a row, once under the account's email and
-- once under the client's address. Both app instances read the same rows, so a caller cannot get
-- twice the attempts by landing on the other instance. Rows older than the window are deleted.
-- The time is epoch milliseconds: compared as numbers, the same on H2 and MariaDB.

CREATE TABLE login_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    subject    VARCHAR(330) NOT NULL,
    failed_ms  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_login_failure_subject (subject, failed_ms),
    KEY ix_login_failure_time (failed_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
