"""Where a test's uploads and resumes go: folders of its own, never the project's media/."""

from pathlib import Path


def media_settings(folder: Path, storages: dict) -> dict:
    """MEDIA_ROOT and the resume store's location under `folder`, as settings to override."""
    resumes = storages["resumes"]
    options = {**resumes["OPTIONS"], "location": folder / "resumes"}
    return {
        "MEDIA_ROOT": folder / "media",
        "STORAGES": {
            **storages,
            "resumes": {**resumes, "OPTIONS": options},
        },
    }
