"""US pay-transparency laws: which job postings must show pay, and what else.

ONE table, `RULES`, of the jurisdictions whose laws require pay in job postings, each with its
effective date, what it requires, and whether it reaches remote jobs its residents can take.
To add a law: add a `PayRule` to `RULES` (with the citation in a comment), and a test row in
tests/jobs/test_pay_transparency.py for the day before and the day it takes effect.

Where it applies (`rules_for`):
- an on-site or hybrid job: the rules of its state (and its city, for a city's law);
- a remote job: the rules of its own location, and of every state it is open to (all of them when
  it is open to the whole US: the strictest rules apply) whose law reaches remote jobs.

This encodes Amtec's reading of each law for a staffing agency posting on its own site; it is not
legal advice, and the thresholds some laws have (employer size) are not modelled: Amtec is over
all of them.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from .states import STATE_CODES

# New York City's law covers the five boroughs, whatever name a posting uses for the place.
NEW_YORK_CITY = {"new york", "new york city", "nyc", "manhattan", "brooklyn", "queens", "bronx",
                 "the bronx", "staten island"}  # fmt: skip


@dataclass(frozen=True)
class PayRule:
    jurisdiction: str  # as staff read it: "Colorado", "New York City"
    law: str  # the law's short name and citation, as the refusal names it
    effective: date
    state: str  # two-letter code
    cities: frozenset[str] = frozenset()  # a city's law: the names of places it covers
    range: bool = True  # a minimum and a maximum
    benefits: bool = False  # a general description of benefits
    remote: bool = False  # reaches remote jobs the jurisdiction's residents can take

    def covers_place(self, state: str, city: str) -> bool:
        if state != self.state:
            return False
        return not self.cities or city.strip().lower() in self.cities

    def in_force(self, on: date) -> bool:
        return on >= self.effective


RULES: list[PayRule] = [
    # Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201(2) (SB 19-085), with the Equal Pay
    # Transparency Rules, 7 CCR 1103-13: pay range and a general description of benefits; it
    # covers remote jobs Coloradans may do.
    PayRule("Colorado", "Colorado's Equal Pay for Equal Work Act (C.R.S. § 8-5-201)",
            date(2021, 1, 1), "CO", benefits=True, remote=True),
    # New York City Human Rights Law, NYC Admin. Code § 8-107(32) (Local Laws 32 and 59 of 2022):
    # a good-faith minimum and maximum; includes remote jobs that could be done in the city.
    PayRule("New York City", "New York City's pay transparency law (NYC Admin. Code § 8-107(32))",
            date(2022, 11, 1), "NY", cities=frozenset(NEW_YORK_CITY), remote=True),
    # California Labor Code § 432.3(c)(3) (SB 1162): the pay scale; includes remote jobs that
    # may be filled in California.
    PayRule("California", "California Labor Code § 432.3 (SB 1162)",
            date(2023, 1, 1), "CA", remote=True),
    # Washington, RCW 49.58.110 (SB 5761, amended by SB 5408): wage scale or salary range and a
    # general description of benefits and other compensation; includes remote jobs open to
    # Washington residents (L&I Administrative Policy ES.E.1).
    PayRule("Washington", "Washington's Equal Pay and Opportunities Act (RCW 49.58.110)",
            date(2023, 1, 1), "WA", benefits=True, remote=True),
    # New York State Labor Law § 194-b: the range; includes jobs performed at least in part in
    # New York, remote ones among them.
    PayRule("New York State", "New York Labor Law § 194-b",
            date(2023, 9, 17), "NY", remote=True),
    # Hawaii, HRS § 378-2.4 (Act 203 of 2023): an hourly rate or salary range.
    PayRule("Hawaii", "Hawaii Revised Statutes § 378-2.4", date(2024, 1, 1), "HI"),
    # District of Columbia, Wage Transparency Omnibus Amendment Act of 2023, D.C. Code
    # § 32-1451 et seq.: the minimum and maximum projected salary or hourly pay.
    PayRule("District of Columbia", "D.C.'s Wage Transparency Omnibus Amendment Act of 2023",
            date(2024, 6, 30), "DC"),
    # Maryland Labor and Employment § 3-304.2 (SB 525 of 2024): wage range and a general
    # description of benefits and other compensation.
    PayRule("Maryland", "Maryland Labor and Employment § 3-304.2",
            date(2024, 10, 1), "MD", benefits=True),
    # Illinois Equal Pay Act, 820 ILCS 112/10(b-25) (Public Act 103-0539): pay scale and a
    # general description of benefits; includes jobs performed at least in part in Illinois.
    PayRule("Illinois", "the Illinois Equal Pay Act (820 ILCS 112/10)",
            date(2025, 1, 1), "IL", benefits=True, remote=True),
    # Minnesota Statutes § 181.173 (2024 session law ch. 127): starting salary range and a
    # general description of benefits and other compensation.
    PayRule("Minnesota", "Minnesota Statutes § 181.173",
            date(2025, 1, 1), "MN", benefits=True),
    # New Jersey, P.L.2024, c.91 (S2310), N.J.S.A. 34:11-56a49: hourly wage or salary range and
    # a general description of benefits and other compensation.
    PayRule("New Jersey", "New Jersey's pay transparency law (N.J.S.A. 34:11-56a49)",
            date(2025, 6, 1), "NJ", benefits=True),
    # Vermont, 21 V.S.A. § 495o (Act 155 of 2024): the range; includes remote jobs predominantly
    # performed for an office or work location in Vermont.
    PayRule("Vermont", "Vermont's pay transparency law (21 V.S.A. § 495o)",
            date(2025, 7, 1), "VT", remote=True),
    # Massachusetts, M.G.L. c. 149 § 105F (Frances Perkins Workplace Equity Act, Chapter 141 of
    # the Acts of 2024): the pay range.
    PayRule("Massachusetts", "Massachusetts General Laws c. 149 § 105F",
            date(2025, 10, 29), "MA"),
]  # fmt: skip


@dataclass(frozen=True)
class Problem:
    rule: PayRule
    field: str  # the job's field to fill in
    message: str


def posting_day(job, now: datetime | None = None) -> date:
    """The day the law looks at: today, or the posting date if the job appears later."""
    moment = max(now or timezone.now(), job.posted_at) if job.posted_at else now or timezone.now()
    return timezone.localdate(moment)


def rules_for(job, on: date) -> list[PayRule]:
    """The rules in force on `on` that cover the job (see the module's docstring)."""
    remote = job.workplace == job.Workplace.REMOTE
    open_to = set(job.remote_states or STATE_CODES) if remote else set()
    found = []
    for rule in RULES:
        if not rule.in_force(on):
            continue
        here = rule.covers_place(job.state, job.city or "")
        # A city's law reaches remote residents of the city: open to its state is open to it.
        residents = remote and rule.remote and rule.state in open_to
        if here or residents:
            found.append(rule)
    return found


def problems(job, on: date) -> list[Problem]:
    """What each rule covering the job asks for and the job lacks."""
    found = []
    for rule in rules_for(job, on):
        if rule.range and (job.pay_min is None or job.pay_max is None):
            field = "pay_min" if job.pay_min is None else "pay_max"
            found.append(Problem(rule, field, (
                f"{rule.law} requires a pay range in postings for {rule.jurisdiction}: "
                "fill in both “pay from” and “pay to”."
            )))  # fmt: skip
        if rule.benefits and not (job.benefits or "").strip():
            found.append(Problem(rule, "benefits", (
                f"{rule.law} requires a general description of benefits in postings for "
                f"{rule.jurisdiction}: fill in “benefits”."
            )))  # fmt: skip
    return found


def errors_by_field(found: list[Problem]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for problem in found:
        messages = errors.setdefault(problem.field, [])
        if problem.message not in messages:
            messages.append(problem.message)
    return errors
