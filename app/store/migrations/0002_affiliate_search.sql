-- Schema 2: affiliate search, sync state, reference salary, data-correction requests.
-- The affiliates table gets an INTEGER PRIMARY KEY (stable rowids for the full-text index, also
-- across VACUUM) and the reference salary used by pension estimates. No triggers: every write to
-- affiliates goes through app/store/affiliates.py, which keeps affiliate_fts in the same
-- transaction (our migration runner splits statements on semicolons).
CREATE TABLE affiliates_v2 (
    id INTEGER PRIMARY KEY,
    membership_no TEXT NOT NULL UNIQUE,
    ppr TEXT NOT NULL,
    cin TEXT NOT NULL,
    last_name_lat TEXT NOT NULL,
    first_name_lat TEXT NOT NULL,
    last_name_ar TEXT NOT NULL,
    first_name_ar TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date TEXT NOT NULL,
    hire_date TEXT NOT NULL,
    grade TEXT NOT NULL,
    corps TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    status TEXT NOT NULL,
    periods_json TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL DEFAULT '',
    cached_at TEXT NOT NULL,
    reference_salary INTEGER
);
INSERT INTO affiliates_v2 (membership_no, ppr, cin, last_name_lat, first_name_lat, last_name_ar,
    first_name_ar, sex, birth_date, hire_date, grade, corps, collectivity_id, status, periods_json,
    updated_at, cached_at)
SELECT membership_no, ppr, cin, last_name_lat, first_name_lat, last_name_ar, first_name_ar, sex,
    birth_date, hire_date, grade, corps, collectivity_id, status, periods_json, updated_at,
    cached_at FROM affiliates;
DROP TABLE affiliates;
ALTER TABLE affiliates_v2 RENAME TO affiliates;
CREATE INDEX affiliates_ppr ON affiliates (ppr);
CREATE INDEX affiliates_cin ON affiliates (cin);
CREATE INDEX affiliates_birth ON affiliates (collectivity_id, birth_date);

-- Folded names (app/domain/names.py), rowid = affiliates.id.
CREATE VIRTUAL TABLE affiliate_fts USING fts5(
    name_key, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
);

-- Sync by cursor, per collectivity. complete_at: end of the last sync that reached the end.
CREATE TABLE sync_state (
    collectivity_id TEXT PRIMARY KEY,
    cursor TEXT,
    full_done INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    complete_at TEXT
);
INSERT INTO sync_state (collectivity_id, cursor, full_done, last_sync_at, complete_at)
SELECT substr(c.key, 13), c.value, 1, l.value, l.value
FROM meta AS c LEFT JOIN meta AS l ON l.key = 'last_sync:' || substr(c.key, 13)
WHERE c.key LIKE 'sync_cursor:%';
DELETE FROM meta WHERE key LIKE 'sync_cursor:%' OR key LIKE 'last_sync:%';
-- Rows cached before schema 2 are folded into affiliate_fts on first use (needs Python).
INSERT INTO meta (key, value) SELECT 'affiliate_fts_pending', '1'
WHERE EXISTS (SELECT 1 FROM affiliates);

-- Data-correction requests: an officer flags a wrong field; queued until the platform has it.
CREATE TABLE correction_requests (
    id INTEGER PRIMARY KEY,
    membership_no TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    comment TEXT NOT NULL,
    attachment_sha256 TEXT,
    attachment_name TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'answered', 'failed')),
    remote_id TEXT,
    answer TEXT,
    answered_at TEXT,
    last_error TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX correction_requests_affiliate ON correction_requests (membership_no);
CREATE INDEX correction_requests_state ON correction_requests (state);
