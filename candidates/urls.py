from django.urls import path
from django.views.generic import TemplateView

from . import views

app_name = "candidates"

# The upload forms arrive with the candidates issue; until then these pages say how to apply.
urlpatterns = [
    path(
        "resume/",
        TemplateView.as_view(template_name="candidates/resume_form.html"),
        name="resume-submit",
    ),
    path(
        "jobs/<int:pk>/<str:slug>/apply/",
        views.JobApplyView.as_view(),
        name="job-apply",
    ),
]
