"""The object-store backends, without a store: only what they decide themselves."""

import pytest

from core.storages import PrivateResumeStorage, PublicMediaStorage


def test_files_under_the_immutable_prefixes_may_be_kept_a_year():
    storage = PublicMediaStorage(bucket_name="media", immutable_prefixes=("blog/renditions/",))
    kept = storage.get_object_parameters("blog/renditions/hero-800.webp")
    assert kept["CacheControl"] == "public, max-age=31536000, immutable"
    assert "CacheControl" not in storage.get_object_parameters("blog/originals/hero.jpg")


def test_resumes_never_get_a_url():
    with pytest.raises(NotImplementedError):
        PrivateResumeStorage(bucket_name="resumes").url("2026/12/x.pdf")
