from amtec.views import HEALTHZ_PATH, healthz


class HealthCheckMiddleware:
    """Answers `/healthz` before anything checks the Host header or redirects to HTTPS.

    Load balancers probe each server by its own address (`Host: 10.0.3.7:8000`), which is not in
    ALLOWED_HOSTS and should not be; they probe over plain HTTP, too. Second in MIDDLEWARE, so
    the probe still gets a request id and an access line.
    """

    path = HEALTHZ_PATH  # whatever the URLconf (a test's or a benchmark's may not route it)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == self.path:
            return healthz(request)
        return self.get_response(request)
