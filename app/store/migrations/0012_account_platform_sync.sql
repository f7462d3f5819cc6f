-- Sub-accounts at the platform: each account's platform state (synced, pending, refused, or
-- missing when the platform no longer has it), the change waiting to be pushed (create, update,
-- delete) and the platform's refusal code. Accounts known before this version came from the
-- platform (sign-in) or were made here: a refresh from the platform sorts them out.
ALTER TABLE accounts ADD COLUMN platform_state TEXT NOT NULL DEFAULT 'synced';
ALTER TABLE accounts ADD COLUMN platform_op TEXT;
ALTER TABLE accounts ADD COLUMN platform_error TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN platform_checked_at TEXT;
CREATE INDEX accounts_platform_op ON accounts (collectivity_id, platform_op);
