from django.core.management import call_command


def test_collectstatic_builds_a_compressed_manifest(settings, tmp_path):
    """Production serves hashed, compressed files; a broken CSS reference would fail here."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "css/site.css" in manifest
    assert "vendor/bootstrap/bootstrap.min.css" in manifest
    assert list((tmp_path / "static" / "css").glob("site.*.css.gz"))
