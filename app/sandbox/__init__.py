"""The platform sandbox: the fund's API as Mellaf defines it, over fictional seeded data.

server.start_in_thread() for demo mode and tests, `mellaf sandbox` in the foreground. Loopback
only; the data (SQLite, uploads, accounts.json) lives in one folder.
"""
