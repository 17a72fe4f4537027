from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_create, name="alert-create"),
    path("check-your-email/", views.alert_pending, name="alert-pending"),
    path("confirm/<str:token>/", views.alert_confirm, name="alert-confirm"),
    path("manage/<str:token>/", views.alert_manage, name="alert-manage"),
    path("manage/<str:token>/delete/", views.alert_delete, name="alert-delete"),
    path("unsubscribe/<str:token>/", views.alert_unsubscribe, name="alert-unsubscribe"),
]
