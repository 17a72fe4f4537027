"""The code fields of two-factor sign-in. Each says what to type and how it went wrong in plain
words. The 6-digit field brings up the number pad on phones and lets them offer a code they
know of (autocomplete="one-time-code")."""

import re

from django import forms

from . import mfa

_SIX_DIGITS = re.compile(r"\d{6}")


class CodeForm(forms.Form):
    """The 6-digit code from the authenticator app."""

    code = forms.CharField(
        label="6-digit code from your authenticator app",
        max_length=12,
        error_messages={"required": "Enter the 6-digit code your authenticator app shows."},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
                "size": 8,
            }
        ),
    )

    def clean_code(self):
        code = re.sub(r"\s+", "", self.cleaned_data["code"])
        if not _SIX_DIGITS.fullmatch(code):
            raise forms.ValidationError(
                "A code is 6 digits, like 123456. Enter the one your authenticator app shows now."
            )
        return code


class RecoveryCodeForm(forms.Form):
    """One of the recovery codes saved at set-up (letters and digits: no numeric keypad)."""

    recovery_code = forms.CharField(
        label="Recovery code",
        max_length=32,
        help_text="One of the 10 codes you saved when you set up two-factor sign-in. "
        "Each works once.",
        error_messages={"required": "Enter one of your recovery codes."},
        widget=forms.TextInput(
            attrs={
                # Not one-time-code: a phone would offer the latest text message instead.
                "autocomplete": "off",
                "autocapitalize": "off",
                "spellcheck": "false",
                "size": 12,
            }
        ),
    )

    def clean_recovery_code(self):
        code = mfa.normalize_recovery_code(self.cleaned_data["recovery_code"])
        if not code:
            raise forms.ValidationError("Enter one of your recovery codes.")
        return code
