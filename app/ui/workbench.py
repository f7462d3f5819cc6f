"""What every screen needs, passed in (no global): the core's context, settings, the signed-in
session, the operation runner and the change signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

from app.config.settings import Settings
from app.domain.models import Account
from app.platform.client import PlatformClient
from app.platform.errors import OfflineError
from app.services.context import Context
from app.services.session import UserSession
from app.ui.bridge import AppEvents, ConnectionChanged
from app.ui.i18n import Language
from app.ui.messages import localise
from app.ui.ops import Op, OpControl, OpRunner

if TYPE_CHECKING:  # the demo pulls the sandbox (FastAPI): loaded only with --demo
    from app.services.demo import DemoEnvironment

T = TypeVar("T")


class NotSignedIn(RuntimeError):
    """A screen asked for the session after sign-out (a bug)."""


@dataclass
class Workbench:
    ctx: Context
    settings: Settings
    demo: DemoEnvironment | None
    lang: Language
    runner: OpRunner
    events: AppEvents
    session: UserSession | None = None

    @property
    def actor(self) -> Account:
        if self.session is None:
            raise NotSignedIn("no signed-in account")
        return self.session.account

    @property
    def client(self) -> PlatformClient:
        if self.session is None:
            raise NotSignedIn("no signed-in account")
        return self.session.client

    def run(
        self,
        parent: QWidget,
        work: Callable[[OpControl], T],
        success: Callable[[T], None] | None = None,
        **options: Any,
    ) -> OpControl | None:
        """Start a background operation for ``parent`` (see ``app.ui.ops.Op``).

        Outcomes that arrive after the officer signed out (or another signed in) are dropped,
        unless ``bound=False`` (signing in itself).
        """
        if options.pop("bound", True):
            session = self.session
            ok, fail = success, options.pop("failure", None)

            def current() -> bool:
                return self.session is session

            def bound_success(result: T) -> None:
                if current() and ok is not None:
                    ok(result)

            def bound_failure(exc: BaseException) -> None:
                if not current():
                    return
                if fail is not None:
                    fail(exc)
                else:
                    self.runner.report(parent, exc)

            return self.runner.run(
                Op(
                    work=work,
                    success=bound_success,
                    failure=bound_failure,
                    parent=parent,
                    **options,
                )
            )
        return self.runner.run(Op(work=work, success=success, parent=parent, **options))

    def run_online(
        self,
        parent: QWidget,
        work: Callable[[OpControl], T],
        success: Callable[[T], None] | None = None,
        **options: Any,
    ) -> OpControl | None:
        """Like ``run`` for work that talks to the platform: keeps the connection state."""

        def ok(result: T) -> None:
            self.events.publish(ConnectionChanged(True))
            if success is not None:
                success(result)

        user_failure: Callable[[BaseException], None] | None = options.pop("failure", None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OfflineError):
                self.events.publish(ConnectionChanged(False, localise(exc.user_message)))
            if user_failure is not None:
                user_failure(exc)
            else:
                self.runner.report(parent, exc)

        return self.run(parent, work, ok, failure=failed, **options)
