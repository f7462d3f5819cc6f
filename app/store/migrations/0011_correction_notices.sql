-- Mellaf profile database, schema 11: the fund's answers to correction requests, with its
-- decision, appear in the in-app notifications (kind 'correction', pointing at the request).
ALTER TABLE correction_requests ADD COLUMN decision TEXT
    CHECK (decision IS NULL OR decision IN ('accepted', 'refused'));

CREATE TABLE notifications_v7 (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('stage', 'request', 'failure', 'correction')),
    stage TEXT,
    read_at TEXT,
    correction_id INTEGER REFERENCES correction_requests(id) ON DELETE CASCADE
);
INSERT INTO notifications_v7 (id, at, dossier_id, kind, stage, read_at)
    SELECT id, at, dossier_id, kind, stage, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_v7 RENAME TO notifications;
CREATE INDEX notifications_unread ON notifications (read_at, id);
CREATE INDEX notifications_correction ON notifications (correction_id);
