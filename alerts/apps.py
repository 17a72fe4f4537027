from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = "Job alerts"

    def ready(self):
        from core.slots import fill

        # "Email me new jobs like these" under every job search: alerts add themselves to the
        # job board's page, which knows nothing of them.
        fill("jobs:search-results-end", "alerts/includes/search_slot.html")
        # ...and a compact link at the top of the results, where people decide (issue 21).
        fill("jobs:search-results-top", "alerts/includes/search_toggle.html")
