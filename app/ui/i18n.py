"""Interface language: translators, layout direction, locale-aware dates and sizes.

Every visible string goes through ``translate(context, text)``; source texts are English and
pyside6-lupdate extracts them from the literal arguments (see ``app.ui.i18n_build``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from app.config.paths import resources_dir

LANGUAGES = ("ar", "fr", "en")
# Moroccan variants: ar_MA writes Latin digits and the Moroccan month names.
_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB"}
_ARABIC_FONTS = ("Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", "Tahoma")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``text`` (English source) in ``context``; ``%n`` takes ``n``."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_dir() -> Path:
    return resources_dir() / "translations"


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    locale: QLocale

    @property
    def rtl(self) -> bool:
        return self.code == "ar"

    @property
    def direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight


def language(code: str) -> Language:
    code = code if code in LANGUAGES else "fr"
    return Language(code, QLocale(_LOCALES[code]))


def _ensure_compiled(ts: Path, qm: Path) -> None:
    """Compile a stale or missing .qm (development checkouts); quietly skip when impossible."""
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return
    if not ts.exists():
        return
    from app.ui.i18n_build import compile_one

    try:
        compile_one(ts)
    except (OSError, RuntimeError):
        return


def install(app: QCoreApplication, code: str) -> Language:
    """Load Mellaf's and Qt's translations for ``code`` and set direction, locale and font."""
    lang = language(code)
    for old in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    folder = translations_dir()
    ts, qm = folder / f"mellaf_{lang.code}.ts", folder / f"mellaf_{lang.code}.qm"
    _ensure_compiled(ts, qm)  # English too: its file gives the plural forms ("%n page(s)")
    ours = QTranslator(app)
    if ours.load(str(qm)):
        QCoreApplication.installTranslator(ours)
    if lang.code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{lang.code}", qt_dir):
            QCoreApplication.installTranslator(qtbase)
    QLocale.setDefault(lang.locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(lang.direction)
        # From the platform's font, not the application's: each install (every sign-in, every
        # UI test) made the text half a point larger than the previous one.
        general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        app.setFont(_ui_font(general, lang))
    return lang


def _ui_font(base: QFont, lang: Language) -> QFont:
    font = QFont(base)
    if lang.rtl:
        families = set(QFontDatabase.families())
        chosen = [f for f in _ARABIC_FONTS if f in families]
        if chosen:
            font.setFamilies([*chosen, *base.families()])
    # Slightly larger than the platform default: officers read long lists all day.
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(size, 10.0) + 0.5)
    return font


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def format_date(d: date | None) -> str:
    """A date the way the interface language writes it: "12 mars 2027", "12 مارس 2027"."""
    if d is None:
        return "—"
    return QLocale().toString(_qdate(d), "d MMMM yyyy")


def format_short_date(d: date | None) -> str:
    if d is None:
        return "—"
    return QLocale().toString(_qdate(d), "dd/MM/yyyy")


def format_datetime(dt: datetime | str | None) -> str:
    """Local date and time (ISO text accepted); "—" when absent or unreadable."""
    if dt is None or dt == "":
        return "—"
    if isinstance(dt, str):
        try:
            parsed = datetime.fromisoformat(dt)
        except ValueError:
            return dt
        dt = parsed
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    q = QDateTime(
        _qdate(dt.date()), QTime(dt.hour, dt.minute, dt.second), QTimeZone.systemTimeZone()
    )
    return QLocale().toString(q, "dd/MM/yyyy HH:mm")


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_number(n: int) -> str:
    return QLocale().toString(n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context`` without translating it now."""
    del context
    return text


_PLACEHOLDER = re.compile(r"%(\d)")
_FSI, _PDI = "\u2068", "\u2069"  # Unicode first-strong isolate / pop directional isolate
_RLM = "\u200f"  # right-to-left mark


def fmt(template: str, *args: object) -> str:
    """Fill Qt-style ``%1``..``%9`` placeholders in one pass.

    In a right-to-left interface each argument is isolated (FSI..PDI) so a Latin file name or a
    number keeps its own direction inside an Arabic sentence.
    """
    rtl = is_rtl()

    def fill(m: re.Match[str]) -> str:
        i = int(m.group(1))
        if not 0 < i <= len(args):
            return m.group(0)
        value = str(args[i - 1])
        return f"{_FSI}{value}{_PDI}" if rtl else value

    text = _PLACEHOLDER.sub(fill, template)
    # A sentence that starts with a Latin argument must still read right to left.
    return f"{_RLM}{text}" if rtl and args else text


def is_rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def joined(parts: list[str], separator: str = " · ") -> str:
    """Short facts side by side; in Arabic each keeps its own direction and the order reads
    right to left."""
    kept = [p for p in parts if p]
    if not is_rtl():
        return separator.join(kept)
    return _RLM + separator.join(f"{_FSI}{p}{_PDI}" for p in kept)


def reading_alignment() -> Qt.AlignmentFlag:
    """Align with the start of the interface's reading direction, whatever the text's script
    (a Latin name in an Arabic screen starts on the right like the rest)."""
    if is_rtl():
        return (
            Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignRight
            | Qt.AlignmentFlag.AlignVCenter
        )
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
