"""Typed client of the fund's platform API (contract: resources/openapi/platform.yaml).

- client.PlatformClient: every call of the API, with timeouts, TLS through the OS trust store and
  resumable tus uploads;
- dto: the records it returns (SessionInfo, AffiliatePage, DossierStatus...) and their parsers;
- errors: PlatformError and its subclasses, each with a `user_message` for the officer.
"""
