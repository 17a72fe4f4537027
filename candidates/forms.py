from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Layout, Submit
from django import forms
from django.conf import settings
from django.forms.utils import ErrorDict
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from phonenumber_field.formfields import PhoneNumberField

from core.forms import PlainTextFieldsMixin
from jobs.models import Category as JobCategory
from jobs.states import STATE_CODES, US_STATES

from . import held
from .filetypes import ACCEPTED_EXTENSIONS, ACCEPTED_LABEL, FileRejected, inspect_upload
from .phones import INVALID_MESSAGE, TYPED_MAX_LENGTH, PhoneInput, format_phone

# What the first step reads from the resume into the form (candidates.prefill).
PREFILL_FIELDS = ("name", "email", "phone", "city", "state", "profile_url")
PREFILL_LABELS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "city": "city",
    "state": "state",
    "profile_url": "profile link",
}
CHOOSE_FILE = "Please choose your resume file."


def inspected_resume(upload):
    """The file type every upload check (filetypes.inspect_upload) finds in a resume upload, or a
    ValidationError with the check's plain message: the one place forms check a resume file."""
    try:
        return inspect_upload(upload, upload.name, max_bytes=settings.RESUME_MAX_BYTES)
    except FileRejected as rejected:
        raise forms.ValidationError(rejected.message, code=rejected.code) from None


def resume_too_large(form) -> None:
    """After full_clean, for a form whose resume was over RESUME_MAX_BYTES: the upload was dropped
    unread (uploads.ResumeSizeLimitHandler), so "required" would be the wrong thing to say."""
    form._errors.pop("resume", None)
    if not hasattr(form, "cleaned_data"):
        form.cleaned_data = {}
    form.add_error(
        "resume",
        forms.ValidationError(
            "This file is larger than %(max)s. Please send a smaller file, such as a PDF.",
            code="too_large",
            params={"max": filesizeformat(settings.RESUME_MAX_BYTES)},
        ),
    )


def _file_help() -> str:
    return (
        f"{ACCEPTED_LABEL}, up to {filesizeformat(settings.RESUME_MAX_BYTES)}. "
        "Only Amtec's recruiters can see it."
    )


class SubmissionForm(PlainTextFieldsMixin, forms.Form):
    """What every resume submission asks; ApplicationForm and ResumeForm add their own parts.

    Resume first: the file is checked and held on its own (`check_file_only`), its details read
    into the other fields, and the submit then sends the held file's token, not the file again.
    """

    # The first field: choosing it (or "Continue" without JavaScript) reads it into the form.
    # Not required as a field: a file held from the first step stands in for it (clean()).
    resume = forms.FileField(
        label="Resume",
        required=False,
        help_text=lazy(_file_help, str)(),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
    )
    # The signed token of the file held since the first step (candidates.held).
    held = forms.CharField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(label="Full name", max_length=120, widget=forms.TextInput(
        attrs={"autocomplete": "name"}))  # fmt: skip
    email = forms.EmailField(
        label="Email",
        max_length=254,
        help_text=(
            "We use it to reply. If you have sent us a resume before with this email, we ask you "
            "to confirm this one by email."
        ),
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

    def __init__(self, *args, too_large=False, session=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        self.session = session  # where the held file's binding lives; None: no held file
        self.detected = None
        self._held_file = None
        self.held_problem = ""
        self.read_fields: list[str] | None = None  # set by the first step: what it filled in
        self.fields["resume"].widget.attrs["data-max-bytes"] = settings.RESUME_MAX_BYTES
        self.fields["resume"].widget.attrs["data-accepted-label"] = ACCEPTED_LABEL
        self.fields["consent"].label = format_html(
            "I agree that Amtec may store my information and contact me about jobs, as described "
            'in the <a href="{}">privacy policy</a>.',
            reverse("privacy"),
        )
        # The error summary names each field by its label: this one's is a sentence.
        self.fields["consent"].summary_label = "Privacy policy"
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(*self.layout_fields(), Submit("submit", self.submit_label))

    def layout_fields(self):
        return [
            Div(
                HTML('{% include "candidates/includes/resume_step_status.html" %}'),
                "resume",
                "held",
                HTML('{% include "candidates/includes/resume_step_continue.html" %}'),
                css_class="resume-step",
                data_resume_step="",
            ),
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
            "consent",
            Div(Field("website"), css_class="form-honeypot", aria_hidden="true"),
        ]

    def extra_layout(self):
        return []

    @property
    def held_file(self) -> "held.HeldResume | None":
        """The file kept from the first step that this form stands on, if its token is good."""
        if self.is_bound and self._errors is None:
            self.full_clean()
        return self._held_file

    @property
    def new_upload(self):
        """A file sent with this request that passed every check, else None."""
        if self.errors.get("resume"):
            return None
        return self.cleaned_data.get("resume") or None

    @property
    def read_labels(self) -> str:
        return ", ".join(PREFILL_LABELS[name] for name in self.read_fields or ())

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def check_file_only(self, keep=("resume",)) -> bool:
        """The first step: check the file (or the held one) and nothing else, since the rest is
        still to be filled in; only the errors of the fields in `keep` are shown. True when
        there are none."""
        if self._errors is None:
            self.full_clean()
        self._errors = ErrorDict({k: v for k, v in self._errors.items() if k in keep})
        return not self._errors

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_resume(self):
        upload = self.cleaned_data["resume"]
        if not upload:
            return None
        self.detected = inspected_resume(upload)
        return upload

    def clean_held(self):
        token = self.cleaned_data["held"]
        if token and self.session is not None:
            try:
                self._held_file = held.read(self.session, token)
            except held.HeldFileRefused as refused:
                self.held_problem = refused.message
        return token

    def clean(self):
        cleaned = super().clean()
        if "resume" not in self._errors and not cleaned.get("resume") and not self._held_file:
            # A held file whose token failed is said plainly: choose it again.
            code = "held" if self.held_problem else "required"
            self.add_error(
                "resume", forms.ValidationError(self.held_problem or CHOOSE_FILE, code=code)
            )
        return cleaned

    def full_clean(self):
        self._held_file = None
        self.held_problem = ""
        super().full_clean()
        if self.too_large:
            resume_too_large(self)


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


def prefilled(data, found: dict) -> tuple:
    """`data` (a QueryDict) with the details read from a resume in the fields left blank:
    what the person typed is never replaced. Returns (the new data, the fields filled)."""
    merged = data.copy()
    filled = []
    for name in PREFILL_FIELDS:
        value = (found.get(name) or "").strip()
        if not value or merged.get(name, "").strip():
            continue
        if name == "phone":
            value = format_phone(value)
        elif name == "state" and value not in STATE_CODES:
            continue
        merged[name] = value
        filled.append(name)
    return merged, filled
