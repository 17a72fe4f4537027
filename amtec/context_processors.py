from django.conf import settings


def site(request):
    """Site-wide facts for the chrome: contact details and this page's canonical address."""
    page = request.GET.get("page", "")
    canonical = request.build_absolute_uri(request.path)
    if page.isdigit() and page != "1":
        canonical += f"?page={int(page)}"
    return {"amtec": settings.AMTEC, "canonical_url": canonical}
