-- Portfolio: the officer a dossier is assigned to ("assign to me"), since when and by whom.
-- Kept beside dossier_owners (the preparer who owns it): the assignee is who works on it now.
ALTER TABLE dossiers ADD COLUMN assignee TEXT;
ALTER TABLE dossiers ADD COLUMN assigned_at TEXT;
CREATE INDEX dossiers_assignee ON dossiers (collectivity_id, assignee);
