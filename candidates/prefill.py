"""Contact details read from a resume's text, to fill in the submission form for the candidate.

:func:`fields_from_text` returns only what it found, under the names of
:class:`candidates.forms.SubmissionForm`'s fields (``name``, ``email``, ``phone``, ``city``,
``state``, ``profile_url``). The candidate checks every value before submitting, so a guess is
fine where it is usually right; but a value that is clearly not the field (a job title for a
name, an employer's city in the work history) is worse than none, so each reader prefers the
resume's header and footer, where people put their contact details, over the body.

A pure function of the text: no database, no files, no network; it never logs the text.
"""

from __future__ import annotations

import re

import phonenumbers

from jobs.states import STATE_BY_NAME, STATE_CODES

# The contact block is at the top (or, in some templates, at the bottom): the first and last lines.
HEAD_LINES = 15
FOOT_LINES = 6
# Longer texts are cut before reading: the contact block is never past this. Lines are read
# up to MAX_LINE_CHARS (a contact line is far shorter; a paragraph is not a contact line), and
# the whole text is searched for a phone number at most PHONE_TRIES times: every reader here
# takes time in proportion to its input, whatever the input (it runs while the visitor waits).
MAX_CHARS = 50_000
MAX_LINE_CHARS = 300
PHONE_TRIES = 200
# A city's name is never longer than this: the words before a state are looked for within it.
_CITY_WINDOW = 60

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}(?![\w-])"
)
_MAILTO = re.compile(r"mailto:", re.IGNORECASE)

# Profile links: LinkedIn first, then code and design portfolios, then any personal site.
_URL = re.compile(
    r"(?<![@\w.-])(?:https?://)?(?:www\.)?"
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
    r"(?::\d{2,5})?(?:/[^\s|,;()<>\"']*)?",
    re.IGNORECASE,
)
_LINKEDIN = re.compile(r"(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[^/\s]+", re.IGNORECASE)
_PORTFOLIO_HOSTS = (
    "github.com", "gitlab.com", "bitbucket.org", "behance.net", "dribbble.com",
    "stackoverflow.com", "medium.com", "about.me", "codepen.io", "kaggle.com",
)  # fmt: skip
# A bare domain counts only with one of these endings, so "Node.js" or "ASP.NET" is not a site.
_SITE_TLDS = {
    "com", "net", "org", "io", "dev", "me", "co", "us", "info", "site", "page", "app", "design",
    "tech", "online", "work", "pro", "xyz", "blog", "portfolio", "studio",
}  # fmt: skip

# "Austin, TX", "Austin, TX 78701", "St. Louis, Missouri", "Winston-Salem NC 27101": a state
# (code or name) after a comma or a space, then perhaps a ZIP code; the city is the words before.
_STATE_NAMES = "|".join(
    sorted((re.escape(name.title()) for name in STATE_BY_NAME), key=len, reverse=True)
)
_STATE = re.compile(
    rf"(,?)\s*(?<![A-Za-z])([A-Z]{{2}}|{_STATE_NAMES})\.?(\s+\d{{5}}(?:-\d{{4}})?)?(?![A-Za-z0-9])"
)
# What may follow a state: the end of the part, punctuation, a number, or the country.
_WORD_AFTER = re.compile(r"\s*(?!(?:USA|U\.S\.A\.|US|United States)\b)[^\W\d_]")
_CITY_STOPWORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "suite", "apt", "drive", "dr", "blvd", "lane",
    "ln", "court", "ct", "way", "inc", "llc", "corp", "co", "company", "ltd", "group", "phone",
    "email", "cell", "mobile", "address", "location", "present", "remote", "hybrid", "to",
}  # fmt: skip

# Words that make a short capitalised line a heading or a job title rather than a person's name.
_NOT_NAME_WORDS = {
    # section headings and document words
    "resume", "résumé", "curriculum", "vitae", "cv", "summary", "profile", "professional",
    "experience", "education", "skills", "objective", "contact", "references", "page",
    "employment", "history", "work", "certifications", "certification", "licenses", "training",
    "projects", "qualifications", "core", "competencies", "technical", "career", "personal",
    "information", "details", "available", "upon", "request", "languages", "awards", "of",
    "and", "the", "for", "with", "in", "at", "to", "phone", "email", "mobile", "cell", "address",
    "linkedin", "github", "portfolio", "website", "name", "tel", "telephone", "home", "office",
    # job titles and their words
    "engineer", "engineering", "developer", "manager", "management", "specialist", "technician",
    "assistant", "machinist", "inspector", "accountant", "administrator", "administrative",
    "analyst", "designer", "director", "coordinator", "consultant", "nurse", "operator",
    "supervisor", "associate", "officer", "representative", "clerk", "lead", "senior", "junior",
    "staff", "intern", "architect", "programmer", "scientist", "welder", "electrician",
    "mechanic", "driver", "recruiter", "executive", "president", "vice", "chief", "head",
    "software", "mechanical", "electrical", "civil", "aerospace", "manufacturing", "quality",
    "network", "systems", "system", "payroll", "help", "desk", "support", "sales", "marketing",
    "customer", "service", "services", "operations", "production", "maintenance", "warehouse",
    "logistics", "finance", "financial", "accounting", "human", "resources", "it", "data",
    "registered", "certified", "licensed", "medical", "clinical", "healthcare", "health",
    "cnc", "stress", "design", "tech", "team", "project", "program", "product",
    "inc", "llc", "corp", "university", "college", "school", "institute", "department",
    "apprentice", "journeyman", "generalist", "trainee", "helper", "laborer", "foreman",
    "installer", "planner", "buyer", "estimator", "auditor", "controller", "bookkeeper",
    "teller", "cashier", "receptionist", "secretary", "paralegal", "attorney", "therapist",
    "pharmacist", "technologist", "hygienist", "assembler", "fabricator", "fitter", "plumber",
    "carpenter", "painter", "millwright", "rigger", "scheduler", "dispatcher", "agent",
    "advisor", "counselor", "teacher", "instructor", "worker", "handler", "picker", "packer",
    "member", "owner", "founder", "hr", "rn", "lpn", "cna", "practical", "nursing", "hvac",
    "industrial", "chemical", "process", "embedded", "firmware", "full", "stack", "web",
}  # fmt: skip
# Labels in front of contact details: each ends one part of a line and starts another.
_CONTACT_LABEL = re.compile(
    r"\b(?:phone|tel|telephone|cell|mobile|home|work|e-?mail|address|location|linkedin|github"
    r"|portfolio|website|web|site|url)\s*(?:\([^)]*\))?\s*[:：]",
    re.IGNORECASE,
)
_NAME_PARTICLES = {"de", "del", "della", "da", "di", "van", "von", "der", "den", "la", "le", "du",
                   "bin", "ibn", "al", "el", "dos", "das", "st."}  # fmt: skip
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_NAME_LABEL = re.compile(r"^\s*(?:full\s+)?name\s*[:\-–]\s*(.+)$", re.IGNORECASE)
_SEGMENT_SPLIT = re.compile(r"\s*(?:[|•·●▪◦♦–—/\t;]|\s-\s|,)\s*")
_COLUMN_GAP = re.compile(r"\s{2,}")  # two columns side by side in a text export
_PLACEHOLDER = "\x00"


def fields_from_text(text: str) -> dict[str, str]:
    """The submission form's fields found in a resume's text; a field not found is absent."""
    text = (text or "")[:MAX_CHARS]
    lines = [line.strip()[:MAX_LINE_CHARS] for line in text.splitlines() if line.strip()]
    if not lines:
        return {}
    contact_lines = _contact_lines(lines)
    contact_text = "\n".join(contact_lines)
    found: dict[str, str] = {}
    email = _find_email(contact_text) or _find_email(text)
    if email:
        found["email"] = email
    phone = _find_phone(contact_text) or _find_phone(text)
    if phone:
        found["phone"] = phone
    place = _find_city_state(contact_lines)
    if place:
        found["city"], found["state"] = place
    url = _find_profile_url(contact_text, email) or _find_profile_url(
        text, email, linkedin_only=True
    )
    if url:
        found["profile_url"] = url
    name = _find_name(lines, email)
    if name:
        found["name"] = name
    return found


def _contact_lines(lines: list[str]) -> list[str]:
    if len(lines) <= HEAD_LINES + FOOT_LINES:
        return lines
    return lines[:HEAD_LINES] + lines[-FOOT_LINES:]


# --- email, phone, link ----------------------------------------------------------------------


def _find_email(text: str) -> str | None:
    match = _EMAIL.search(_MAILTO.sub(" ", text))
    return match.group(0).rstrip(".") if match else None


def _find_phone(text: str) -> str | None:
    """The first valid number (E.164), or failing that the first number of a possible shape."""
    text = _EMAIL.sub(" ", text)
    for leniency in (phonenumbers.Leniency.VALID, phonenumbers.Leniency.POSSIBLE):
        matches = phonenumbers.PhoneNumberMatcher(
            text, "US", leniency=leniency, max_tries=PHONE_TRIES
        )
        for match in matches:
            number = match.number
            if number.country_code == 1 and len(str(number.national_number)) != 10:
                continue
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _find_profile_url(text: str, email: str | None, *, linkedin_only: bool = False) -> str | None:
    text = _EMAIL.sub(" ", text)
    email_domain = email.rpartition("@")[2].lower() if email else ""
    linkedin = _LINKEDIN.search(text)
    if linkedin:
        return _with_scheme(_trim_url(linkedin.group(0)))
    if linkedin_only:
        return None
    portfolio = site = None
    for match in _URL.finditer(text):
        url = _trim_url(match.group(0))
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
        host = host.split("/", 1)[0].split(":", 1)[0].lower()
        if not host or host == email_domain:
            continue
        has_scheme = url.lower().startswith(("http://", "https://", "www."))
        if host.endswith(_PORTFOLIO_HOSTS) and "/" in url.split("//", 1)[-1]:
            portfolio = portfolio or url
        elif has_scheme or (host.rpartition(".")[2] in _SITE_TLDS and host == url.lower()):
            if not has_scheme and match.group(0) != match.group(0).lower():
                continue  # "Amtec.com" in a sentence is a company, a typed site is lowercase
            site = site or url
    chosen = portfolio or site
    return _with_scheme(chosen) if chosen else None


def _trim_url(url: str) -> str:
    return url.rstrip(".,;:!?)]}'\"")


def _with_scheme(url: str) -> str:
    return url if re.match(r"https?://", url, re.IGNORECASE) else f"https://{url}"


# --- city and state --------------------------------------------------------------------------


def _find_city_state(lines: list[str]) -> tuple[str, str] | None:
    for line in lines:
        # Emails, links and numbers hold no city and would glue onto one ("Austin, TX 512...").
        line = _EMAIL.sub(" | ", line)
        line = _URL.sub(lambda m: " | " if "." in m.group(0) else m.group(0), line)
        for part in re.split(r"\s*[|•·●▪◦♦\t]\s*|\s{2,}", line):
            place = _city_state_in(part)
            if place:
                return place
    return None


def _city_state_in(part: str) -> tuple[str, str] | None:
    for match in _STATE.finditer(part):
        state = _state_code(match.group(2))
        comma, zip_code = match.group(1), match.group(3)
        if not state or not (comma or zip_code or len(match.group(2)) == 2):
            continue
        if _WORD_AFTER.match(part, match.end()):
            continue  # "UT Dallas", "IT Help Desk": not a place's state
        # The words just before the state that can be a city name ("Prairie Inc., Wichita").
        start = max(0, match.start() - _CITY_WINDOW)
        before = re.split(r"[,:;()\[\]]", part[start : match.start()])[-1].split()
        if start and before and not part[start - 1].isspace():
            before = before[1:]  # the window began inside a word
        kept: list[str] = []
        for word in reversed(before):
            if (
                not _is_city_word(word)
                or word.lower().strip(".") in _CITY_STOPWORDS
                or word.lower() in _NOT_NAME_WORDS
                or len(kept) == 4
            ):
                break
            kept.insert(0, word)
        while kept and kept[0].islower():  # "in Austin", "near Dayton"
            kept.pop(0)
        if not kept or (len(kept) == 1 and len(kept[0]) < 3):
            continue
        city = " ".join(kept)
        if city.isupper():
            city = _recase(city)
        return city, state
    return None


def _is_city_word(word: str) -> bool:
    """ "Austin", "ST.", "Winston-Salem", "José", or a lower-case particle ("de", "la")."""
    word = word.removesuffix(".")
    parts = word.split("-")
    if not all(part.isalpha() for part in parts):
        return False
    if word.islower():
        return 2 <= len(word) <= 3
    return all(part[0].isupper() for part in parts) and len(word) >= 2


def _state_code(value: str) -> str | None:
    value = value.strip(" .")
    if value.upper() == value and value in STATE_CODES:
        return value
    return STATE_BY_NAME.get(value.lower())


# --- name ------------------------------------------------------------------------------------


def _find_name(lines: list[str], email: str | None) -> str | None:
    for line in lines[:HEAD_LINES]:
        label = _NAME_LABEL.match(line)
        if label:
            name = _name_in(label.group(1).split("|")[0].strip())
            if name:
                return name
    email_words = set(re.findall(r"[a-z]{2,}", email.partition("@")[0].lower())) if email else set()
    email_local = re.sub(r"[^a-z]", "", email.partition("@")[0].lower()) if email else ""
    best: tuple[float, str] | None = None
    for index, line in enumerate(_contact_lines(lines)):
        for segment in _segments(line):
            name = _name_in(segment)
            if not name:
                continue
            score = 10.0 - min(index, HEAD_LINES) * 0.5
            words = [w.lower().strip(".'’") for w in name.split()]
            letters = [re.sub(r"[^a-z]", "", w) for w in words]
            matched = sum(
                1 for w in letters if len(w) > 1 and (w in email_words or w in email_local)
            )
            score += 6 * matched
            if segment.isupper():
                score += 1
            if best is None or score > best[0]:
                best = (score, name)
    return best[1] if best else None


def _segments(line: str) -> list[str]:
    """Parts of a line that could each be a name: split at separators, contact details removed."""
    line = _EMAIL.sub(_PLACEHOLDER, line)
    line = _URL.sub(lambda m: _PLACEHOLDER if "." in m.group(0) else m.group(0), line)
    line = re.sub(r"[+(]?\d[\d\s().\-]{5,}\d", _PLACEHOLDER, line)
    place = _city_state_in(line)
    if place:
        line = line.replace(f"{place[0]}", _PLACEHOLDER, 1)
    line = re.sub(r"^\s*(?:full\s+)?name\s*[:\-–]\s*", "", line, flags=re.IGNORECASE)
    line = _CONTACT_LABEL.sub(_PLACEHOLDER, line)
    parts = _SEGMENT_SPLIT.split(line.replace(_PLACEHOLDER, "|"))
    parts += [column for part in parts for column in _COLUMN_GAP.split(part)]
    return list(dict.fromkeys(" ".join(part.split()) for part in parts if part and part.strip()))


def _name_in(segment: str) -> str | None:
    """The segment as a person's name ("DANIEL R. OKAFOR" -> "Daniel R. Okafor"), or None."""
    segment = segment.strip(" ,:")
    if segment.split()[-1:] and segment.split()[-1].lower() not in _NAME_SUFFIXES:
        segment = segment.rstrip(".")
    if not segment or len(segment) > 50 or any(ch.isdigit() for ch in segment):
        return None
    words = segment.split()
    if not 2 <= len(words) <= 5:
        return None
    significant = 0
    for i, word in enumerate(words):
        lower = word.lower()
        if lower.strip(".,") in _NOT_NAME_WORDS:
            return None
        if lower in _NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if lower.strip(",") in _NAME_SUFFIXES and i == len(words) - 1 and i >= 2:
            continue
        if not _is_name_word(word.strip(",")):
            return None
        if len(word.strip(".")) > 1:
            significant += 1
    if significant < 2:
        return None
    name = " ".join(w.strip(",") for w in words)
    if sum(c.isupper() for c in name) > len(name.replace(" ", "")) / 2:
        name = _recase(name)
    return name


def _is_name_word(word: str) -> bool:
    """ "Okafor", "O'ROURKE", "Carter-Holloway", "Min-jun", "Bermúdez", "R.", in any script."""
    word = word.removesuffix(".")
    parts = re.split(r"[-'’]", word)
    return bool(word) and word[0].isupper() and all(part.isalpha() for part in parts if part)


def _recase(value: str) -> str:
    """Capitals to a name's case: "MEGAN O'ROURKE" -> "Megan O'Rourke"."""
    out = []
    for word in value.split():
        if word.lower().strip(".") in {"ii", "iii", "iv"}:
            out.append(word.upper())
        elif word.lower() in _NAME_PARTICLES:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word))
    return " ".join(out)
