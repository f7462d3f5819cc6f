"""Benchmark: filtering the portfolio on every key press, on N generated dossiers (default 10,000).

    .venv/bin/python -m tests.bench.bench_portfolio [N]

The Dossiers tab filters in the GUI thread as the officer types, so one pass must stay well
under a frame budget. Measures, in the same run and on the same rows:
- ``portfolio.apply`` with the default filter (open dossiers), a due-date filter, a number
  search and a folded name search (Latin and Arabic), p50 / max over repeated runs;
- against a baseline: a bare list comprehension on the state alone.
Target: the name search on 10,000 dossiers <= 50 ms (p50).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from app.config.profile import load_profile
from app.domain.models import Dossier, DossierState, DossierType
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.services import portfolio
from app.services.portfolio import Due, Filter, PortfolioRow

RUNS = 30


def timed(work: Callable[[], object]) -> tuple[float, float]:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    samples.sort()
    return samples[len(samples) // 2] * 1000, samples[-1] * 1000


def main(n: int) -> None:
    fund = load_profile("cmr")
    today = date.today()
    states = list(DossierState)
    rows: list[PortfolioRow] = []
    for i, a in enumerate(generate_affiliates(DEMO_COMMUNE, n)):
        d = Dossier(
            id=f"d{i}",
            affiliate_membership_no=a.membership_no,
            type=DossierType.AGE_LIMIT,
            state=states[i % len(states)],
            created_by="bench",
            created_at=datetime.now(UTC),
            collectivity_id=DEMO_COMMUNE,
            idempotency_key=f"k{i}",
        )
        rows.append(portfolio.make_row(d, a, "bench", None, fund, today))
    sample = rows[n // 2].affiliate
    assert sample is not None
    open_states = portfolio.GROUPS["all"]
    base_p50, base_max = timed(lambda: [r for r in rows if r.dossier.state in open_states])
    print(f"{n} dossiers; baseline (state only): p50 {base_p50:.2f} ms, max {base_max:.2f} ms")
    cases = {
        "default (open)": Filter(),
        "overdue": Filter(due=Due.OVERDUE),
        "number": Filter(text=sample.membership_no[2:7]),
        "name (Latin)": Filter(text=sample.last_name_lat[:4]),
        "name (Arabic)": Filter(text=f"{sample.first_name_ar} {sample.last_name_ar}"),
    }
    for label, f in cases.items():
        p50, worst = timed(lambda f=f: portfolio.apply(rows, f))
        found = len(portfolio.apply(rows, f))
        print(
            f"{label:>15}: p50 {p50:7.2f} ms, max {worst:7.2f} ms, {p50 / base_p50:6.1f}x baseline,"
            f" {found} shown"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
