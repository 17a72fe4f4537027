"""What every public form refuses: characters nobody types into a form field."""

import re

from django import forms
from django.core.exceptions import ValidationError

# C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# In a multi-line field (a message), line breaks and tabs are what people type.
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(value: str) -> None:
    """Refuse line breaks and other control characters in a single-line field: a name, city or
    role with a line break could write lines of its own into the emails the site sends."""
    if _CONTROL.search(str(value)):  # str(): some fields clean to objects (a PhoneNumber)
        raise ValidationError(
            "Please keep this to one line, without line breaks, tabs or other hidden characters.",
            code="control_characters",
        )


def printable_text(value: str) -> None:
    if _CONTROL_BUT_LINES.search(str(value)):
        raise ValidationError(
            "This contains hidden control characters; please type or paste it again.",
            code="control_characters",
        )


class PlainTextFieldsMixin:
    """Every text field of the form refuses control characters: single-line ones all of them,
    multi-line ones (a Textarea) all but line breaks and tabs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                multi_line = isinstance(field.widget, forms.Textarea)
                field.validators.append(printable_text if multi_line else one_line)
