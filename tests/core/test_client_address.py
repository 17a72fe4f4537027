"""Whose address a rate limit counts: the visitor's, also behind our proxies, never a forged one."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from core.ratelimit import client_address


def address(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **headers))


@pytest.fixture(autouse=True)
def proxies(settings):
    settings.FORWARDED_ALLOW_IPS = ["10.0.0.0/24", "127.0.0.1"]


def test_a_direct_visitor_is_their_own_address_whatever_they_claim():
    assert address("203.0.113.7") == "203.0.113.7"
    assert address("203.0.113.7", "198.51.100.1") == "203.0.113.7"


def test_behind_our_proxy_the_visitor_is_the_address_the_proxy_saw():
    assert address("10.0.0.5", "198.51.100.23") == "198.51.100.23"


def test_a_forged_address_on_the_left_is_ignored():
    # The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the real peer.
    assert address("10.0.0.5", "1.2.3.4, 198.51.100.23") == "198.51.100.23"


def test_a_chain_of_our_own_proxies_is_skipped():
    assert address("10.0.0.5", "198.51.100.23, 10.0.0.9, 127.0.0.1") == "198.51.100.23"


def test_a_proxy_without_the_header_or_with_junk_counts_as_itself():
    assert address("10.0.0.5") == "10.0.0.5"
    assert address("10.0.0.5", "") == "10.0.0.5"
    assert address("10.0.0.5", "not-an-address") == "not-an-address"


def test_ipv6_and_a_wildcard(settings):
    settings.FORWARDED_ALLOW_IPS = ["*"]
    assert address("2001:db8::1", "2001:db8::99") == "2001:db8::99"
    settings.FORWARDED_ALLOW_IPS = []
    assert address("2001:db8::1", "2001:db8::99") == "2001:db8::1"


@pytest.mark.django_db
def test_visitors_behind_one_load_balancer_have_limits_of_their_own(settings):
    """Every request comes from the balancer (10.0.0.5); each visitor has a limit of their own."""
    settings.ALERT_SIGNUP_RATE_LIMIT = (2, 3600)
    create = reverse("alerts:alert-create")

    def sign_up(visitor, n):
        client = Client(REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=visitor)
        data = {"email": f"person{visitor}-{n}@example.com", "frequency": "weekly", "query": "q=a"}
        return client.post(create, data).status_code

    assert [sign_up("198.51.100.1", n) for n in range(3)] == [302, 302, 429]
    assert [sign_up("198.51.100.2", n) for n in range(2)] == [302, 302]
