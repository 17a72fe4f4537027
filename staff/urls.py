"""Two-factor sign-in, mounted under the admin (amtec/urls.py: /admin/two-factor/)."""

from django.urls import path

from . import views

app_name = "staff"

urlpatterns = [
    path("", views.ManageView.as_view(), name="mfa-manage"),
    path("verify/", views.VerifyView.as_view(), name="mfa-verify"),
    path("set-up/", views.EnrolView.as_view(), name="mfa-enrol"),
    path("recovery-codes/", views.RecoveryCodesView.as_view(), name="mfa-recovery-codes"),
    path("new-phone/", views.NewPhoneView.as_view(), name="mfa-new-phone"),
]
