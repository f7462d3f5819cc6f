"""The retention purge, run by the desktop itself: at start, then once a day while it runs.

It works in the background (the operation runner) for every collectivity held in the profile,
with the delay of the settings (a kiosk set to ``kiosk_purge`` purges as soon as the fund has
acknowledged). Each purged dossier is audited as ``retention.purge`` by ``system``. A failure is
logged (no personal data in the message) and retried at the next run.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.config.settings import Settings
from app.services import retention
from app.services.context import Context
from app.ui.ops import Op, OpRunner

log = logging.getLogger(__name__)

DAY_MS = 24 * 60 * 60 * 1000


def retention_days(settings: Settings) -> int:
    if settings.get("kiosk_purge"):
        return 0
    return max(0, int(settings.get("retention_days")))


class RetentionSchedule(QObject):
    purged = Signal(object)  # retention.PurgeResult

    def __init__(
        self, ctx: Context, settings: Settings, runner: OpRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.runner = runner
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        """Purge now, then every day."""
        self.timer.start()
        self.run_now()

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        if self.running:
            return
        self.running = True
        ctx, days = self.ctx, retention_days(self.settings)

        def done(result: retention.PurgeResult) -> None:
            if result.dossiers:
                log.info(
                    "scheduled retention purge: %d dossier(s), %d file(s)",
                    result.dossiers,
                    result.files,
                )
            self.purged.emit(result)

        def failed(exc: BaseException) -> None:
            log.warning("scheduled retention purge failed: %s", type(exc).__name__)

        def finished() -> None:
            self.running = False

        self.runner.run(
            Op(
                work=lambda _: retention.scheduled_purge(ctx, days),
                success=done,
                failure=failed,
                finished=finished,
                blocking=False,
            )
        )
