"""Sentences of the portfolio's services (app/services/assignment.py, portfolio.py,
spreadsheet.py), marked for translation in the "CoreMessages" context: ``app.ui.messages.localise``
translates them when an error reaches the officer. tests/ui/test_portfolio.py checks that every
sentence those services raise is listed here or already known."""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP

SENTENCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreMessages", "This account does not work on dossiers."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Your account is not active; ask the collectivity's responsible."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This dossier is closed; it stays in the archive as it is."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Someone changed this dossier's assignment meanwhile; look again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This dossier is assigned to a colleague; they or the responsible may release it.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Only the assigned officer or the responsible releases a dossier."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown export format: choose CSV or XLSX."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "XLSX export needs the openpyxl package; export as CSV instead."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This dossier is another officer's: ask for a delegation, or for exceptional access "
        "with a reason.",
    ),
)
