-- Anonymous surveys stay anonymous (issue 15, finding 3): nothing stored may join an answer to the member
-- who gave it.
--
-- 1. A response's key is a random number chosen by the application, not AUTO_INCREMENT: numbered in the
--    order the answers came, the responses could be lined up with who took part. Existing rows get random
--    keys too (RAND() is evaluated per row on MySQL/MariaDB and H2).
ALTER TABLE survey_response MODIFY id BIGINT NOT NULL;
UPDATE survey_response SET id = FLOOR(RAND() * 9007199254740990) + 1;

-- 2. Taking part is recorded without a time: the exact time matched the audit entry of the answer.
ALTER TABLE survey_participation DROP COLUMN answered_at;

-- 3. The audit entries of answers to anonymous surveys already recorded name neither the member nor the
--    time: actor 'anonymous', the day only (as new ones are written; the day of the stored UTC time here).
UPDATE audit_entry SET actor = 'anonymous', occurred_at = CAST(CAST(occurred_at AS DATE) AS DATETIME),
    detail = CONCAT('an anonymous answer on ', CAST(CAST(occurred_at AS DATE) AS CHAR))
WHERE action = 'SURVEY_ANSWERED' AND subject_type = 'Survey'
  AND subject_id IN (SELECT id FROM survey WHERE anonymous = TRUE);
