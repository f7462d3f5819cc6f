"""The sending queue: one row per job, with live progress of the job being sent."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.ui.adapters import JobRow
from app.ui.i18n import fmt, format_datetime, format_size, translate
from app.ui.messages import localise
from app.ui.models.rows import Column, RowsModel
from app.ui.texts import job_kind_name, job_state_name, person_name

_COLOURS = {"failed": "#fecaca", "done": "#dcfce7", "running": "#dbeafe"}


def _progress(r: JobRow) -> str:
    j = r.job
    if j.kind != "upload" or j.bytes_total <= 0:
        return "100 %" if j.state == "done" else ""
    pct = 100 if j.state == "done" else min(100, j.bytes_sent * 100 // j.bytes_total)
    return fmt(translate("JobsModel", "%1 % of %2"), pct, format_size(j.bytes_total))


def job_columns(lang: str) -> list[Column[JobRow]]:
    return [
        Column(
            lambda: translate("JobsModel", "Affiliate"),
            lambda r: person_name(r.affiliate, lang, r.membership_no),
        ),
        Column(
            lambda: translate("JobsModel", "Step"), lambda r: job_kind_name(r.job.kind, r.filename)
        ),
        Column(
            lambda: translate("JobsModel", "State"),
            lambda r: (
                translate("JobsModel", "Paused")
                if r.job.paused and r.job.state in ("pending", "failed")
                else job_state_name(r.job.state)
            ),
            background=lambda r: _COLOURS.get(r.job.state),
        ),
        Column(lambda: translate("JobsModel", "Progress"), _progress),
        Column(lambda: translate("JobsModel", "Tries"), lambda r: str(r.job.attempts)),
        Column(
            lambda: translate("JobsModel", "Next try"),
            lambda r: format_datetime(r.job.next_attempt_at) if r.job.state == "pending" else "",
        ),
        Column(
            lambda: translate("JobsModel", "Last problem"),
            lambda r: localise(r.job.last_error) if r.job.last_error else "",
        ),
    ]


class JobsModel(RowsModel[JobRow]):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(job_columns(lang), parent)

    def show_transfer(self, filename: str, sent: int, total: int) -> None:
        """Live progress of the upload of ``filename`` (from the queue's progress callback)."""
        from dataclasses import replace

        for i, r in enumerate(self.rows()):
            if r.job.kind == "upload" and r.filename == filename and r.job.state != "done":
                job = replace(
                    r.job, state="running", bytes_sent=sent, bytes_total=total or r.job.bytes_total
                )
                self.replace_row(i, replace(r, job=job))
                return
