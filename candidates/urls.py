from django.urls import path

from . import me, views

app_name = "candidates"

urlpatterns = [
    path("resume/", views.ResumeSubmitView.as_view(), name="resume-submit"),
    path("resume/read/", views.held_fields, name="held-fields"),
    path("resume/sent/", views.SubmissionDoneView.as_view(), name="submission-done"),
    path("jobs/<int:pk>/<str:slug>/apply/", views.JobApplyView.as_view(), name="job-apply"),
    # The candidate's own page (candidates/me.py): private, never cached, signed in by email.
    path("me/", me.me, name="me"),
    path("me/check-your-email/", me.check_email, name="me-check-email"),
    path("me/sign-in/", me.sign_in, name="me-sign-in"),
    path("me/sign-out/", me.sign_out, name="me-sign-out"),
    path("me/applications/<int:pk>/withdraw/", me.withdraw, name="me-withdraw"),
    path("me/resume/", me.new_resume, name="me-resume"),
    path("me/my-data.zip", me.export, name="me-export"),
    path("me/delete/", me.delete, name="me-delete"),
    path("me/deleted/", me.deleted, name="me-deleted"),
    path("me/confirm/", me.confirm_update, name="me-confirm-update"),
]
