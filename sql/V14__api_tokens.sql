-- API tokens (issue 21): a signed-in user's named, revocable credential for scripts, sent as
-- "Authorization: Bearer <token>". Only the SHA-256 of the token is stored (the token is 256 random
-- bits, shown once). A token carries no roles of its own: a call acts with its account's roles of the
-- moment. expires_at is the end of expires_on in the partnership's time zone; a revoked token keeps its
-- row (revoked_at) so the list shows what was revoked and when.

CREATE TABLE api_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_on  DATE         NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY ix_api_token_account (account_id),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
