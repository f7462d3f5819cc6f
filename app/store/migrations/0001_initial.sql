-- Mellaf profile database, schema 1.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    platform_url TEXT NOT NULL,
    token TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts(id)
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    collectivity_name TEXT NOT NULL DEFAULT '',
    last_login_at TEXT
);

CREATE TABLE affiliates (
    membership_no TEXT PRIMARY KEY,
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
    cached_at TEXT NOT NULL
);
CREATE INDEX affiliates_ppr ON affiliates (ppr);
CREATE INDEX affiliates_cin ON affiliates (cin);
CREATE INDEX affiliates_collectivity ON affiliates (collectivity_id);

CREATE TABLE dossiers (
    id TEXT PRIMARY KEY,
    affiliate_membership_no TEXT NOT NULL,
    type TEXT NOT NULL,
    state TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    certified_by TEXT,
    return_comment TEXT,
    remote_id TEXT,
    remote_stage TEXT,
    remote_json TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX dossiers_collectivity ON dossiers (collectivity_id, state);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    filename TEXT NOT NULL,
    original_sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    signed_sha256 TEXT,
    signature_report TEXT,
    remote_id TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX documents_dossier ON documents (dossier_id);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('create', 'upload', 'submit')),
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    upload_url TEXT,
    bytes_sent INTEGER NOT NULL DEFAULT 0,
    bytes_total INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX jobs_state ON jobs (state, next_attempt_at);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
