import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db


def feed_titles(client, **params):
    response = client.get(reverse("jobs:job-feed"), params)
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, [item.findtext("title") for item in channel.findall("item")]


def test_feed_lists_open_jobs_newest_first_with_absolute_links(client, jobs_in_every_state):
    newer = JobFactory(title="Newest Welder")
    channel, titles = feed_titles(client)
    assert titles == ["Newest Welder \u2013 Dayton, OH", "Open machinist job \u2013 Dayton, OH"]
    item = channel.find("item")
    assert item.findtext("link") == f"http://testserver{newer.get_absolute_url()}"
    assert "Direct hire" in item.findtext("description")


def test_feed_honours_the_search_filters(client):
    JobFactory(title="Remote Developer", workplace="remote")
    JobFactory(title="Onsite Welder")
    channel, titles = feed_titles(client, workplace="remote")
    assert titles == ["Remote Developer \u2013 Remote (US)"]
    assert channel.findtext("link") == "http://testserver/jobs/?workplace=remote"
    _, titles = feed_titles(client, q="welder")
    assert titles == ["Onsite Welder \u2013 Dayton, OH"]
    assert feed_titles(client, q="welder")[0].findtext("title") == "Amtec jobs matching “welder”"
