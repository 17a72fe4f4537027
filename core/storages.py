"""Object-store backends, for several app servers sharing files (settings: S3_MEDIA_BUCKET ...).

Two buckets: article images in a public one (the browser fetches renditions straight from it or
its CDN domain), resumes in a private one that only the staff download view reads.
"""

from storages.backends.s3 import S3Storage

YEAR = 60 * 60 * 24 * 365


class PublicMediaStorage(S3Storage):
    """Public media (article images). Files under `immutable_prefixes` (an option: the article
    renditions, settings.py) have unique names, so browsers and CDNs may keep them a year.

    Only those prefixes are meant to be readable by anyone: the bucket's policy grants public
    reads on them alone (README, "Deploying"), so uploaded originals stay private.
    """

    querystring_auth = False

    def get_default_settings(self):
        return {**super().get_default_settings(), "immutable_prefixes": ()}

    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        if name.startswith(tuple(self.immutable_prefixes)):
            params.setdefault("CacheControl", f"public, max-age={YEAR}, immutable")
        return params


class PrivateResumeStorage(S3Storage):
    """Resumes: personal data. No URL is ever made for one; staff download through the site."""

    querystring_auth = True

    def url(self, name, *args, **kwargs):
        raise NotImplementedError("Resumes have no URL; use the staff download view.")
