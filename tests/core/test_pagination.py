"""The one parser of numbers in query strings (core/pagination.py)."""

import pytest

from core.pagination import page_number, positive_int

# Each passes str.isdigit(), and int() refuses it (or, over 4,300 digits, refuses to convert it).
NOT_NUMBERS = ["²", "①", "1²", "9" * 4301, "", " ", "-1", "0", "1.5", "1e3", "abc", "+1"]


@pytest.mark.parametrize("raw", NOT_NUMBERS)
def test_only_ascii_digits_make_a_number(raw):
    assert positive_int(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", 1), ("007", 7), (" 12 ", 12), ("9" * 9, 999_999_999)]
)
def test_numbers(raw, expected):
    assert positive_int(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3", 3),
        ("99", 5),
        ("9" * 30, 5),
        ("9" * 4301, 5),
        ("²", 1),
        ("abc", 1),
        ("0", 1),
        (None, 1),
    ],
)
def test_page_numbers_are_forgiving(raw, expected):
    assert page_number(raw, last_page=5) == expected
