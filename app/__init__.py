"""Mellaf: pension dossiers for the fund's e-retraite platform."""

__version__ = "0.1.0"
