-- Mellaf profile database, schema 4: queue pause state, the fund's requests, notifications.
ALTER TABLE jobs ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;

CREATE TABLE fund_requests (
    id INTEGER PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    answered_at TEXT,
    UNIQUE (dossier_id, item_code, requested_at)
);
CREATE INDEX fund_requests_dossier ON fund_requests (dossier_id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('stage', 'request', 'failure')),
    stage TEXT,
    read_at TEXT
);
CREATE INDEX notifications_unread ON notifications (read_at, id);
