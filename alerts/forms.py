from crispy_forms.helper import FormHelper
from django import forms

from core.forms import PlainTextFieldsMixin

from .models import JobAlert
from .search import alert_query, describe, job_search


class AlertForm(PlainTextFieldsMixin, forms.Form):
    """Sign up for an alert on a /jobs/ search. Used on /jobs/ itself and on /alerts/."""

    email = forms.EmailField(
        label="Your email",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label="How often",
        choices=JobAlert.Frequency.choices,
        initial=JobAlert.Frequency.DAILY,
        widget=forms.RadioSelect,
    )
    query = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)

    def __init__(self, *args, categories, **kwargs):
        # Ids of their own: on /jobs/ this form shares the page with the search form.
        kwargs.setdefault("auto_id", "alert-%s")
        super().__init__(*args, **kwargs)
        self.categories = list(categories)
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_query(self):
        """Whatever the page sent, keep only the search /jobs/ would understand."""
        search = job_search(self.cleaned_data["query"], categories=self.categories)
        self.search_description = describe(search)
        query = alert_query(search)
        if len(query) > JobAlert._meta.get_field("query").max_length:
            # A hidden field: say it about the form as a whole.
            self.add_error(
                None, "This search is too long to save as an alert. Try fewer or shorter keywords."
            )
        return query


class ManageForm(PlainTextFieldsMixin, forms.Form):
    frequency = forms.ChoiceField(
        label="How often", choices=JobAlert.Frequency.choices, widget=forms.RadioSelect
    )
    paused = forms.BooleanField(
        label="Pause this alert",
        required=False,
        help_text="No emails while paused. Untick to start them again.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
