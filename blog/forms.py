from django import forms


class ArticleSearchForm(forms.Form):
    q = forms.CharField(
        label="Search articles",
        max_length=100,
        required=False,
        strip=True,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "e.g. interview, overtime"}),
    )

    def query(self) -> str:
        return self.cleaned_data.get("q", "") if self.is_valid() else ""
