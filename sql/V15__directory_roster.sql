-- Issue 19, first half: the members' directory of peers and the emergency roster.
--
-- Sharing: what a member lets other members see in the directory (and its vCards). The default shares
-- the name (always), the title and the organisation only; email, phone, topics and the emergency
-- contacts are shared once the member chooses so.
ALTER TABLE member ADD COLUMN share_title BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE member ADD COLUMN share_organization BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE member ADD COLUMN share_email BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE member ADD COLUMN share_phone BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE member ADD COLUMN share_topics BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE member ADD COLUMN share_emergency BOOLEAN NOT NULL DEFAULT FALSE;

-- The emergency roster: 24/7 contacts kept by the member and confirmed at least once a year.
ALTER TABLE member ADD COLUMN emergency_mobile VARCHAR(50) NULL;
ALTER TABLE member ADD COLUMN after_hours_phone VARCHAR(50) NULL;
ALTER TABLE member ADD COLUMN backup_name VARCHAR(200) NULL;
ALTER TABLE member ADD COLUMN backup_phone VARCHAR(50) NULL;
ALTER TABLE member ADD COLUMN backup_email VARCHAR(254) NULL;
ALTER TABLE member ADD COLUMN emergency_confirmed_at DATETIME(6) NULL;

-- Topics (from the bylaws' list) a member follows or can speak to; kind FOLLOWS or SPEAKS.
CREATE TABLE member_topic (
    member_id BIGINT       NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    topic     VARCHAR(200) NOT NULL,
    PRIMARY KEY (member_id, kind, topic),
    CONSTRAINT fk_member_topic_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
