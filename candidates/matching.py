"""Resume ↔ open job matching that people can check: every match comes with the words behind it.

It is information retrieval, the same steps on every database:

1. Terms. A text is cut into words; contact lines (email, phone, web address), the person's name,
   employer/date lines, US state codes, months and English stop words are dropped, and each word is
   stemmed the way the job search index stems it: PostgreSQL's `english_stem`, so that a term is
   exactly a lexeme of `Job.search_vector`; elsewhere the same Snowball English stemmer in Python
   (snowballstemmer), on both sides.
2. Weights. Each term gets tf-idf against the open jobs: (1 + ln tf) x (BM25 idf)², from
   document frequencies over the open jobs ("corpus statistics", cached). Squared, words many ads
   use ("drug screen", "shift") count for little beside distinctive ones; boilerplate, a word
   most open jobs use ("experience", "schedule"), and a term no job uses cannot explain a match
   and are left out. The MAX_TERMS heaviest terms are the query.
3. Candidates. PostgreSQL: an OR tsquery of the terms against the GIN-indexed `search_vector`,
   starting from `Job.objects.open()`, pre-ranked by `ts_rank` (title > summary > the rest). On a
   large board only jobs sharing two of the six heaviest terms (a quorum tsquery the GIN index
   evaluates; any one of them if too few do) are ranked, the newest CANDIDATE_CAP of them, which
   bounds the work per resume. SQLite: every open job, from a cached in-memory term index.
4. Score. score = 100 x (the weights of the query terms the other side contains; a job title hit
   counts fully, a summary hit 0.8, a description or requirements hit 0.6) / (all the query's
   weights). The matched words are those terms as the text wrote them.

For a job's best candidates the roles swap: the job's terms (weighted the same way, title terms
first) are the query and the current resumes are searched (`Resume.search_vector` on PostgreSQL,
kept by a trigger like the jobs' one).
"""

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, F, Max
from django.db.models.expressions import RawSQL
from snowballstemmer import stemmer

from jobs.models import Job
from jobs.states import STATE_CODES

from .models import Resume

MAX_TERMS = 24  # enough to describe a resume; more only adds noise and ranking work
MIN_SHARED_TERMS = 2  # one shared word ("team") explains nothing
MIN_SCORE = 8
TITLE, SUMMARY, BODY = 1.0, 0.8, 0.6  # how much a hit counts, by where the job uses the word
WEIGHT_FACTOR = {"A": TITLE, "B": SUMMARY, "C": BODY, "D": BODY}  # jobs' search_vector weights
HEADLINE_BOOST = 1.5  # the line under the name usually says the role the person wants
PRE_RANK = 50  # candidates pre-ranked by the database before the explainable score decides
LARGE_BOARD = 2000  # open jobs from which ranking is limited to likely candidates
QUORUM_TERMS = 6  # the heaviest terms, two of which a candidate job must share
CANDIDATE_CAP = 2000  # the most jobs ranked for one resume on a large board (the newest)
SAMPLE_JOBS = 5000  # above this many open jobs, term frequencies come from a sample
PROBE_UNSEEN = 8  # words a sample has not seen that are looked up in the index
STATISTICS_SECONDS = 600
# Boilerplate: a word most job ads share ("experience", "schedule", "paid", "team") tells no job
# from another, so it cannot explain a match. A term used by at least BOILERPLATE_SHARE of the
# open jobs (and by BOILERPLATE_MIN_JOBS of them, so that a small board's chance overlaps are not
# mistaken for it) is left out of every query: a stoplist derived from the board itself,
# recounted with the statistics.
BOILERPLATE_SHARE = 0.5
BOILERPLATE_MIN_JOBS = 12
# Below that, a term weighs by idf squared, as in Lucene's classic similarity (idf weighs both the
# query and the document there): words many ads use ("drug screen", "shift", "license") count for
# little beside distinctive ones, so a match never rests on them.
IDF_POWER = 2


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# PostgreSQL's english.stop (the Snowball list), so both databases drop the same words.
STOP_WORDS = _word_set(
    """i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom this
    that these those am is are was were be been being have has had having do does did doing a an
    the and but if or because as until while of at by for with about against between into through
    during before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such no nor not
    only own same so than too very s t can will just don should now"""
)
# Words every resume has that say nothing about the work.
NOISE_WORDS = _word_set(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec present current resume curriculum vitae references
    reference available upon request email phone mobile cell linkedin github com www http https"""
) | {code.lower() for code in STATE_CODES}
# A line made only of these is a section heading ("PROFESSIONAL SUMMARY", "Work History").
HEADING_WORDS = _word_set(
    """summary professional experience skills skill education certifications certification and
    licenses license profile objective work history employment technical core competencies
    projects awards volunteer training qualifications career highlights additional information
    languages interests references contact details key selected relevant"""
)

_JOBS = connection.ops.quote_name(Job._meta.db_table)
_RESUMES = connection.ops.quote_name(Resume._meta.db_table)
_WORD = re.compile(r"[^\W_]+")
_QUERY_SAFE = re.compile(r"[a-z0-9]+")
_EMAIL = re.compile(r"\S+@\S+")
# Lower-case top-level domains only, so that "ASP.NET" stays a skill.
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|io|dev|me)\b(?:/\S*)?")
_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:(?:19|20)\d{2}|present|current|now)\b", re.I
)
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,5}$")


@dataclass(frozen=True)
class Term:
    lexeme: str  # as the search index holds it
    word: str  # as the text wrote it, for people
    weight: float


@dataclass(frozen=True)
class JobMatch:
    job: Job
    score: int  # 0-100
    matched_words: list[str]


@dataclass(frozen=True)
class CandidateMatch:
    resume: Resume
    score: int  # 0-100
    matched_words: list[str]

    @property
    def candidate(self):
        return self.resume.candidate


@dataclass
class CorpusStatistics:
    """How many open jobs use each term: what makes a term distinctive."""

    documents: int  # jobs the frequencies were counted over (all open jobs, or a sample)
    open_jobs: int
    frequencies: dict[str, int] = field(default_factory=dict)

    @property
    def sampled(self) -> bool:
        return self.documents < self.open_jobs

    def idf(self, lexeme: str) -> float | None:
        """BM25's idf; None for a term no counted job uses."""
        df = self.frequencies.get(lexeme, 0)
        if not df:
            return None
        return math.log(1 + (self.documents - df + 0.5) / (df + 0.5))

    def is_boilerplate(self, lexeme: str) -> bool:
        """A word so many open jobs use that it tells none of them apart (see BOILERPLATE_SHARE)."""
        df = self.frequencies.get(lexeme, 0)
        return df >= BOILERPLATE_MIN_JOBS and df >= BOILERPLATE_SHARE * self.documents

    def weight(self, lexeme: str) -> float | None:
        """How much a term says about a match: None for boilerplate or a term no job uses."""
        idf = self.idf(lexeme)
        if idf is None or self.is_boilerplate(lexeme):
            return None
        return idf**IDF_POWER


# ---- Turning text into weighted terms ----


def _clean_lines(text: str, exclude: Iterable[str]) -> list[str]:
    """The lines worth reading: no contact details, no name line, no employer/date lines."""
    excluded = {w.lower() for value in exclude for w in _WORD.findall(value or "")}
    lines, first = [], True
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if first:
            first = False
            if _NAME_LINE.match(line) and not any(ch.isdigit() for ch in line):
                continue  # "MARCUS WHITFIELD", "Samira Haddad, RN, BSN"
        if _EMAIL.search(line) or _PHONE.search(line) or _DATE_RANGE.search(line):
            continue  # contact lines and "Employer, City, ST | 2019 - Present"
        if all(word.lower() in HEADING_WORDS for word in _WORD.findall(line)):
            continue
        line = _URL.sub(" ", line)
        if excluded:
            line = " ".join(w for w in re.split(r"(\W+)", line) if w.lower() not in excluded)
        lines.append(line)
    return lines


def _words(text: str) -> list[str]:
    """Words in reading order, keeping their case; only ones a query may safely carry."""
    out = []
    for word in _WORD.findall(text):
        lower = word.lower()
        if (
            len(lower) < 2
            or lower.isdigit()
            or lower in STOP_WORDS
            or lower in NOISE_WORDS
            or not _QUERY_SAFE.fullmatch(lower)
        ):
            continue
        out.append(word)
    return out


def _stems(words: Iterable[str]) -> dict[str, str]:
    """Lower-cased word -> lexeme, stemmed the way job vectors are; stop words map to ''."""
    distinct = sorted({w.lower() for w in words})
    if connection.vendor != "postgresql":
        # PostgreSQL's english_stem is Snowball's English stemmer: the same terms either way.
        # A stemmer per call: one keeps the word it is working on, so threads must not share it.
        return dict(zip(distinct, stemmer("english").stemWords(distinct), strict=True))
    # Words with digits are "numwords" that PostgreSQL's english config indexes unstemmed.
    letters = [w for w in distinct if not any(ch.isdigit() for ch in w)]
    stems = {w: w for w in distinct if w not in letters}
    if letters:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT w, ts_lexize('english_stem', w) FROM unnest(%s::text[]) AS w", [letters]
            )
            for word, lexemes in cursor.fetchall():
                stems[word] = lexemes[0] if lexemes else ""
    return stems


def _display_word(forms: Counter) -> str:
    """The way people will recognise a word: lower case unless the text always capitalised it
    (Django, AWS, SolidWorks), and not an all-capitals heading."""
    if any(form.islower() for form in forms):
        return forms.most_common(1)[0][0].lower()
    form = forms.most_common(1)[0][0]
    return form.lower() if form.isupper() and len(form) > 4 else form


@dataclass
class _TermCounts:
    tf: Counter = field(default_factory=Counter)
    factor: dict[str, float] = field(default_factory=dict)  # best field factor per lexeme
    forms: dict[str, Counter] = field(default_factory=dict)


def _count_terms(parts: Sequence[tuple[str, float]]) -> _TermCounts:
    """Count lexemes over (text, field factor) parts, remembering how each was written."""
    words_by_part = [(_words(text), factor) for text, factor in parts]
    stems = _stems(w for words, _ in words_by_part for w in words)
    counts = _TermCounts()
    for words, factor in words_by_part:
        for word in words:
            lexeme = stems.get(word.lower())
            if not lexeme or not _QUERY_SAFE.fullmatch(lexeme):
                continue
            counts.tf[lexeme] += 1
            counts.factor[lexeme] = max(counts.factor.get(lexeme, 0), factor)
            counts.forms.setdefault(lexeme, Counter())[word] += 1
    return counts


def _weighted(
    counts: _TermCounts, stats: CorpusStatistics, limit: int, *, of_a_job: bool = False
) -> list[Term]:
    """The `limit` heaviest terms by tf-idf. A job's own words all exist in a job (itself), even
    when no other open job uses them; a resume's word that no job uses cannot explain a match."""
    scored, unseen = [], []
    rare_idf = math.log(1 + stats.documents / 1.5) ** IDF_POWER  # as if one job used it
    for lexeme, tf in counts.tf.items():
        base = (1 + math.log(tf)) * counts.factor[lexeme]
        if stats.is_boilerplate(lexeme):
            continue
        idf = stats.weight(lexeme)
        if idf is None and of_a_job:
            idf = rare_idf
        if idf is not None:
            scored.append(Term(lexeme, _display_word(counts.forms[lexeme]), base * idf))
        elif stats.sampled:
            unseen.append((base, lexeme))
    # Counted over a sample, an unseen word is either rare in jobs (valuable) or in none (a name,
    # a town): the index tells, for the heaviest few.
    if unseen:
        unseen.sort(key=lambda item: (-item[0], item[1]))
        used = _used_by_jobs([lexeme for _, lexeme in unseen[:PROBE_UNSEEN]])
        for base, lexeme in unseen[:PROBE_UNSEEN]:
            if lexeme in used:
                scored.append(Term(lexeme, _display_word(counts.forms[lexeme]), base * rare_idf))
    scored.sort(key=lambda term: (-term.weight, term.lexeme))
    return scored[:limit]


def _used_by_jobs(lexemes: list[str]) -> set[str]:
    """The lexemes that some job's search vector holds (PostgreSQL)."""
    # Not limited to open jobs on purpose: this only asks whether jobs use the word at all
    # (ranking applies Job.objects.open()), and a bare GIN probe stays cheap for any word.
    return {
        lexeme
        for lexeme in lexemes
        if Job.objects.filter(search_vector=_tsquery([lexeme])).exists()
    }


def resume_terms(text: str, *, exclude: Iterable[str] = (), limit: int = MAX_TERMS) -> list[Term]:
    """The resume's most distinctive terms against the open jobs, heaviest first."""
    lines = _clean_lines(text or "", exclude)
    if not lines:
        return []
    headline = lines[0] if len(lines[0].split()) <= 8 else ""
    parts = [(headline, HEADLINE_BOOST), ("\n".join(lines[1:] if headline else lines), 1.0)]
    counts = _count_terms(parts)
    if not counts.tf:
        return []
    return _weighted(counts, corpus_statistics(), limit)


def job_terms(job: Job, *, limit: int = MAX_TERMS) -> list[Term]:
    """The job's most distinctive terms against the other open jobs, title terms first."""
    exclude = {w.lower() for w in _WORD.findall(f"{job.city} {job.client_name}")}
    parts = [
        (job.title, TITLE),
        (job.summary, SUMMARY),
        (f"{job.description}\n{job.requirements}", BODY),
    ]
    parts = [
        (" ".join(w for w in _WORD.findall(text) if w.lower() not in exclude), factor)
        for text, factor in parts
    ]
    counts = _count_terms(parts)
    if not counts.tf:
        return []
    return _weighted(counts, corpus_statistics(), limit, of_a_job=True)


def resume_exclusions(resume: Resume) -> list[str]:
    """What identifies the person, so their name or town never counts as a skill."""
    candidate = resume.candidate
    return [candidate.name, candidate.email.split("@")[0], candidate.city]


# ---- Corpus statistics ----


def corpus_statistics(*, refresh: bool = False) -> CorpusStatistics:
    """Term frequencies over the open jobs, cached; on SQLite with the whole term index."""
    if connection.vendor != "postgresql":
        return _python_index(refresh=refresh).statistics
    key = "candidates:matching:statistics"
    cached = None if refresh else cache.get(key)
    if cached is not None:
        version, stats = cached
        # A large board is sampled and cached for a while: stale figures only nudge weights, as
        # ranking always reads the live open jobs. A small board is recounted when it changes.
        if stats.open_jobs > SAMPLE_JOBS or version == _open_jobs_version():
            return stats
    version = _open_jobs_version()
    stats = _postgres_statistics(open_jobs=version[0])
    cache.set(key, (version, stats), STATISTICS_SECONDS)
    return stats


def _open_jobs_version() -> tuple:
    """Changes whenever a job opens, closes, expires or is edited."""
    version = Job.objects.open().aggregate(n=Count("pk"), last=Max("pk"), changed=Max("updated_at"))
    changed = version["changed"].timestamp() if version["changed"] else 0
    return (version["n"], version["last"], changed)


def _postgres_statistics(*, open_jobs: int) -> CorpusStatistics:
    if open_jobs > SAMPLE_JOBS:
        # A page sample tells common words from rare ones at a fraction of the cost.
        percent = min(100.0, 100.0 * SAMPLE_JOBS * 1.1 / Job.objects.count())
        sample = Job.objects.open().filter(
            pk__in=RawSQL(  # noqa: S611 - a constant table name and a bound parameter
                f"SELECT id FROM {_JOBS} TABLESAMPLE SYSTEM (%s) REPEATABLE (0)",  # noqa: S608
                [percent],
            )
        )
        documents = sample.count()
        if documents >= SAMPLE_JOBS // 2:  # else the pages were unlucky: count them all
            return CorpusStatistics(documents, open_jobs, _lexeme_counts(sample))
    return CorpusStatistics(open_jobs, open_jobs, _lexeme_counts(Job.objects.open()))


def _lexeme_counts(jobs) -> dict[str, int]:
    """How many of these jobs hold each lexeme, read from their search vectors."""
    sql, params = jobs.values("search_vector").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT u.lexeme, count(*) FROM ({sql}) AS j "  # noqa: S608 - our own compiled SQL
            "CROSS JOIN LATERAL unnest(j.search_vector) AS u GROUP BY u.lexeme",
            params,
        )
        return dict(cursor.fetchall())


@dataclass
class _PythonIndex:
    statistics: CorpusStatistics
    jobs: dict[int, dict[str, float]]  # job id -> lexeme -> best field factor


def _python_index(*, refresh: bool = False) -> _PythonIndex:
    """Every open job's lexemes, rebuilt when the open jobs change (SQLite serves small boards)."""
    key = "candidates:matching:index:{}:{}:{}".format(*_open_jobs_version())
    index = None if refresh else cache.get(key)
    if index is None:
        jobs = {}
        frequencies: Counter = Counter()
        rows = Job.objects.open().values_list(
            "pk", "title", "summary", "description", "requirements"
        )
        for pk, title, summary, description, requirements in rows:
            counts = _count_terms(
                [(title, TITLE), (summary, SUMMARY), (f"{description}\n{requirements}", BODY)]
            )
            jobs[pk] = counts.factor
            frequencies.update(counts.factor.keys())
        stats = CorpusStatistics(len(jobs), len(jobs), dict(frequencies))
        index = _PythonIndex(stats, jobs)
        cache.set(key, index, STATISTICS_SECONDS)
    return index


# ---- Ranking ----


def _tsquery(lexemes: Iterable[str], *, quorum: int = 1) -> SearchQuery:
    """An OR query of lexemes, or of every pair of them; lexemes are [a-z0-9]+ by construction."""
    safe = [f"'{lexeme}'" for lexeme in lexemes if _QUERY_SAFE.fullmatch(lexeme)]
    if quorum == 2 and len(safe) >= 2:
        expression = " | ".join(f"({a} & {b})" for a, b in combinations(safe, 2))
    else:
        expression = " | ".join(safe)
    return SearchQuery(expression, search_type="raw", config="simple")


def _score(terms: Sequence[Term], hits: dict[str, float]) -> tuple[float, list[str]]:
    total = sum(term.weight for term in terms) or 1.0
    matched = [term for term in terms if term.lexeme in hits]
    raw = sum(term.weight * hits[term.lexeme] for term in matched)
    return 100 * raw / total, [term.word for term in matched]


def _keep(score: float, words: list[str]) -> bool:
    return len(words) >= MIN_SHARED_TERMS and score >= MIN_SCORE


def match_jobs(text: str, *, exclude: Iterable[str] = (), limit: int = 5) -> list[JobMatch]:
    """The open jobs that best match a resume's text, best first, with the words that matched."""
    terms = resume_terms(text, exclude=exclude)
    return rank_jobs(terms, limit=limit)


def jobs_for_resume(resume: Resume | None, *, limit: int = 5) -> list[JobMatch]:
    """Best open jobs for a stored resume; none while its text is missing (the caller falls back
    to "browse jobs")."""
    if resume is None or not resume.text.strip():
        return []
    return match_jobs(resume.text, exclude=resume_exclusions(resume), limit=limit)


def rank_jobs(terms: Sequence[Term], *, limit: int = 5) -> list[JobMatch]:
    if not terms:
        return []
    lexemes = [term.lexeme for term in terms]
    if connection.vendor == "postgresql":
        hits_by_job = _postgres_job_hits(terms)
    else:
        index = _python_index()
        open_ids = set(Job.objects.open().values_list("pk", flat=True))
        wanted = set(lexemes)
        hits_by_job = {
            pk: {lx: factor for lx, factor in job_lexemes.items() if lx in wanted}
            for pk, job_lexemes in index.jobs.items()
            if pk in open_ids
        }
    scored = []
    for pk, hits in hits_by_job.items():
        score, words = _score(terms, hits)
        if _keep(score, words):
            scored.append((score, pk, words))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    best = scored[:limit]
    jobs = Job.objects.open().select_related("category").in_bulk([pk for _, pk, _ in best])
    return [JobMatch(jobs[pk], round(score), words) for score, pk, words in best if pk in jobs]


def _postgres_job_hits(terms: Sequence[Term]) -> dict[int, dict[str, float]]:
    """Pre-rank open jobs in the database, then read which query lexemes each best one holds."""
    lexemes = [term.lexeme for term in terms]
    query = _tsquery(lexemes)
    open_jobs = Job.objects.open()
    if corpus_statistics().open_jobs < LARGE_BOARD:
        ids = list(_pre_ranked(open_jobs.filter(search_vector=query), query))
    else:
        # On a large board thousands of jobs share a word or two with any resume, and ranking
        # costs ~10 µs a job. So only jobs sharing two of the heaviest terms are ranked (the GIN
        # index evaluates that quorum), or any one of them if too few share two; and at most the
        # CANDIDATE_CAP newest of them.
        heavy = lexemes[:QUORUM_TERMS]
        ids = []
        for narrowing in (_tsquery(heavy, quorum=2), _tsquery(heavy)):
            pool = open_jobs.filter(search_vector=narrowing).exclude(pk__in=ids)
            newest = pool.order_by("-posted_at", "-pk").values("pk")[:CANDIDATE_CAP]
            ids += _pre_ranked(Job.objects.filter(pk__in=newest), query)[: PRE_RANK - len(ids)]
            if len(ids) >= PRE_RANK:
                break
    rows = Job.objects.filter(pk__in=ids).annotate(
        hits=RawSQL(  # noqa: S611 - a constant table name and a bound parameter
            "ARRAY(SELECT u.lexeme || ':' || array_to_string(u.weights, '') "  # noqa: S608
            f"FROM unnest({_JOBS}.search_vector) AS u WHERE u.lexeme = ANY(%s))",
            [lexemes],
        )
    )
    hits_by_job = {}
    for pk, hits in rows.values_list("pk", "hits"):
        found = {}
        for hit in hits:
            lexeme, _, weights = hit.rpartition(":")
            found[lexeme] = max(WEIGHT_FACTOR[w] for w in weights or "D")
        hits_by_job[pk] = found
    return hits_by_job


def _pre_ranked(queryset, query: SearchQuery):
    return (
        queryset.annotate(
            rank=SearchRank(F("search_vector"), query, weights=[BODY, BODY, SUMMARY, TITLE])
        )
        .order_by("-rank", "-pk")
        .values_list("pk", flat=True)[:PRE_RANK]
    )


def matchable_resumes():
    """The resumes matching looks at: each candidate's current one, with its text read."""
    return Resume.objects.filter(is_current=True, extraction_status=Resume.Extraction.DONE)


def candidates_for_job(job: Job, *, limit: int = 10) -> list[CandidateMatch]:
    """The candidates whose current resume best matches a job, best first."""
    terms = job_terms(job)
    if not terms:
        return []
    lexemes = [term.lexeme for term in terms]
    resumes = matchable_resumes()
    hits_by_resume: dict[int, dict[str, float]] = {}
    if connection.vendor == "postgresql":
        query = _tsquery(lexemes)
        ids = (
            resumes.filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("-rank", "-pk")
            .values_list("pk", flat=True)[:PRE_RANK]
        )
        rows = Resume.objects.filter(pk__in=list(ids)).annotate(
            hits=RawSQL(  # noqa: S611 - a constant table name and a bound parameter
                f"ARRAY(SELECT u.lexeme FROM unnest({_RESUMES}.search_vector) AS u "  # noqa: S608
                "WHERE u.lexeme = ANY(%s))",
                [lexemes],
            )
        )
        for pk, hits in rows.values_list("pk", "hits"):
            hits_by_resume[pk] = dict.fromkeys(hits, 1.0)
    else:
        # Like PostgreSQL's resume vectors, from the whole text.
        wanted = set(lexemes)
        for pk, text in resumes.values_list("pk", "text"):
            counts = _count_terms([(text, 1.0)])
            hits_by_resume[pk] = dict.fromkeys(wanted & counts.tf.keys(), 1.0)
    scored = []
    for pk, hits in hits_by_resume.items():
        score, words = _score(terms, hits)
        if _keep(score, words):
            scored.append((score, pk, words))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    best = scored[:limit]
    found = Resume.objects.select_related("candidate").in_bulk([pk for _, pk, _ in best])
    return [CandidateMatch(found[pk], round(score), words) for score, pk, words in best]
