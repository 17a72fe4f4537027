"""Where a ZIP code or a city is, and how far apart two places are: the commute search's geography.

Coordinates come from the `zipcodes` package's bundled US data (offline, no geocoding service).
Its first lookup in a process loads that data (a third of a second and about 37 MB, measured
here; gunicorn.conf.py does it in the master, whose workers then share it); each ZIP or city is
then looked up once (about a millisecond) and kept in memory (`lru_cache`), so a search or a save
pays nothing after the first time.

A city is where its ZIP codes are on average ("Dayton, OH": the mean of Dayton's ZIP codes); a
city without a state is the one of that name with the most ZIP codes (Dayton, OH, not Dayton, TX).
Distances are great-circle distances (haversine) in miles.
"""

import math
import re
from functools import lru_cache
from typing import NamedTuple

import zipcodes

from .states import STATE_BY_NAME, STATE_CODES

EARTH_RADIUS_MILES = 3958.8
RADIUS_OPTIONS = [10, 25, 50, 100]  # miles, the search's choices
DEFAULT_RADIUS = 25

_ZIP = re.compile(r"(\d{5})(?:-\d{4})?")
_CITY_STATE = re.compile(r"(.+?)[,\s]+([A-Za-z][A-Za-z .]+)")
# The data spells these out ("Saint Louis", "Fort Wayne", "Mount Vernon").
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
# A city named alone in the keywords, without a state, is taken as the place only if it has at
# least this many ZIP codes: Dayton (66) or Austin (88), not Cook, MN (2) or Java, SD (1).
BARE_CITY_MIN_ZIPS = 5


class Point(NamedTuple):
    latitude: float
    longitude: float


def _point(rows) -> Point | None:
    points = [(float(r["lat"]), float(r["long"])) for r in rows if r.get("lat") and r.get("long")]
    if not points:
        return None
    return Point(
        round(sum(p[0] for p in points) / len(points), 6),
        round(sum(p[1] for p in points) / len(points), 6),
    )


@lru_cache(maxsize=65_536)
def zip_point(postal_code: str) -> Point | None:
    """'45402' or '45402-1234' -> the ZIP code's coordinates; None for one the data lacks."""
    match = _ZIP.fullmatch(postal_code.strip())
    return _point(zipcodes.matching(match.group(1))) if match else None


def _city_name(city: str) -> str:
    """'st. louis' -> 'Saint Louis', 'winston-salem' -> 'Winston Salem': the data's spelling."""
    words = re.sub(r"[^a-z0-9]+", " ", city.lower()).split()
    return " ".join(_ABBREVIATIONS.get(w, w) if i == 0 else w for i, w in enumerate(words)).title()


@lru_cache(maxsize=16_384)
def city_point(city: str, state: str = "") -> Point | None:
    """A city's coordinates (the mean of its ZIP codes'); without a state, its largest namesake."""
    name = _city_name(city)
    if not name:
        return None
    if state:
        return _point(zipcodes.filter_by(city=name, state=state.upper()))
    by_state: dict[str, list] = {}
    for row in zipcodes.filter_by(city=name):
        by_state.setdefault(row["state"], []).append(row)
    if not by_state:
        return None
    return _point(max(by_state.values(), key=len))


@lru_cache(maxsize=16_384)
def city_zip_count(city: str) -> int:
    """How many ZIP codes the largest city of that name has: how likely a bare name means it."""
    by_state: dict[str, int] = {}
    for row in zipcodes.filter_by(city=_city_name(city)):
        by_state[row["state"]] = by_state.get(row["state"], 0) + 1
    return max(by_state.values(), default=0)


def locate(text: str) -> Point | None:
    """What a visitor typed ('77002', 'Dayton, OH', 'Dayton Ohio', 'Dayton') -> coordinates."""
    text = " ".join(text.split())
    if not text:
        return None
    if _ZIP.fullmatch(text):
        return zip_point(text)
    match = _CITY_STATE.fullmatch(text)
    if match:
        state = match.group(2).strip()
        code = state.upper() if state.upper() in STATE_CODES else STATE_BY_NAME.get(state.lower())
        if code:
            return city_point(match.group(1).strip(" ,"), code)
    return city_point(text)


def _state_code(text: str) -> str | None:
    text = text.strip(" ,.")
    return text.upper() if text.upper() in STATE_CODES else STATE_BY_NAME.get(text.lower())


def _words(tokens) -> str:
    return " ".join(tokens).strip(" ,")


def place_in_keywords(query: str, *, job_words) -> tuple[str, str] | None:
    """A place typed in the keyword box: (the keywords left, the place), or None.

    'nurse 45402' -> ('nurse', '45402'); 'welder in Dayton, OH' -> ('welder', 'Dayton, OH');
    'welder dayton oh' or 'welder, Dayton OH' -> ('welder', 'dayton oh'); 'welder dayton' or
    'dayton welder' -> ('welder', 'dayton'); 'nurse texas' -> ('nurse', 'texas'). A ZIP code is
    one the data knows; a city is one it knows (in that state, when a state follows). A city
    named alone must be a sizeable one (`BARE_CITY_MIN_ZIPS`) and share no word with a job
    title: "Driver", "Mason" or "Baker" are towns too.
    `job_words(words)` gives those of `words` some title uses (one query, only when needed).
    """
    tokens = query.split()
    if not tokens:
        return None
    for i, token in enumerate(tokens):
        if _ZIP.fullmatch(token.strip(",")) and zip_point(token.strip(",")):
            return _words(tokens[:i] + tokens[i + 1 :]), token.strip(",")
    lowered = [t.lower().strip(",") for t in tokens]
    for i in range(len(tokens) - 2, 0, -1):  # "... in <place>", "... near <place>"
        if lowered[i] in ("in", "near") and locate(_words(tokens[i + 1 :])):
            return _words(tokens[:i]), _words(tokens[i + 1 :])
    if '"' in query:
        return None  # a phrase search: the words are meant as they are
    # A state at the end: a full name alone, or a code or name after a city in that state.
    for state_length in (2, 1):
        if len(tokens) <= state_length:
            continue
        code = _state_code(_words(tokens[-state_length:]))
        if not code:
            continue
        for city_length in (3, 2, 1):
            start = len(tokens) - state_length - city_length
            if start >= 0 and city_point(_words(tokens[start:-state_length]), code):
                return _words(tokens[:start]), _words(tokens[start:])
        if len(_words(tokens[-state_length:])) > 2:  # a full state name, not "IN" or "OR"
            return _words(tokens[:-state_length]), _words(tokens[-state_length:])
    # A city alone, at the end or the start.
    candidates = []
    for length in (3, 2, 1):
        if len(tokens) >= length:
            for keep, place in (
                (tokens[:-length], tokens[-length:]),
                (tokens[length:], tokens[:length]),
            ):
                name = _words(place)
                if (
                    all(w.strip(",").isalpha() for w in place)
                    and city_zip_count(name) >= BARE_CITY_MIN_ZIPS
                    and city_point(name)
                ):
                    candidates.append((_words(keep), _words(place)))
    if not candidates:
        return None
    used = job_words([w.strip(",") for _, place in candidates for w in place.split()])
    for keep, place in candidates:
        if not {w.lower().strip(",") for w in place.split()} & used:
            return keep, place
    return None


def job_point(postal_code: str, city: str, state: str) -> Point | None:
    """A job's coordinates: its ZIP code's, or its city's when it has no (known) ZIP code."""
    return (zip_point(postal_code) if postal_code else None) or (
        city_point(city, state) if city else None
    )


def warm_up() -> None:
    """Loads the ZIP code data now rather than at the first lookup (gunicorn.conf.py)."""
    zip_point("45402")


def distance_miles(a: Point, b: Point) -> float:
    """The great-circle distance (haversine) between two points, in miles."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(center: Point, miles: float) -> tuple[float, float, float, float]:
    """(south, north, west, east): every point within `miles` of `center` is inside.

    The box an index can search; the exact distance then drops its corners.
    """
    angle = miles / EARTH_RADIUS_MILES
    dlat = math.degrees(angle)
    cos_lat = math.cos(math.radians(center.latitude))
    # The widest a circle of that radius reaches in longitude (at a latitude off its centre's).
    dlng = (
        180.0 if cos_lat <= math.sin(angle) else math.degrees(math.asin(math.sin(angle) / cos_lat))
    )
    return (
        center.latitude - dlat,
        center.latitude + dlat,
        center.longitude - dlng,
        center.longitude + dlng,
    )
