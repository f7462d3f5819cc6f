"""Errors raised by domain rules."""


class DomainError(Exception):
    """A rule of the domain refuses an action; the message is for the user."""


class NotAllowed(DomainError):
    """The acting account's role or tie does not allow this action."""
