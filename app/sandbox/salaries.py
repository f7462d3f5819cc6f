"""Fictional monthly reference salaries for the sandbox's affiliates (whole dirhams).

Derived from the grade and the hire date only, deterministically: no real pay scale is implied.
"""

from __future__ import annotations

import zlib


def fictional_salary(grade: str, hire_date: str) -> int:
    base = 4_000 + zlib.crc32(grade.encode("utf-8")) % 9_000  # 4,000 .. 12,999 by grade
    years = max(0, 2026 - int(hire_date[:4]))
    return int(base * (1 + 0.012 * years)) // 10 * 10
