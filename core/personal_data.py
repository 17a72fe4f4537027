"""What several apps hold about one email address, for its owner's export and erasure.

A candidate's page (/me/) downloads and deletes everything held about its owner, but candidates
and the other apps keeping personal data by email (job alerts) know nothing of each other: each
app that holds such data connects receivers here (in its AppConfig.ready), and the page sends.
"""

from django.dispatch import Signal

# Sent with `email`; each receiver returns (name, data): the name of its part of the export
# ("job_alerts") and JSON-serialisable data.
export_requested = Signal()
# Sent with `email`, inside the erasure's transaction; each receiver deletes what its app holds
# for that address and returns how many records went.
erase_requested = Signal()


def export(email: str) -> dict:
    return dict(response for _, response in export_requested.send(sender=None, email=email))


def erase(email: str) -> int:
    return sum(count for _, count in erase_requested.send(sender=None, email=email))
