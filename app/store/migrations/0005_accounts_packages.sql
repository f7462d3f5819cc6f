-- Accounts' status and offline verifier, designation details, delegations, dossier hand-over,
-- offline package sequence numbers, retention marks.
ALTER TABLE accounts ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE accounts ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN verifier TEXT;
ALTER TABLE accounts ADD COLUMN created_by TEXT;
ALTER TABLE accounts ADD COLUMN created_at TEXT;

CREATE TABLE account_details (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL DEFAULT '',
    cin TEXT NOT NULL DEFAULT '',
    ppr TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    phone_office TEXT NOT NULL DEFAULT '',
    phone_mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE delegations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('delegation', 'exceptional')),
    collectivity_id TEXT NOT NULL,
    from_account TEXT NOT NULL,
    to_account TEXT NOT NULL,
    dossier_id TEXT,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'refused', 'revoked')),
    decided_by TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX delegations_to ON delegations (to_account, state);

CREATE TABLE dossier_owners (
    dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    since TEXT NOT NULL,
    assigned_by TEXT NOT NULL
);

CREATE TABLE package_ledger (
    direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    kind TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    package_id TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (direction, kind, collectivity_id, sequence)
);

CREATE TABLE package_items (
    collectivity_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    dossier_id TEXT NOT NULL,
    PRIMARY KEY (collectivity_id, dossier_id)
);

CREATE TABLE retention_marks (
    dossier_id TEXT PRIMARY KEY,
    collectivity_id TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    purged_at TEXT
);
