from django.urls import path
from django.views.generic import TemplateView

app_name = "candidates"

# The upload form arrives with the candidates issue; until then /resume/ says how to send one.
urlpatterns = [
    path(
        "", TemplateView.as_view(template_name="candidates/resume_form.html"), name="resume-submit"
    ),
]
