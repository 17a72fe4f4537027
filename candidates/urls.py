from django.urls import path

from . import views

app_name = "candidates"

urlpatterns = [
    path("resume/", views.ResumeSubmitView.as_view(), name="resume-submit"),
    path("resume/sent/", views.SubmissionDoneView.as_view(), name="submission-done"),
    path("jobs/<int:pk>/<str:slug>/apply/", views.JobApplyView.as_view(), name="job-apply"),
]
