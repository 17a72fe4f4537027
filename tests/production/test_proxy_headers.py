"""HTTPS behind a proxy: gunicorn believes X-Forwarded-Proto only from FORWARDED_ALLOW_IPS, and
the production settings then redirect plain HTTP, send HSTS and mark cookies Secure."""

import pytest

from .harness import Visitor

pytestmark = pytest.mark.production

HTTPS_ON = {"SECURE_SSL_REDIRECT": "true", "SESSION_COOKIE_SECURE": "true",
            "CSRF_COOKIE_SECURE": "true"}  # fmt: skip
FROM_PROXY = {"X-Forwarded-Proto": "https"}


@pytest.fixture(scope="module")
def behind_local_proxy(start_server):
    """Requests arrive from 127.0.0.1, the default trusted proxy (nginx on the same machine)."""
    return start_server("P", **HTTPS_ON)


@pytest.fixture(scope="module")
def behind_remote_balancer(start_server):
    """Only 10.9.9.9 may say a request was HTTPS; these tests' 127.0.0.1 may not."""
    return start_server("Q", FORWARDED_ALLOW_IPS="10.9.9.9", **HTTPS_ON)


def test_plain_http_is_redirected_to_https(behind_local_proxy):
    response = Visitor(behind_local_proxy.url).get("/jobs/?q=welder")
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")
    assert response.headers["Location"].endswith("/jobs/?q=welder")


def test_https_from_the_trusted_proxy_is_served_with_hsts_and_secure_cookies(behind_local_proxy):
    visitor = Visitor(behind_local_proxy.url)
    page = visitor.get("/", headers=FROM_PROXY)
    assert page.status_code == 200
    hsts = page.headers["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts and "preload" in hsts
    form = visitor.get("/resume/", headers=FROM_PROXY)
    assert form.status_code == 200
    assert "csrftoken=" in form.headers["Set-Cookie"]
    assert "Secure" in form.headers["Set-Cookie"]


def test_a_client_claiming_https_directly_is_not_believed(behind_remote_balancer):
    response = Visitor(behind_remote_balancer.url).get("/", headers=FROM_PROXY)
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")
    assert "Strict-Transport-Security" not in response.headers


def test_health_probes_need_neither_https_nor_a_known_host(behind_remote_balancer):
    probe = Visitor(behind_remote_balancer.url).get("/healthz", headers={"Host": "10.0.3.7:8000"})
    assert probe.status_code == 200
    assert probe.json()["status"] == "ok"
