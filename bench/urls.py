"""The site's URLs plus the framework floor: a bare view, no database, no templates.

Only bench.settings uses this module, so production URLs stay as they are.
"""

from django.http import HttpResponse
from django.urls import path

import amtec.urls as site_urls


def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor, name="bench-floor"), *site_urls.urlpatterns]

# Keep the site's error views if it defines any.
for _name in ("handler400", "handler403", "handler404", "handler500"):
    if hasattr(site_urls, _name):
        globals()[_name] = getattr(site_urls, _name)
