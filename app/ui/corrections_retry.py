"""Correction requests in the background: queued ones are sent when the platform answers again,
sent ones are asked for the fund's answer from time to time, and the officer is told (an in-app
notice, no personal data) when answers arrive; each answer is also in the notifications list.

Rounds are spaced by a `StatusPoller` (every `interval_s`, backing off while the platform does not
answer) and start at once when the connection comes back. Nothing runs while no request is open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.models import Account
from app.platform.client import PlatformClient
from app.services import corrections as corrections_service
from app.services.context import Context
from app.services.corrections import SendResult
from app.ui.i18n import translate
from app.ui.quiet_rounds import QuietRounds
from app.ui.workbench import Workbench

INTERVAL_S = 120.0
TICK_MS = 15_000


def _send(ctx: Context, actor: Account, client: PlatformClient) -> SendResult | None:
    if not corrections_service.has_open(ctx, actor):
        return None
    return corrections_service.send_pending(ctx, actor, client)


class CorrectionsRetry(QObject):
    answers_arrived = Signal(int)  # how many; they are in the notifications list too

    def __init__(self, wb: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.last: SendResult | None = None
        self.rounds = QuietRounds(
            wb,
            parent if parent is not None else self,
            label=lambda: translate("CorrectionsRetry", "Sending correction requests…"),
            work=_send,
            arrived=self._arrived,
            interval_s=INTERVAL_S,
            tick_ms=TICK_MS,
        )

    def _arrived(self, result: SendResult) -> bool:
        self.last = result
        if result.answered:
            self.answers_arrived.emit(result.answered)
            self.wb.events.say(
                translate(
                    "CorrectionsRetry",
                    "The fund answered %n correction request(s): open the affiliate's sheet "
                    "to read the answer.",
                    None,
                    result.answered,
                ),
                "success",
            )
        return result.offline is None

    def run(self) -> bool:
        """One quiet round if a session is open, none runs yet and requests are open."""
        return self.rounds.run()

    def stop(self) -> None:
        self.rounds.stop()
