"""What limits count as one: a mailbox, whatever tag or dots are typed; IPv6 by its /64."""

import pytest

from core.ratelimit import address_key, mailbox_key, may_email


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
