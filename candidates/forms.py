from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout, Submit
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from phonenumber_field.formfields import PhoneNumberField

from core.forms import PlainTextFieldsMixin
from jobs.models import Category as JobCategory
from jobs.states import US_STATES

from .filetypes import ACCEPTED_EXTENSIONS, ACCEPTED_LABEL, FileRejected, inspect_upload
from .phones import INVALID_MESSAGE, TYPED_MAX_LENGTH, PhoneInput


def _file_help() -> str:
    return (
        f"{ACCEPTED_LABEL}, up to {filesizeformat(settings.RESUME_MAX_BYTES)}. "
        "Only Amtec's recruiters can see it."
    )


class SubmissionForm(PlainTextFieldsMixin, forms.Form):
    """What every resume submission asks; ApplicationForm and ResumeForm add their own parts."""

    name = forms.CharField(label="Full name", max_length=120, widget=forms.TextInput(
        attrs={"autocomplete": "name"}))  # fmt: skip
    email = forms.EmailField(
        label="Email",
        max_length=254,
        help_text="We use it to reply. Sending again with the same email updates your resume.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Any usual way of writing a US number, or + and a country code; a PhoneNumber, or "".
    phone = PhoneNumberField(
        label="Phone", max_length=TYPED_MAX_LENGTH, required=False,
        error_messages={"invalid": INVALID_MESSAGE},
        widget=PhoneInput(attrs={"autocomplete": "tel"}),
    )  # fmt: skip
    city = forms.CharField(
        label="City", max_length=80, required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )  # fmt: skip
    state = forms.ChoiceField(label="State", choices=[("", "—"), *US_STATES], required=False)
    profile_url = forms.URLField(
        label="LinkedIn or portfolio (optional)", max_length=300, required=False,
        assume_scheme="https", widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )  # fmt: skip
    message = forms.CharField(
        label="Message (optional)", max_length=2000, required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Anything you would like the recruiter to know, up to 2,000 characters.",
    )  # fmt: skip
    resume = forms.FileField(
        label="Resume",
        help_text=lazy(_file_help, str)(),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
        error_messages={"required": "Please choose your resume file."},
    )
    consent = forms.BooleanField(
        label="I agree to the privacy policy",  # with its link, set in __init__
        error_messages={
            "required": "Please agree to the privacy policy so we can keep your resume."
        },
    )
    # A field people never see: bots fill it in.
    website = forms.CharField(
        label="Leave this field empty", required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )  # fmt: skip

    submit_label = "Send"

    def __init__(self, *args, too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        self.detected = None
        self.fields["resume"].widget.attrs["data-max-bytes"] = settings.RESUME_MAX_BYTES
        self.fields["consent"].label = format_html(
            "I agree that Amtec may store my information and contact me about jobs, as described "
            'in the <a href="{}">privacy policy</a>.',
            reverse("privacy"),
        )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(*self.layout_fields(), Submit("submit", self.submit_label))

    def layout_fields(self):
        return [
            "name",
            "email",
            "phone",
            Div(
                Div("city", css_class="col-sm-8"),
                Div("state", css_class="col-sm-4"),
                css_class="row",
            ),
            *self.extra_layout(),
            "profile_url",
            "message",
            "resume",
            "consent",
            Div(Field("website"), css_class="form-honeypot", aria_hidden="true"),
        ]

    def extra_layout(self):
        return []

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_resume(self):
        upload = self.cleaned_data["resume"]
        try:
            self.detected = inspect_upload(upload, upload.name, max_bytes=settings.RESUME_MAX_BYTES)
        except FileRejected as rejected:
            raise forms.ValidationError(rejected.message, code=rejected.code) from None
        return upload

    def full_clean(self):
        super().full_clean()
        if self.too_large:
            # The file was dropped unread, so "required" would be the wrong thing to say.
            self._errors.pop("resume", None)
            if not hasattr(self, "cleaned_data"):
                self.cleaned_data = {}
            self.add_error(
                "resume",
                forms.ValidationError(
                    "This file is larger than %(max)s. Please send a smaller file, such as a PDF.",
                    code="too_large",
                    params={"max": filesizeformat(settings.RESUME_MAX_BYTES)},
                ),
            )


class ApplicationForm(SubmissionForm):
    submit_label = "Send my application"


class ResumeForm(SubmissionForm):
    desired_role = forms.CharField(
        label="What kind of job are you looking for?", max_length=120, required=False,
        help_text="For example: CNC machinist, staff accountant, network administrator.",
    )  # fmt: skip
    desired_category = forms.ModelChoiceField(
        label="Field", queryset=JobCategory.objects.all(), required=False, empty_label="Any field"
    )
    submit_label = "Send my resume"

    def extra_layout(self):
        return ["desired_role", "desired_category"]
