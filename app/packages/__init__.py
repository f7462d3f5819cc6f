"""Offline packages: signed dossiers carried from a commune without internet to a kiosk, and a
fresh extract of the commune's affiliate cache carried back. See ``package.py``."""
