from django.conf import settings


def site(request):
    """Site-wide facts for the chrome: contact details. (The canonical address is the
    `canonical_url` tag's: it names the page of results actually shown.)"""
    return {"amtec": settings.AMTEC}
