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

        # A candidate's own page lists, exports and erases the alerts of their address; after
        # an application, its confirmation page offers one (candidates know nothing of alerts).
        from core import personal_data

        from .personal_data import erase_alerts, export_alerts

        fill("candidates:me-end", "alerts/includes/me_slot.html")
        fill("candidates:submission-done", "alerts/includes/after_applying_slot.html")
        personal_data.export_requested.connect(export_alerts, dispatch_uid="alerts.export")
        personal_data.erase_requested.connect(erase_alerts, dispatch_uid="alerts.erase")
