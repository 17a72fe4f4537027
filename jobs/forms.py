"""The job search's query string: what each parameter may hold, parsed and cleaned.

Only parsing happens here; jobs/search.py turns the cleaned parameters into jobs and counts.
"""

import re

from django import forms

from .geo import DEFAULT_RADIUS, RADIUS_OPTIONS
from .models import HOURS_PER_YEAR, Job

PAY_OPTIONS = [30_000, 50_000, 75_000, 100_000, 150_000]  # a year; hourly pay counts x 2080
POSTED_OPTIONS = [(1, "Last 24 hours"), (7, "Last 7 days"), (30, "Last 30 days")]
SORT_OPTIONS = [
    ("relevance", "Relevance"), ("newest", "Newest"), ("pay", "Highest pay"),
    ("distance", "Distance"),
]  # fmt: skip
PAID_OPTIONS = [("w2", "W-2"), ("1099", "1099"), ("c2c", "Corp-to-corp (C2C)")]
START_OPTIONS = [("now", "Starts immediately")]
MULTIPLE_CHOICE = ("workplace", "type", "paid", "hours", "shift", "category")  # any of them
SINGLE_CHOICE = ("pay", "start", "posted")  # one value, or none
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def pay_label(amount: int) -> str:
    return f"${amount:,}+ a year (about ${amount / HOURS_PER_YEAR:.0f}/hr)"


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


class JobSearchForm(forms.Form):
    q = forms.CharField(label="Keywords", max_length=100, required=False)
    location = forms.CharField(label="City, state or ZIP", max_length=100, required=False)
    near = forms.CharField(label="Near (ZIP or city)", max_length=100, required=False)
    radius = forms.TypedChoiceField(
        label="Within",
        choices=[(str(miles), f"{miles} miles") for miles in RADIUS_OPTIONS],
        coerce=int,
        empty_value=None,
        required=False,
    )
    workplace = forms.MultipleChoiceField(
        label="Workplace", choices=Job.Workplace.choices, required=False
    )
    type = forms.MultipleChoiceField(
        label="Job type", choices=Job.EmploymentType.choices, required=False
    )
    paid = forms.MultipleChoiceField(label="Paid as", choices=PAID_OPTIONS, required=False)
    hours = forms.MultipleChoiceField(label="Hours", choices=Job.Hours.choices, required=False)
    shift = forms.MultipleChoiceField(label="Shift", choices=Job.Shift.choices, required=False)
    start = forms.TypedChoiceField(
        label="Start", choices=[("", "Any time"), *START_OPTIONS], empty_value=None,
        required=False,
    )  # fmt: skip
    category = forms.MultipleChoiceField(label="Category", required=False)
    pay = forms.TypedChoiceField(
        label="Minimum pay",
        choices=[("", "Any pay"), *((str(a), pay_label(a)) for a in PAY_OPTIONS)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    posted = forms.TypedChoiceField(
        label="Posted",
        choices=[("", "Any time"), *((str(d), label) for d, label in POSTED_OPTIONS)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    sort = forms.ChoiceField(label="Sort by", choices=SORT_OPTIONS, required=False)
    # The words exactly as typed: no typo correction, no place taken from the keywords.
    exact = forms.BooleanField(required=False)

    def __init__(self, data, *, categories):
        super().__init__(data)
        self.categories = list(categories)
        self.fields["category"].choices = [(c.slug, c.name) for c in self.categories]
        self.is_valid()  # an invalid parameter is dropped; the rest of the search still works

    def clean_q(self):
        return _one_line(self.cleaned_data["q"])

    def clean_location(self):
        return _one_line(self.cleaned_data["location"])

    def clean_near(self):
        return _one_line(self.cleaned_data["near"])

    @property
    def params(self) -> dict:
        """Every parameter, cleaned: a value that failed to parse is empty."""
        data = self.cleaned_data
        near = data.get("near") or ""
        return {
            "q": data.get("q") or "",
            "location": data.get("location") or "",
            "near": near,
            # A distance only with a place to measure it from: 25 miles unless chosen.
            "radius": (data.get("radius") or DEFAULT_RADIUS) if near else None,
            **{name: list(data.get(name) or []) for name in MULTIPLE_CHOICE},
            **{name: data.get(name) for name in SINGLE_CHOICE},
            "sort": data.get("sort") or "",
            "exact": bool(data.get("exact")),
        }

    def labels(self, name: str) -> dict[str, str]:
        """{value: label} for a parameter's choices."""
        return {str(value): str(label) for value, label in self.fields[name].choices}
