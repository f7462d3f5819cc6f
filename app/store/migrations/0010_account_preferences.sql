-- Preferences of each account on this computer (issue 8): the interface language it chose and
-- how it left the portfolio (filters, sort). On a shared kiosk several officers, of several
-- collectivities, use one OS account and so one profile: the settings file is shared by all,
-- these rows are not. Values are JSON; no personal data of affiliates is kept here.
CREATE TABLE account_preferences (
    account_id TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account_id, collectivity_id, key)
);
