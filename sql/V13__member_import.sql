-- Import (issue 18): a member brought in from a file gets the applicant's pre-screen; its findings are kept with the
-- member (JSON, as membership_application.findings), NULL for members admitted through an application.
ALTER TABLE member ADD COLUMN prescreen_findings TEXT NULL;
