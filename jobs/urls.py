from django.urls import path
from django.views.generic import TemplateView

app_name = "jobs"

# The job board arrives with the jobs issue; until then /jobs/ tells visitors how to reach us.
urlpatterns = [
    path("", TemplateView.as_view(template_name="jobs/job_list.html"), name="job-list"),
]
