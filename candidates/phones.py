"""Candidates' phone numbers: read in any common US format, stored E.164, shown the US way.

`Candidate.phone` holds only valid numbers (+19375550142). What a candidate typed that it cannot
hold in full, a number that is not valid or one with an extension (E.164 has no room for it), is
kept beside it in `Candidate.phone_as_typed`, so nothing anyone typed is lost.
"""

import re

import phonenumbers
from django import forms
from django.conf import settings
from phonenumber_field.phonenumber import PhoneNumber, to_python

INVALID_MESSAGE = "Enter a phone number such as (937) 555-0142."
# Room for a number typed with spaces, brackets, a country code and an extension.
TYPED_MAX_LENGTH = 30
# A search term that is nothing but a phone number: digits and the usual separators.
_PHONE_ONLY = re.compile(r"\+?[\d\s().\-]{7,25}")


def read_phone(value: PhoneNumber | str | None) -> tuple[PhoneNumber | str, str]:
    """(the number to store, what to keep as typed) for a phone as a form or a caller gave it."""
    number = to_python(value or "", region=settings.PHONENUMBER_DEFAULT_REGION)
    if not number:
        return "", ""
    typed = (number.raw_input or str(value)).strip()
    if not number.is_valid():
        return "", typed
    return number, typed if number.extension else ""


def format_phone(number: PhoneNumber | str | None) -> str:
    """National format for North American numbers ((937) 555-0142), international otherwise
    (+44 20 7946 0958); "" for none. An invalid value is shown as it was typed."""
    number = to_python(number or "", region=settings.PHONENUMBER_DEFAULT_REGION)
    if not number:
        return ""
    if not number.is_valid():
        return number.raw_input or ""
    if number.country_code == 1:  # the US and its neighbours in the North American plan
        return number.as_national
    return number.as_international


def phone_in_search(term: str) -> str | None:
    """The E.164 form of a search term that is a whole phone number in any format, else None."""
    term = term.strip()
    if not _PHONE_ONLY.fullmatch(term):
        return None
    try:
        number = phonenumbers.parse(term, settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class PhoneInput(forms.TextInput):
    """A stored number shown as people write it; what someone typed shown back as they typed it
    (the library's widget would show 937-555-01420 as 93755501420)."""

    input_type = "tel"

    def format_value(self, value):
        if isinstance(value, str):
            return value or None
        return format_phone(value) or None
