"""`make audit`: serve the site production-like with demo data and audit one page of every type.

axe-core (WCAG 2.2 AA) and a keyboard walk in Chromium, the Nu HTML Checker, Lighthouse (mobile and
desktop), feeds, sitemap, robots.txt, JSON-LD and OpenGraph. Prints a table per page, then one JSON
line of the figures. Exits 1 when a target is missed. See audit/README.md.
"""

# The audit runs fixed commands of its own tools (npm, apt-get, java, node), found on PATH.
# ruff: noqa: S603, S607

import argparse
import contextlib
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import checks, tools  # noqa: E402

LH_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Lighthouse audits some pages fail by design: an error page answers 404/410, and a page that
# asks not to be indexed (filtered searches, the apply form, error pages) is not crawlable.
ERROR_PAGE_AUDITS = {"http-status-code"}
NOINDEX_AUDITS = {"is-crawlable"}
NOINDEX = re.compile(r'<meta name="robots" content="[^"]*noindex', re.I)
TARGET_PERFORMANCE_MOBILE = 95


@dataclass
class Page:
    name: str
    path: str
    status: int = 200
    kind: str = "page"  # page | list | job | gone | article
    main: bool = False  # with --lighthouse=main, only these get Lighthouse
    action: str = ""  # "" (GET) | apply-errors | resume-sent
    job: object = None
    html: str = ""
    got_status: int = 0
    axe: list = field(default_factory=list)
    vnu: list = field(default_factory=list)
    keyboard: list = field(default_factory=list)
    data: list = field(default_factory=list)
    lighthouse: dict = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our loopback server
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def prepare(tmp: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "audit.settings",
        "AUDIT_STATIC_ROOT": str(tmp / "static"),
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp / "media"),
        "RESUME_ROOT": str(tmp / "resumes"),
        "CACHE_DIR": str(tmp / "cache"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "SUBMISSION_RATE_LIMIT": "100",
        "ALERT_SIGNUP_RATE_LIMIT": "100",
        "LOG_LEVEL": "WARNING",
        "ENV_FILE": str(tmp / "no.env"),  # a developer's .env must not leak in
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["collectstatic", "--noinput", "-v0"], ["migrate", "--noinput", "-v0"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True)
    subprocess.run([*manage, "seed_demo"], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    os.environ.update(env)
    import django

    django.setup()
    return env


@contextlib.contextmanager
def serve(env: dict, port: int):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "amtec.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                if fetch(f"http://127.0.0.1:{port}/healthz")[0] == 200:
                    break
            time.sleep(0.2)
        else:
            raise SystemExit("gunicorn did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def pages_to_visit() -> list[Page]:
    from blog.models import Article
    from jobs.models import Job

    article = (
        Article.objects.published().exclude(hero_image="").first()
        or Article.objects.published().first()
    )
    open_jobs = Job.objects.open().filter(confidential=False)
    onsite = open_jobs.filter(workplace="onsite").first()
    remote = open_jobs.filter(workplace="remote").first()
    confidential = Job.objects.open().filter(confidential=True).first()
    closed = Job.objects.filter(status="closed").first()
    return [
        Page("home", "/", kind="list", main=True),
        Page("blog list", "/blog/", kind="list", main=True),
        Page("category", article.category.get_absolute_url(), kind="list"),
        Page("article", article.get_absolute_url(), kind="article", main=True),
        Page("jobs ?q=engineer", "/jobs/?q=engineer", kind="list", main=True),
        Page("jobs no results", "/jobs/?q=zzzznotfound", kind="list"),
        Page("job on-site", onsite.get_absolute_url(), kind="job", job=onsite, main=True),
        Page("job remote", remote.get_absolute_url(), kind="job", job=remote),
        Page("job confidential", confidential.get_absolute_url(), kind="job", job=confidential),
        Page("job closed (410)", closed.get_absolute_url(), status=410, kind="gone"),
        Page("apply form", onsite.get_apply_url(), main=True),
        Page("apply errors", onsite.get_apply_url(), action="apply-errors"),
        Page("resume form", "/resume/", main=True),
        Page("resume sent", "/resume/", action="resume-sent"),
        Page("privacy", "/privacy/"),
        Page("404", "/no-such-page/", status=404, main=True),
        Page("alert sign-up", "/alerts/?q=engineer", kind="list"),
    ]


def visit(pages: list[Page], base: str, tmp: Path) -> None:
    from playwright.sync_api import sync_playwright

    from audit.browser import keyboard_walk, run_axe

    resume = tmp / "audit-resume.txt"
    resume.write_text(
        "Jordan Example\nMechanical engineer\n\nExperience\n- Eight years designing "
        "fixtures and tooling in SolidWorks.\n- Led PPAP for a tier-one supplier.\n"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(tools.CHROMIUM), args=tools.CHROMIUM_FLAGS
        )
        for page_info in pages:
            context = browser.new_context(base_url=base, reduced_motion="reduce")
            page = context.new_page()
            page.set_default_timeout(20_000)
            documents = []

            def keep_document(response, documents=documents):
                if response.request.resource_type == "document":
                    documents.append(response)

            page.on("response", keep_document)
            response = page.goto(page_info.path)
            if page_info.action == "apply-errors":
                with page.expect_response(lambda r: r.request.method == "POST") as posted:
                    page.locator("form[data-upload-form] [type=submit]").click()
                response = posted.value
                page.locator("#form-errors").wait_for()
                page.wait_for_function("document.activeElement?.id === 'form-errors'")
            elif page_info.action == "resume-sent":
                page.get_by_label("Full name").fill("Jordan Example")
                page.get_by_label("Email").fill("jordan.audit@example.com")
                page.get_by_label("Phone").fill("(937) 555-0142")
                page.get_by_label("City").fill("Dayton")
                page.get_by_label("State").select_option("OH")
                with contextlib.suppress(Exception):
                    page.get_by_label("What kind of job").fill("Mechanical engineer")
                page.locator("input[type=file]").set_input_files(resume)
                page.locator(
                    "input[type=checkbox][name*=consent], input[type=checkbox]"
                ).first.check()
                page.locator("form[data-upload-form] [type=submit]").click()
                page.wait_for_url("**/resume/sent/**")
                page.wait_for_load_state()
                response = documents[-1]
                page_info.path = response.url.removeprefix(base)
            page_info.got_status = response.status
            page_info.html = response.text()
            page_info.axe = run_axe(page)
            page_info.keyboard = keyboard_walk(page)
            context.close()
        browser.close()


def run_vnu(pages: list[Page], tmp: Path) -> None:
    folder = tmp / "html"
    folder.mkdir()
    files = {}
    for number, page in enumerate(pages):
        path = folder / f"page{number}.html"
        path.write_text(page.html)
        files[path.resolve().as_uri()] = page
    result = subprocess.run(
        ["java", "-Xss4m", "-jar", str(tools.VNU), "--format", "json", "--exit-zero-always"]
        + [str(folder / f"page{n}.html") for n in range(len(pages))],
        capture_output=True,
        text=True,
        check=True,
    )
    for message in json.loads(result.stderr)["messages"]:
        if message["type"] in ("error", "non-document-error"):
            page = files.get(message.get("url", "").replace("file:/", "file:///", 1)) or files.get(
                message.get("url")
            )
            text = f"line {message.get('lastLine')}: {message['message']}"
            if page is None:
                raise RuntimeError(f"vnu: {message}")
            page.vnu.append(text)


def own_status_only(audit: dict, url: str) -> bool:
    """Whether the only console errors are the browser's note of the page's own error status."""
    items = (audit.get("details") or {}).get("items") or []
    return bool(items) and all(
        (i.get("sourceLocation") or {}).get("url") == url and i.get("source") == "network"
        for i in items
    )


def run_lighthouse(page: Page, base: str, tmp: Path, preset: str) -> dict:
    out = tmp / f"lh-{preset}-{abs(hash(page.name))}.json"
    command = [
        "node",
        str(tools.LIGHTHOUSE),
        base + page.path,
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(LH_CATEGORIES)}",
        f"--chrome-flags={' '.join(tools.CHROMIUM_FLAGS)}",
        "--quiet",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    if page.status != 200:
        command.append("--ignore-status-code")  # else Lighthouse refuses to audit a 404 at all
    env = {**os.environ, "CHROME_PATH": str(tools.CHROMIUM)}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    if result.returncode or not out.exists():
        return {"error": (result.stderr or result.stdout)[-300:]}
    report = json.loads(out.read_text())
    scores, failing = {}, []
    for key in LH_CATEGORIES:
        category = report["categories"][key]
        scores[key] = round((category["score"] or 0) * 100)
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                if ref["id"] == "errors-in-console" and own_status_only(audit, base + page.path):
                    continue  # Chrome logs an error page's own 404/410; nothing else went wrong
                failing.append(f"{key}:{ref['id']}")
    return {"scores": scores, "failing": failing}


def check_data(pages: list[Page], base: str) -> None:
    for page in pages:
        if page.got_status != page.status:
            page.data.append(f"answered {page.got_status}, expected {page.status}")
        if not page.html:
            continue
        items = checks.json_ld(page.html, base + page.path)
        if page.kind == "job":
            job = page.job
            page.data += checks.check_job_posting(
                items, remote=job.workplace == "remote", has_closing_date=bool(job.expires_at)
            )
            page.data += checks.check_opengraph(page.html, fetch)
        elif page.kind == "article":
            page.data += checks.check_blog_posting(items)
            page.data += checks.check_opengraph(page.html, fetch)
        else:
            page.data += checks.check_no_job_posting(items)


def check_site(base: str) -> dict:
    """Feeds, sitemap and robots.txt; returns figures and problems."""
    from blog.models import Article
    from jobs.models import Job

    problems, figures = [], {}
    for name, path in (("blog feed", "/blog/feed/"), ("jobs feed", "/jobs/feed/")):
        status, _, body = fetch(base + path)
        count, feed_problems = checks.check_feed(body) if status == 200 else (0, [str(status)])
        figures[name.replace(" ", "_") + "_entries"] = count
        problems += [f"{name}: {p}" for p in feed_problems]
    urls, pending = [], [base + "/sitemap.xml"]
    while pending:
        sitemap = pending.pop(0)
        status, _, body = fetch(sitemap)
        if status != 200:
            problems.append(f"sitemap: {sitemap} answers {status}")
            continue
        is_index, locs = checks.sitemap_locs(body)
        (pending if is_index else urls).extend(locs)
    figures["sitemap_urls"] = len(urls)
    if not urls:
        problems.append("sitemap: no URLs")
    paths = set()
    for url in urls:
        code = fetch(url)[0]
        paths.add(url.removeprefix(base))
        if code != 200:
            problems.append(f"sitemap: {url} answers {code}")
    open_jobs = {j.get_absolute_url() for j in Job.objects.open()}
    not_open = {j.get_absolute_url() for j in Job.objects.all()} - open_jobs
    published = {a.get_absolute_url() for a in Article.objects.published()}
    unpublished = {a.get_absolute_url() for a in Article.objects.all()} - published
    problems += [f"sitemap lists a job that is not open: {p}" for p in sorted(paths & not_open)]
    problems += [f"sitemap lists an unpublished article: {p}" for p in sorted(paths & unpublished)]
    problems += [f"sitemap misses open job {p}" for p in sorted(open_jobs - paths)]
    problems += [f"sitemap misses article {p}" for p in sorted(published - paths)]
    status, _, body = fetch(base + "/robots.txt")
    if f"Sitemap: {base}/sitemap.xml" not in body.decode():
        problems.append("robots.txt does not reference the sitemap")
    return {"figures": figures, "problems": problems}


def lighthouse_misses(page: Page) -> list[str]:
    misses = []
    for preset, result in page.lighthouse.items():
        if "error" in result:
            misses.append(f"lighthouse {preset}: {result['error']}")
            continue
        scores = dict(result["scores"])
        ignored = (ERROR_PAGE_AUDITS if page.status != 200 else set()) | (
            NOINDEX_AUDITS if NOINDEX.search(page.html) else set()
        )
        failing = [f for f in result["failing"] if f.split(":", 1)[1] not in ignored]
        for key in ("accessibility", "best-practices", "seo"):
            if scores[key] < 100 and any(f.startswith(key + ":") for f in failing):
                misses.append(f"lighthouse {preset} {key} {scores[key]}")
        if preset == "mobile" and scores["performance"] < TARGET_PERFORMANCE_MOBILE:
            misses.append(f"lighthouse mobile performance {scores['performance']}")
    return misses


def scores_cell(result: dict | None) -> str:
    if not result:
        return "—"
    if "error" in result:
        return "error"
    return "/".join(str(result["scores"][k]) for k in LH_CATEGORIES)


def report(pages: list[Page], site: dict, lighthouse_mode: str, seconds: float) -> bool:
    header = f"{'page':<18} {'HTTP':>4} {'axe':>3} {'vnu':>3} {'kbd':>3} {'data':>4}  "
    header += f"{'LH mobile p/a/bp/seo':<20} {'LH desktop p/a/bp/seo':<21}"
    print("\n" + header + "\n" + "-" * len(header))
    for p in pages:
        print(
            f"{p.name:<18} {p.got_status:>4} {len(p.axe):>3} {len(p.vnu):>3} {len(p.keyboard):>3} "
            f"{len(p.data):>4}  {scores_cell(p.lighthouse.get('mobile')):<20} "
            f"{scores_cell(p.lighthouse.get('desktop')):<21}"
        )
    noindex = [p.name for p in pages if NOINDEX.search(p.html)]
    print(f"\nnoindex by design (Lighthouse is-crawlable not counted): {', '.join(noindex)}")
    print(
        f"Lighthouse ran on {'every GET page' if lighthouse_mode == 'all' else 'the main pages'}"
        " (performance/accessibility/best-practices/SEO); the POST states cannot be loaded by it."
    )
    print("Site: " + ", ".join(f"{k} {v}" for k, v in site["figures"].items()))
    problems = []
    for p in pages:
        for v in p.axe:
            problems.append(f"{p.name}: axe {v['id']} ({v['impact']}): {v['help']} {v['nodes']}")
        problems += [f"{p.name}: vnu {m}" for m in p.vnu]
        problems += [f"{p.name}: keyboard {m}" for m in p.keyboard]
        problems += [f"{p.name}: data {m}" for m in p.data]
        problems += [f"{p.name}: {m}" for m in lighthouse_misses(p)]
        for preset, result in p.lighthouse.items():
            failing = result.get("failing", [])
            if failing:
                print(f"  ({p.name} lighthouse {preset} audits below 1: {', '.join(failing)})")
    problems += site["problems"]
    print("\nProblems:" if problems else "\nNo problems: every target met.")
    for problem in problems:
        print(f"  - {problem}")
    lh = {
        p.name: {k: v.get("scores") for k, v in p.lighthouse.items()} for p in pages if p.lighthouse
    }
    figures = {
        "pages": len(pages),
        "axe_violations": sum(len(p.axe) for p in pages),
        "vnu_errors": sum(len(p.vnu) for p in pages),
        "keyboard_problems": sum(len(p.keyboard) for p in pages),
        "data_problems": sum(len(p.data) for p in pages) + len(site["problems"]),
        **site["figures"],
        "lighthouse_pages": len(lh),
        "lighthouse": lh,
        "problems": len(problems),
        "seconds": round(seconds),
        "passed": not problems,
    }
    print(json.dumps(figures, separators=(",", ":")))
    return not problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lighthouse",
        choices=["main", "all", "none"],
        default=os.environ.get("AUDIT_LIGHTHOUSE", "all"),
        help="Lighthouse on every GET page type (default), the main ones only (faster), or none",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    started = time.monotonic()
    tools.ensure_tools()
    tmp = Path(tempfile.mkdtemp(prefix="amtec-audit-"))
    try:
        print(f"Preparing the site in {tmp} (collectstatic, migrate, seed_demo)...", flush=True)
        env = prepare(tmp)
        pages = pages_to_visit()
        with serve(env, free_port()) as base:
            print(f"Serving {base}; visiting {len(pages)} pages in Chromium...", flush=True)
            visit(pages, base, tmp)
            print("Nu HTML Checker...", flush=True)
            run_vnu(pages, tmp)
            check_data(pages, base)
            site = check_site(base)
            if args.lighthouse != "none":
                chosen = [p for p in pages if not p.action and (p.main or args.lighthouse == "all")]
                for page in chosen:
                    for preset in ("mobile", "desktop"):
                        print(f"Lighthouse {preset}: {page.name}...", flush=True)
                        result = run_lighthouse(page, base, tmp, preset)
                        if "error" in result:  # e.g. NO_NAVSTART, a flaky trace: one more try
                            result = run_lighthouse(page, base, tmp, preset)
                        page.lighthouse[preset] = result
        return 0 if report(pages, site, args.lighthouse, time.monotonic() - started) else 1
    finally:
        if not args.keep:
            subprocess.run(["rm", "-rf", str(tmp)], check=False)


if __name__ == "__main__":
    sys.exit(main())
