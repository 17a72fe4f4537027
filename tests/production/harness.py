"""Real processes for the production tests: gunicorn app servers, moto's S3 server, a TCP proxy
that can cut a connection, and a small browser-like HTTP client.

Everything started here runs in a process group of its own and is stopped by the fixture that
started it (tests/production/conftest.py); nothing else on the machine is touched.
"""

import contextlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from base64 import b32decode
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
from django_otp.oath import totp

from tests.clock import clocked

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
FIXTURES = ROOT / "tests" / "fixtures" / "resumes"


def unavailable(reason: str):
    """A service these tests need is missing: skip here, fail in CI (which must run them)."""
    import pytest

    if os.environ.get("CI"):
        pytest.fail(f"{reason} - CI must run the production tests.", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, *, timeout: float, interval: float = 0.1, message: str = "condition"):
    """Polls `predicate` until it returns something truthy; that value, or TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"Timed out after {timeout:.0f} s waiting for {message}")
        time.sleep(interval)


def _stop_group(proc: subprocess.Popen, *, timeout: float = 20) -> None:
    """SIGTERM to the process group we created for `proc`, then SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=timeout)
    except ProcessLookupError:
        proc.wait(timeout=timeout)


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# --- processes ---------------------------------------------------------------------------------


class MotoS3:
    """moto's server: a real HTTP S3 endpoint on a loopback port, state in its memory."""

    def __init__(self, log_path: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.proc = None

    def start(self) -> "MotoS3":
        with self.log_path.open("ab") as log:  # the child keeps its own copy open
            self.proc = subprocess.Popen(
                [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until(self._answers, timeout=30, message=f"moto_server on {self.url}")
        return self

    def _answers(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"moto_server exited:\n{tail(self.log_path)}")
        try:
            return requests.get(self.url + "/moto-api/", timeout=2).status_code < 500
        except requests.RequestException:
            return False

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )

    def stop(self) -> None:
        if self.proc:
            _stop_group(self.proc)


class AppServer:
    """`gunicorn -c gunicorn.conf.py`, as production starts it, with the environment given."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path):
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "PORT": str(self.port)}
        self.log_path = log_dir / f"gunicorn-{name}-{self.port}.log"
        self.proc = None

    def launch(self) -> "AppServer":
        """Start gunicorn, without waiting for it to serve."""
        with self.log_path.open("ab") as log:  # the child keeps its own copy open
            self.proc = subprocess.Popen(
                clocked([str(BIN / "gunicorn"), "-c", "gunicorn.conf.py"]),
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def start(self, *, timeout: float = 60) -> "AppServer":
        self.launch()
        try:
            wait_until(self._healthy, timeout=timeout, interval=0.2, message=f"{self} /healthz")
        except BaseException:
            self.stop()
            raise
        return self

    def _healthy(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self} exited during start:\n{self.log_tail()}")
        try:
            return requests.get(self.url + "/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        try:
            return sorted(int(pid) for pid in children.read_text().split())
        except OSError:
            return []

    def log_tail(self, lines: int = 40) -> str:
        return tail(self.log_path, lines)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc:
            _stop_group(self.proc)

    def __str__(self):
        return f"app server {self.name} ({self.url})"


def manage(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    """`manage.py <args>` with exactly this environment; raises with its output on failure."""
    started = time.monotonic()
    done = subprocess.run(
        clocked([sys.executable, "manage.py", *args]),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    print(f"manage.py {args[0]}: {time.monotonic() - started:.1f} s")
    return done


# --- a TCP proxy that can fail ------------------------------------------------------------------


class TcpProxy:
    """Forwards a loopback port to `upstream`, in threads of the test process.

    `cut()` closes the listener and every live connection (the service is gone: connections are
    refused); `stall()` closes live connections and accepts new ones but never answers (a service
    that hangs: clients must give up by their own timeouts); `restore()` forwards again, on the
    same port.
    """

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.port = free_port()
        self._lock = threading.Lock()
        self._listener = None
        self._thread = None
        self._mode = "forward"
        self._sockets: set[socket.socket] = set()

    def start(self) -> "TcpProxy":
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        listener.settimeout(0.1)
        thread = threading.Thread(target=self._accept_loop, args=(listener,), daemon=True)
        with self._lock:
            self._listener, self._thread = listener, thread
        thread.start()
        return self

    def restore(self) -> None:
        self.cut()
        self._mode = "forward"
        self.start()

    def stall(self) -> None:
        self.cut()
        self._mode = "stall"
        self.start()

    def cut(self) -> None:
        with self._lock:
            self._listener = None
            thread, self._thread = self._thread, None
        if thread:
            # The accept loop closes its listener on the way out; once it has, the port is free.
            thread.join(timeout=5)
        with self._lock:
            live, self._sockets = self._sockets, set()
        for sock in live:
            _close(sock)

    def _accept_loop(self, listener: socket.socket) -> None:
        try:
            while True:
                with self._lock:
                    if self._listener is not listener:
                        return
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                client.settimeout(None)
                if self._mode == "stall":
                    with self._lock:
                        self._sockets.add(client)  # held open, never answered; closed by cut()
                    continue
                try:
                    upstream = socket.create_connection(self.upstream, timeout=5)
                    upstream.settimeout(None)
                except OSError:
                    _close(client)
                    continue
                with self._lock:
                    self._sockets.update((client, upstream))
                for source, target in ((client, upstream), (upstream, client)):
                    threading.Thread(target=self._pump, args=(source, target), daemon=True).start()
        finally:
            listener.close()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            _close(source)
            _close(target)
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(target)


def _close(sock: socket.socket) -> None:
    # shutdown() wakes a thread blocked in recv() on this socket; close() alone may not.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


# --- a browser-like client ----------------------------------------------------------------------


class Visitor:
    """One visitor's cookies and CSRF token against one server; redirects are not followed."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "amtec-production-tests"

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path)

    def get(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", 30)
        return self.http.get(self.url(path), allow_redirects=False, **kwargs)

    def post(self, path: str, data: dict, files=None, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", 60)
        return self.http.post(
            self.url(path), data=data, files=files, allow_redirects=False, **kwargs
        )

    def form_token(self, path: str) -> str:
        """GET the page with the form; its CSRF field (the cookie arrives with it)."""
        page = self.get(path)
        assert page.status_code == 200, (path, page.status_code, page.text[:500])
        return csrf_field(page.text)

    def login(self, username: str, password: str, two_factor: "TwoFactor") -> None:
        """The admin's login page, then the second step (production requires it)."""
        token = self.form_token("/admin/login/")
        answer = self.post(
            "/admin/login/?next=/admin/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password},
        )
        assert answer.status_code == 302 and answer.headers["Location"] == "/admin/", (
            f"staff login failed: {answer.status_code}"
        )
        second_step = self.get("/admin/")
        assert second_step.status_code == 302, "the admin opened without a code"
        two_factor.complete(self, second_step.headers["Location"])
        assert self.get("/admin/").status_code == 200, "the admin stayed closed after the code"

    def submit_resume(
        self, *, email: str, file: Path, name: str = "Pat Example", phone="", path="/resume/"
    ):
        token = self.form_token(path)
        fields = {
            "csrfmiddlewaretoken": token,
            "name": name,
            "email": email,
            "phone": phone,
            "city": "Dayton",
            "state": "OH",
            "desired_role": "",
            "desired_category": "",
            "profile_url": "",
            "message": "",
            "consent": "on",
            "website": "",  # the honeypot: people leave it empty
        }
        with file.open("rb") as fh:
            return self.post(path, fields, files={"resume": (file.name, fh, "application/pdf")})


class TwoFactor:
    """The staff account's second sign-in step, done as its owner would: the first sign-in sets up
    an authenticator (the secret read from the page, the code computed from it) and keeps the
    recovery codes shown; later sign-ins spend one each (the app's code is accepted once per
    30-second step, and these tests sign in more often than that)."""

    def __init__(self):
        self.recovery_codes: list[str] = []

    def complete(self, visitor: "Visitor", location: str) -> None:
        if location.startswith("/admin/two-factor/set-up/"):
            page = visitor.get(location)
            secret = re.search(r'id="mfa-secret">([A-Z2-7 ]+)<', page.text).group(1)
            answer = visitor.post(
                location,
                {"csrfmiddlewaretoken": csrf_field(page.text), "code": totp_code(secret)},
            )
            assert answer.status_code == 302, f"set-up refused the code: {answer.status_code}"
            codes = visitor.get(answer.headers["Location"])
            self.recovery_codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", codes.text)
            assert len(self.recovery_codes) == 10, "no recovery codes shown after set-up"
        else:
            assert location.startswith("/admin/two-factor/verify/"), location
            answer = visitor.post(
                location,
                {
                    "csrfmiddlewaretoken": visitor.form_token(location),
                    "recovery_code": self.recovery_codes.pop(),
                },
            )
            assert answer.status_code == 302, f"the recovery code was refused: {answer.status_code}"


def totp_code(secret: str) -> str:
    """What an authenticator app given this secret (as the set-up page shows it) displays now."""
    secret = secret.replace(" ", "")
    return f"{totp(b32decode(secret + '=' * (-len(secret) % 8))):06d}"


def csrf_field(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF field on the page"
    return match.group(1)


class FormFields(HTMLParser):
    """Every successful control of one <form> (by id), as a browser would send it."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.fields: dict[str, str] = {}
        self._in_form = False
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_form = attrs.get("id") == self.form_id
        if not self._in_form:
            return
        if tag == "option" and self._select and "selected" in attrs:
            self.fields[self._select] = attrs.get("value", "")
        name = attrs.get("name")
        if not name:
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields[name] = attrs.get("value", "on" if kind == "checkbox" else "")
        elif tag == "select":
            self._select = name
            self.fields.setdefault(name, "")
        elif tag == "textarea":
            self._textarea = name
            self.fields[name] = ""

    def handle_data(self, data):
        if self._in_form and self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._in_form = False


def form_fields(html: str, form_id: str) -> dict[str, str]:
    parser = FormFields(form_id)
    parser.feed(html)
    assert parser.fields, f"no form #{form_id} on the page"
    return parser.fields


def job_paths(html: str) -> list[str]:
    """Job page links on a page, in order, without repeats."""
    return list(dict.fromkeys(re.findall(r'href="(/jobs/\d+/[\w-]+/)"', html)))


def article_paths(html: str) -> list[str]:
    paths = re.findall(r'href="(/blog/(?!category/|feed/)[\w-]+/)"', html)
    return list(dict.fromkeys(paths))


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def random_secret_key() -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(60))


def pdf_fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.pdf"))


# --- the front cache and a task worker ----------------------------------------------------------


class TaskWorker:
    """`manage.py worker`, as production runs it beside the web servers (purges, emails)."""

    def __init__(self, env: dict[str, str], log_dir: Path):
        self.env = env
        self.log_path = log_dir / f"worker-{secrets.token_hex(3)}.log"
        self.proc = None

    def start(self) -> "TaskWorker":
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                clocked([sys.executable, "manage.py", "worker", "--worker-id",
                         f"prod-test-{self.log_path.stem}", "--no-startup-delay",
                         "--no-reload", "--interval", "0.1"]),
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        return self

    def stop(self) -> None:
        if self.proc:
            _stop_group(self.proc)


NGINX_CONF = ROOT / "deploy" / "nginx.conf"


def nginx_binary() -> str | None:
    import shutil

    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )


class _Daemon:
    """A server run in the foreground in a process group of its own, on `self.port`, writing
    to `self.log_path`; `launch` waits for it to listen (or says why it exited)."""

    name = "server"
    proc: subprocess.Popen | None = None

    def launch(self, command: list[str], *, timeout: float) -> None:
        with self.log_path.open("ab") as log:  # the child keeps its own copy open
            self.proc = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            wait_until(self._listening, timeout=timeout, message=f"{self.name} on {self.url}")
        except BaseException:
            self.stop()  # not left running for the tests after this one
            raise

    def _listening(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited:\n{tail(self.log_path)}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 1):
            return True
        return False

    def stop(self) -> None:
        if self.proc:
            _stop_group(self.proc, timeout=10)


def varnishd_binary() -> str | None:
    import shutil

    return shutil.which("varnishd") or next(
        (p for p in ("/usr/sbin/varnishd",) if Path(p).exists()), None
    )


class VarnishFrontCache(_Daemon):
    """deploy/varnish.vcl running in front of `app` (host:port), in the foreground, with a
    working folder and a small memory store of its own. The folder is made in the system's
    temporary folder: varnishd reads and compiles as its own unprivileged user, who may not
    enter pytest's private ones."""

    def __init__(self):
        import tempfile

        self.folder = Path(tempfile.mkdtemp(prefix="amtec-varnish-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.name, self.log_path = "varnishd", self.folder / "varnishd.log"

    def start(self, app: str) -> "VarnishFrontCache":
        host, port = app.rsplit(":", 1)
        text = (ROOT / "deploy" / "varnish.vcl").read_text()
        for old, new in (
            ('.host = "127.0.0.1";', f'.host = "{host}";'),
            ('.port = "8000";', f'.port = "{port}";'),
        ):
            assert old in text, f"deploy/varnish.vcl no longer has {old!r}"
            text = text.replace(old, new)
        self.folder.chmod(0o755)
        vcl = self.folder / "amtec.vcl"
        vcl.write_text(text)
        vcl.chmod(0o644)
        work = self.folder / "work"
        work.mkdir(exist_ok=True)
        work.chmod(0o777)
        self.launch(
            [varnishd_binary(), "-F", "-a", f"127.0.0.1:{self.port}", "-f", str(vcl),
             "-n", str(work), "-s", "malloc,64m", "-T", "127.0.0.1:0"],
            timeout=30,
        )  # fmt: skip
        return self

    def stop(self) -> None:
        import shutil

        super().stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def render_nginx_conf(
    folder: Path,
    *,
    app: str,
    port: int,
    purge_port: int,
    static_root: Path | None = None,
    edit=None,
) -> Path:
    """deploy/nginx.conf as shipped, with this machine's values where it says ADAPT: the app's
    address, loopback ports, and folders under `folder` (cache, logs, temporary files).
    `edit(text) -> text`, if given, changes the shipped text first (the bench's variants)."""
    text = NGINX_CONF.read_text()
    if edit:
        text = edit(text)
    replacements = {
        "server 127.0.0.1:8000;": f"server {app};",
        "listen 80 default_server;": f"listen 127.0.0.1:{port} default_server;",
        "listen 127.0.0.1:8081;": f"listen 127.0.0.1:{purge_port};",
        "/var/cache/nginx/amtec": str(folder / "cache"),
        "/var/log/nginx/": f"{folder}/",
        "/run/nginx.pid": str(folder / "nginx.pid"),
        "/srv/amtec/staticfiles/": f"{static_root or folder / 'static'}/",
        "worker_processes auto;": "worker_processes 2;",
    }
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx.conf no longer has {old!r}"
        text = text.replace(old, new)
    # Temporary files under `folder` too (Debian's build puts them in /var/lib/nginx), and a
    # root test run keeps its workers as root, who can read the test's private folders.
    temp = "".join(
        f"    {kind}_temp_path {folder / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    text = text.replace("http {\n", "http {\n" + temp, 1)
    if os.geteuid() == 0:
        text = "user root;\n" + text
    for name in ("cache", "static"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(text)
    (folder / "amtec-proxy.conf").write_text((ROOT / "deploy" / "amtec-proxy.conf").read_text())
    return conf


class NginxFrontCache(_Daemon):
    """deploy/nginx.conf running in front of `app` (host:port), on loopback ports of its own."""

    def __init__(self, folder: Path, *, static_root: Path | None = None, edit=None):
        self.folder, self.static_root, self.edit = folder, static_root, edit
        self.port, self.purge_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.purge_url = f"http://127.0.0.1:{self.purge_port}"
        self.name, self.log_path = "nginx", folder / "nginx-stderr.log"

    def start(self, app: str) -> "NginxFrontCache":
        """Serve in front of `app` (host:port)."""
        self.conf = render_nginx_conf(
            self.folder,
            app=app,
            port=self.port,
            purge_port=self.purge_port,
            static_root=self.static_root,
            edit=self.edit,
        )
        self.launch(
            [nginx_binary(), "-c", str(self.conf), "-p", f"{self.folder}/", "-g", "daemon off;"],
            timeout=15,
        )
        return self
