"""Deterministic fictional data for the sandbox: collectivities, accounts and affiliates.

Nobody here is real. Names are random combinations of common Moroccan first names and family names
(Latin transliteration and Arabic), so that no single real person is implied; identifiers follow
the shape of real ones (CIN "AB123456", 7-digit PPR, 9-digit membership number) but are produced
by bijections of a running index, which makes them unique without any lookup.

`generate_affiliates(collectivity, count)` yields the first `count` affiliates of an endless
deterministic sequence per collectivity: the same count always gives the same data, and a larger
count extends a smaller one. Seeding inserts in batches with executemany and builds the indexes
afterwards; it scales to a million affiliates. Then each collectivity's export is stored once
(app/sandbox/export_snapshot.py), as the platform serves a stored file.
"""

from __future__ import annotations

import bisect
import itertools
import json
import logging
import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.models import Affiliate, PeriodKind, Role, ServicePeriod, Sex
from app.sandbox import export_snapshot
from app.sandbox.db import AFFILIATE_INDEXES, SandboxDB
from app.sandbox.salaries import fictional_salary
from app.sandbox.security import hash_password

log = logging.getLogger(__name__)

SEED_VERSION = "1"
# The seed's "today": careers end before it and "near retirement" is relative to it.
REFERENCE_DATE = date(2026, 12, 1)
SEED_STAMP = "2026-01-01T00:00:00Z"  # updated_at of every seeded affiliate
BATCH = 10_000

DEMO_COMMUNE = "COM-DEMO-01"
OTHER_COMMUNE = "COM-DEMO-02"
OTHER_COMMUNE_AFFILIATES = 20


@dataclass(frozen=True, slots=True)
class Collectivity:
    id: str
    name_fr: str
    name_ar: str


COLLECTIVITIES = (
    Collectivity(DEMO_COMMUNE, "Commune de Douar Demo", "جماعة دوار ديمو"),
    Collectivity(OTHER_COMMUNE, "Commune d'Ait Exemple", "جماعة آيت مثال"),
)


@dataclass(frozen=True, slots=True)
class SeedAccount:
    id: str
    display_name: str
    role: Role
    collectivity_id: str

    @property
    def password(self) -> str:
        return sandbox_password(self.id)


SEED_ACCOUNTS = (
    SeedAccount("demo.admin", "Responsable (démo)", Role.ADMIN, DEMO_COMMUNE),
    SeedAccount("demo.preparer", "Préparateur (démo)", Role.PREPARER, DEMO_COMMUNE),
    SeedAccount("demo.certifier", "Certificateur (démo)", Role.CERTIFIER, DEMO_COMMUNE),
    SeedAccount("demo.kiosk", "Borne d'accueil (démo)", Role.KIOSK, DEMO_COMMUNE),
    SeedAccount("other.preparer", "Préparateur (autre commune)", Role.PREPARER, OTHER_COMMUNE),
    SeedAccount("other.certifier", "Certificateur (autre commune)", Role.CERTIFIER, OTHER_COMMUNE),
)


def sandbox_password(account_id: str) -> str:
    """The fictional, deterministic password of an account: "demo.admin" -> "demo-admin-2026"."""
    return account_id.replace(".", "-") + "-2026"


# fmt: off
# -- names ------------------------------------------------------------------------------------
MALE_FIRST = (
    ("Mohammed", "محمد"), ("Ahmed", "أحمد"), ("Youssef", "يوسف"), ("Hassan", "حسن"),
    ("Hicham", "هشام"), ("Rachid", "رشيد"), ("Abdellah", "عبد الله"), ("Mustapha", "مصطفى"),
    ("Said", "سعيد"), ("Khalid", "خالد"), ("Omar", "عمر"), ("Karim", "كريم"),
    ("Driss", "إدريس"), ("Abdelaziz", "عبد العزيز"), ("Brahim", "إبراهيم"), ("Mehdi", "مهدي"),
    ("Nabil", "نبيل"), ("Tarik", "طارق"), ("Jamal", "جمال"), ("Aziz", "عزيز"),
    ("Noureddine", "نور الدين"), ("Abderrahim", "عبد الرحيم"), ("Mounir", "منير"),
    ("Adil", "عادل"), ("Samir", "سمير"), ("Anouar", "أنوار"), ("Hamid", "حميد"),
    ("Larbi", "العربي"), ("Mohamed Amine", "محمد أمين"), ("Ayoub", "أيوب"), ("Ilyas", "إلياس"),
    ("Zakaria", "زكرياء"), ("Hamza", "حمزة"), ("Abdelkader", "عبد القادر"), ("Lahcen", "لحسن"),
    ("Mbarek", "مبارك"), ("Redouane", "رضوان"), ("Yassine", "ياسين"), ("Othmane", "عثمان"),
    ("Soufiane", "سفيان"),
)
FEMALE_FIRST = (
    ("Fatima", "فاطمة"), ("Fatima Zahra", "فاطمة الزهراء"), ("Khadija", "خديجة"),
    ("Aicha", "عائشة"), ("Meryem", "مريم"), ("Naima", "نعيمة"), ("Latifa", "لطيفة"),
    ("Souad", "سعاد"), ("Zineb", "زينب"), ("Hanane", "حنان"), ("Samira", "سميرة"),
    ("Nadia", "نادية"), ("Karima", "كريمة"), ("Malika", "مليكة"), ("Hafsa", "حفصة"),
    ("Imane", "إيمان"), ("Asmaa", "أسماء"), ("Salma", "سلمى"), ("Sanaa", "سناء"),
    ("Loubna", "لبنى"), ("Houda", "هدى"), ("Rachida", "رشيدة"), ("Saida", "سعيدة"),
    ("Bouchra", "بشرى"), ("Siham", "سهام"), ("Ghizlane", "غزلان"), ("Nezha", "نزهة"),
    ("Amina", "أمينة"), ("Hayat", "حياة"), ("Wafae", "وفاء"), ("Kaoutar", "كوثر"),
    ("Ilham", "إلهام"), ("Laila", "ليلى"), ("Jamila", "جميلة"), ("Sara", "سارة"),
    ("Oumaima", "أميمة"), ("Hajar", "هاجر"), ("Yasmine", "ياسمين"),
)
FAMILY = (
    ("Alaoui", "العلوي"), ("Idrissi", "الإدريسي"), ("Bennani", "بناني"), ("Tazi", "التازي"),
    ("Berrada", "برادة"), ("El Amrani", "العمراني"), ("Chraibi", "الشرايبي"),
    ("El Fassi", "الفاسي"), ("Benjelloun", "بنجلون"), ("Lahlou", "لحلو"),
    ("Ouazzani", "الوزاني"), ("Sebti", "السبتي"), ("Kettani", "الكتاني"),
    ("Bouzidi", "البوزيدي"), ("El Khatib", "الخطيب"), ("Naciri", "الناصري"),
    ("Cherkaoui", "الشرقاوي"), ("Benali", "بنعلي"), ("El Mansouri", "المنصوري"),
    ("Ziani", "الزياني"), ("Haddad", "الحداد"), ("Belkadi", "بلقاضي"), ("Ait Ali", "آيت علي"),
    ("Ait Brahim", "آيت إبراهيم"), ("Amzil", "أمزيل"), ("Filali", "الفيلالي"),
    ("Saidi", "السعيدي"), ("Hajji", "الحجي"), ("Moussaoui", "الموساوي"), ("Tahiri", "الطاهري"),
    ("Bakkali", "البقالي"), ("Jebli", "الجبلي"), ("Rifi", "الريفي"), ("Soussi", "السوسي"),
    ("Doukkali", "الدكالي"), ("Zemmouri", "الزموري"), ("Marrakchi", "المراكشي"),
    ("Meknassi", "المكناسي"), ("Slaoui", "السلاوي"), ("Zerouali", "الزروالي"),
    ("Kabbaj", "القباج"), ("El Hachimi", "الهاشمي"), ("Ghazi", "الغازي"), ("Ouali", "الوالي"),
    ("Boukhari", "البخاري"), ("Laaroussi", "العروسي"), ("Chafik", "شفيق"), ("Mernissi", "المرنيسي"),
)

# Regional letter prefixes of the national identity card (shape only).
CIN_PREFIXES = (
    "A", "AB", "AD", "B", "BE", "BH", "BJ", "BK", "C", "CB", "D", "DA", "E", "EE", "F", "G",
    "H", "HA", "I", "IA", "J", "JA", "JB", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "U",
    "V", "W", "X", "Y", "Z",
)

# Corps (bodies) and their grades, lowest first; the weights make teacher-researchers rare.
CORPS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("administrateur", 22, ("Administrateur 3e grade", "Administrateur 2e grade",
                            "Administrateur 1er grade")),
    ("technicien", 22, ("Technicien 4e grade", "Technicien 3e grade", "Technicien 2e grade",
                        "Technicien 1er grade")),
    ("ingenieur", 12, ("Ingénieur d'État 1er grade", "Ingénieur d'État grade principal",
                       "Ingénieur en chef grade principal")),
    ("adjoint_administratif", 20, ("Adjoint administratif 3e grade",
                                   "Adjoint administratif 2e grade",
                                   "Adjoint administratif 1er grade")),
    ("adjoint_technique", 20, ("Adjoint technique 3e grade", "Adjoint technique 2e grade",
                               "Adjoint technique 1er grade")),
    ("redacteur", 8, ("Rédacteur 3e grade", "Rédacteur 2e grade", "Rédacteur 1er grade")),
    ("enseignant_chercheur", 1, ("Professeur assistant", "Professeur habilité",
                                 "Professeur de l'enseignement supérieur")),
)
# fmt: on
_CORPS_NAMES = tuple(c[0] for c in CORPS)
_CORPS_WEIGHTS = tuple(c[1] for c in CORPS)
_GRADES = {c[0]: c[2] for c in CORPS}

# Index spaces of the identifier bijections: each collectivity owns a disjoint range.
_BASE_INDEX = {DEMO_COMMUNE: 0, OTHER_COMMUNE: 8_000_000}
_MAX_PER_COLLECTIVITY = 8_000_000


def _membership_no(index: int) -> str:
    # x -> (a*x + b) mod m is a bijection of [0, m) when gcd(a, m) == 1 (m = 2^8 3^2 5^8).
    return str(100_000_000 + (index * 7_919_311 + 12_345_677) % 900_000_000)


def _ppr(index: int) -> str:
    # m = 9_000_000 = 2^6 3^2 5^6; a is prime to it.
    return str(1_000_000 + (index * 4_987_621 + 2_718_281) % 9_000_000)


def _cin(index: int) -> str:
    # One bijection over (prefix, 6-digit number) pairs: m = 38 * 900_000 = 2^6 3^2 5^5 19.
    value = (index * 7_777_777 + 4_242_421) % (len(CIN_PREFIXES) * 900_000)
    prefix, number = CIN_PREFIXES[value % len(CIN_PREFIXES)], 100_000 + value // len(CIN_PREFIXES)
    return f"{prefix}{number}"


_ORD_REFERENCE = REFERENCE_DATE.toordinal()
_ORD_FIRST = date(1965, 7, 1).toordinal()  # everyone else is over 18 months from the limit
_ORD_2000 = date(2000, 12, 31).toordinal()
# Near-retirees reach 63 between 2026-12-01 and 2028-06-30: still in service at the reference date,
# with their dossier due (the planner's 18-month window).
_ORD_NEAR_FIRST = date(1963, 12, 1).toordinal()
_ORD_NEAR_LAST = date(1965, 6, 30).toordinal()
_CORPS_CUMULATIVE = tuple(itertools.accumulate(_CORPS_WEIGHTS))
_CORPS_TOTAL = _CORPS_CUMULATIVE[-1]
_YEAR = 365.25


def _between(rnd: Callable[[], float], first: int, last: int) -> int:
    """A uniform ordinal in [first, last] (last < first gives first)."""
    return first + int(rnd() * (max(first, last) - first + 1))


# One affiliate as plain values: the fast path of the seed (a million of them).
# (membership, ppr, cin, last_lat, first_lat, last_ar, first_ar, sex, birth ordinal,
#  hire ordinal, grade, corps, periods as (start ordinal, end ordinal or None, kind))
_Draw = tuple[
    str,
    str,
    str,
    str,
    str,
    str,
    str,
    str,
    int,
    int,
    str,
    str,
    tuple[tuple[int, int | None, str], ...],
]


def _draw(rng: random.Random, global_index: int, near_retirement: bool) -> _Draw:
    rnd = rng.random
    female = rnd() < 0.45
    names = FEMALE_FIRST if female else MALE_FIRST
    first_lat, first_ar = names[int(rnd() * len(names))]
    last_lat, last_ar = FAMILY[int(rnd() * len(FAMILY))]

    if near_retirement:
        birth = _between(rnd, _ORD_NEAR_FIRST, _ORD_NEAR_LAST)
    else:
        birth = _between(rnd, _ORD_FIRST, _ORD_2000)
    # Hired between 20 and 35 years old, and before the reference date.
    hire = _between(
        rnd, birth + int(20 * _YEAR) + 1, min(birth + int(35 * _YEAR), _ORD_REFERENCE - 1)
    )

    pick = rnd() * _CORPS_TOTAL
    corps_index = bisect.bisect_right(_CORPS_CUMULATIVE, pick)
    corps = _CORPS_NAMES[min(corps_index, len(_CORPS_NAMES) - 1)]
    grades = _GRADES[corps]
    seniority = (_ORD_REFERENCE - hire) / _YEAR
    grade = grades[min(len(grades) - 1, int(seniority / 9 + rnd() * 1.2))]

    periods: list[tuple[int, int | None, str]] = []
    if rnd() < 0.12:
        # Validated prior service (e.g. as a temporary agent) just before the hiring.
        start = max(hire - int((1 + int(rnd() * 6)) * _YEAR), birth + int(18 * _YEAR) + 1)
        if start < hire:
            periods.append((start, hire - 1, "validated"))
    periods.append((hire, None, "effective"))
    if rnd() < 0.10 and seniority >= 3:
        # One interruption (unpaid leave, secondment...) inside the effective period: the
        # domain subtracts interruptions from the effective time that covers them.
        start = _between(rnd, hire + 365, _ORD_REFERENCE - 400)
        end = min(start + 90 + int(rnd() * 1000), _ORD_REFERENCE)
        periods.append((start, end, "interruption"))

    return (
        _membership_no(global_index),
        _ppr(global_index),
        _cin(global_index),
        last_lat,
        first_lat,
        last_ar,
        first_ar,
        "F" if female else "M",
        birth,
        hire,
        grade,
        corps,
        tuple(periods),
    )


def _draws(collectivity_id: str, count: int) -> Iterator[_Draw]:
    if collectivity_id not in _BASE_INDEX:
        raise ValueError(f"no seed for collectivity {collectivity_id}")
    if not 0 <= count <= _MAX_PER_COLLECTIVITY:
        raise ValueError(f"count must be between 0 and {_MAX_PER_COLLECTIVITY}")
    rng = random.Random(f"mellaf-sandbox/{SEED_VERSION}/{collectivity_id}")  # noqa: S311
    base = _BASE_INDEX[collectivity_id]
    for index in range(count):
        # Every 25th affiliate is near retirement, on top of those the uniform draw gives.
        yield _draw(rng, base + index, index % 25 == 0)


def generate_affiliates(collectivity_id: str, count: int) -> Iterator[Affiliate]:
    """The first `count` affiliates of a collectivity's deterministic sequence."""
    day = date.fromordinal
    for d in _draws(collectivity_id, count):
        yield Affiliate(
            membership_no=d[0],
            ppr=d[1],
            cin=d[2],
            last_name_lat=d[3],
            first_name_lat=d[4],
            last_name_ar=d[5],
            first_name_ar=d[6],
            sex=Sex(d[7]),
            birth_date=day(d[8]),
            hire_date=day(d[9]),
            grade=d[10],
            corps=d[11],
            collectivity_id=collectivity_id,
            status="active",
            periods=tuple(
                ServicePeriod(day(s), day(e) if e is not None else None, PeriodKind(k))
                for s, e, k in d[12]
            ),
            updated_at=SEED_STAMP,
            reference_salary=fictional_salary(d[10], day(d[9]).isoformat()),
        )


def _row(d: _Draw, collectivity_id: str) -> tuple[str, ...]:
    day = date.fromordinal
    periods = ",".join(
        f'{{"start":"{day(s).isoformat()}","end":'
        + (f'"{day(e).isoformat()}"' if e is not None else "null")
        + f',"kind":"{k}"}}'
        for s, e, k in d[12]
    )
    return (
        *d[:8],
        day(d[8]).isoformat(),
        day(d[9]).isoformat(),
        d[10],
        d[11],
        collectivity_id,
        "active",
        f"[{periods}]",
        SEED_STAMP,
    )


_INSERT_AFFILIATE = (
    "INSERT INTO affiliates (membership_no, ppr, cin, last_name_lat, first_name_lat,"
    " last_name_ar, first_name_ar, sex, birth_date, hire_date, grade, corps, collectivity_id,"
    " status, periods, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def seed_database(db: SandboxDB, affiliates: int) -> bool:
    """Fill an empty sandbox database once; returns False when it was already seeded."""
    if db.meta("seeded_affiliates") is not None:
        if db.meta("seeded_affiliates") != str(affiliates):
            log.warning(
                "sandbox database already seeded with %s affiliates; keeping them",
                db.meta("seeded_affiliates"),
            )
        return False
    with db.transaction() as c:
        c.executemany(
            "INSERT OR REPLACE INTO collectivities (id, name_fr, name_ar) VALUES (?, ?, ?)",
            [(k.id, k.name_fr, k.name_ar) for k in COLLECTIVITIES],
        )
        c.executemany(
            "INSERT OR REPLACE INTO accounts (id, display_name, role, collectivity_id,"
            " password_hash) VALUES (?, ?, ?, ?, ?)",
            [
                (a.id, a.display_name, str(a.role), a.collectivity_id, hash_password(a.password))
                for a in SEED_ACCOUNTS
            ],
        )
        c.execute("DELETE FROM affiliates")
        c.execute("PRAGMA cache_size = -131072")  # 128 MiB while bulk loading
        for collectivity_id, count in (
            (DEMO_COMMUNE, affiliates),
            (OTHER_COMMUNE, OTHER_COMMUNE_AFFILIATES),
        ):
            batch: list[tuple[str, ...]] = []
            for d in _draws(collectivity_id, count):
                batch.append(_row(d, collectivity_id))
                if len(batch) >= BATCH:
                    c.executemany(_INSERT_AFFILIATE, batch)
                    batch.clear()
            if batch:
                c.executemany(_INSERT_AFFILIATE, batch)
        for statement in AFFILIATE_INDEXES:  # (not executescript: it would commit)
            c.execute(statement)
        c.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("seeded_affiliates", str(affiliates)), ("seed_version", SEED_VERSION)],
        )
        c.execute("PRAGMA cache_size = -2000")
    for collectivity in COLLECTIVITIES:  # served as a platform serves its stored export
        export_snapshot.build(db, collectivity.id)
    return True


def write_accounts_file(data_dir: Path) -> Path:
    """DATA_DIR/accounts.json: the fictional accounts and their passwords, for demo and tests."""
    path = data_dir / "accounts.json"
    payload = [
        {
            "id": a.id,
            "role": str(a.role),
            "collectivity_id": a.collectivity_id,
            "password": a.password,
        }
        for a in SEED_ACCOUNTS
    ]
    tmp = path.with_suffix(".json.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, indent=2)
        f.write("\n")
    tmp.replace(path)
    return path
