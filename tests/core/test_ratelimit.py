"""What limits count as one: a mailbox, whatever tag or dots are typed; IPv6 by its /64."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from core.ratelimit import address_key, hit, mailbox_key, may_email, retry_after, used_up


@pytest.mark.parametrize(
    "typed, mailbox",
    [
        ("Victim@Example.com", "victim@example.com"),
        ("victim+1@example.com", "victim@example.com"),
        ("victim+jobs+2@example.com", "victim@example.com"),
        (" victim@example.com ", "victim@example.com"),
        ("v.i.c.t.i.m@gmail.com", "victim@gmail.com"),
        ("V.ictim+x@GoogleMail.com", "victim@gmail.com"),
        # Dots matter everywhere else: jane.doe@ and janedoe@ may be two people.
        ("jane.doe@example.com", "jane.doe@example.com"),
    ],
)
def test_the_mailbox_an_address_delivers_to(typed, mailbox):
    assert mailbox_key(typed) == mailbox


def test_other_mailboxes_stay_apart():
    assert mailbox_key("jane.doe@example.com") != mailbox_key("janedoe@example.com")
    assert mailbox_key("victim@example.com") != mailbox_key("victim@example.org")


def test_an_ipv6_customer_is_their_64():
    one, other_host, next_block = "2001:db8:1:2::1", "2001:db8:1:2:ffff:1:2:3", "2001:db8:1:3::1"
    assert address_key(one) == address_key(other_host) == "2001:db8:1:2::/64"
    assert address_key(next_block) != address_key(one)


def test_ipv4_as_it_is_also_when_mapped_into_ipv6():
    assert address_key("192.0.2.7") == "192.0.2.7"
    assert address_key("::ffff:192.0.2.7") == "192.0.2.7"
    assert address_key("192.0.2.8") != address_key("192.0.2.7")


def test_a_mailbox_gets_so_many_confirmations_a_day(settings):
    settings.CONFIRMATION_EMAILS_PER_DAY = 3
    assert [may_email(f"victim+{n}@example.com") for n in range(4)] == [True, True, True, False]
    assert may_email("someone.else@example.com")


def test_used_up_looks_without_counting():
    for _ in range(5):
        assert not used_up("try", "a", limit=2)  # looking never uses one up
    assert not hit("try", "a", limit=2, window=600)
    assert not used_up("try", "a", limit=2)
    assert not hit("try", "a", limit=2, window=600)
    assert used_up("try", "a", limit=2)  # both used: the next one would be over
    assert not used_up("try", "b", limit=2) and not used_up("other", "a", limit=2)


def test_retry_after_counts_down_to_the_end_of_the_window():
    assert retry_after("try", "a", window=600) == 600  # nothing counted: a whole window
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        hit("try", "a", limit=1, window=600)
        assert retry_after("try", "a", window=600) == 600
    with time_machine.travel(start + timedelta(seconds=250), tick=False):
        hit("try", "a", limit=1, window=600)  # a later hit does not move the window's end
        assert retry_after("try", "a", window=600) == 350
    with time_machine.travel(start + timedelta(seconds=601), tick=False):
        assert retry_after("try", "a", window=600) == 600  # a new window, none used
        assert not used_up("try", "a", limit=1)
