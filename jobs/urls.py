from django.urls import path

from core.cache import cache_public_page

from . import sharing, views
from .feeds import JobFeed

app_name = "jobs"

urlpatterns = [
    path("", views.JobListView.as_view(), name="job-list"),
    path("feed/", cache_public_page(JobFeed(), page="job-feed"), name="job-feed"),
    path("syndication/<slug:board>.xml", views.syndication_feed, name="syndication-feed"),
    path("<int:pk>/<str:slug>/", views.JobDetailView.as_view(), name="job-detail"),
    path("<int:pk>/<str:slug>/send/", sharing.send_to_friend, name="job-share"),
]
