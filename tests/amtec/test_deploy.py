"""deploy/nginx.conf is a valid nginx configuration (`nginx -t`), where nginx is installed: CI
installs it (.ci/run), so there the test runs rather than skips. What it does in front of
gunicorn is tested in tests/production/test_front_cache.py."""

import subprocess
from pathlib import Path

import pytest

from tests.production.harness import free_port, nginx_binary, render_nginx_conf, unavailable


@pytest.fixture
def nginx():
    binary = nginx_binary()
    if not binary:
        unavailable("nginx is not installed (apt-get install -y nginx)")
    return binary


def test_the_shipped_nginx_config_is_valid(nginx, tmp_path):
    conf = render_nginx_conf(tmp_path, app="127.0.0.1:8000", port=free_port(),
                             purge_port=free_port())  # fmt: skip
    checked = subprocess.run(
        [nginx, "-t", "-c", str(conf), "-p", f"{tmp_path}/"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "test is successful" in checked.stderr


def test_a_broken_config_is_refused(nginx, tmp_path):
    """The check above can fail: nginx -t refuses a config with a mistake in it."""
    conf = render_nginx_conf(tmp_path, app="127.0.0.1:8000", port=free_port(),
                             purge_port=free_port())  # fmt: skip
    conf.write_text(conf.read_text().replace("proxy_cache_revalidate", "proxy_cache_revalidat"))
    (tmp_path / "amtec-proxy.conf").write_text(
        (tmp_path / "amtec-proxy.conf")
        .read_text()
        .replace("proxy_cache_revalidate on;", "proxy_cache_revalidat on;")
    )
    checked = subprocess.run(
        [nginx, "-t", "-c", str(conf), "-p", f"{tmp_path}/"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert checked.returncode != 0


def test_the_varnish_alternative_compiles():
    """deploy/varnish.vcl compiles, with vmod xkey (.ci/run installs Varnish; skipped only
    outside CI where it is missing)."""
    import shutil

    from tests.production.harness import ROOT

    varnishd = shutil.which("varnishd") or (
        "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None
    )
    if not varnishd:
        unavailable("Varnish is not installed (apt-get install -y varnish varnish-modules)")
    import tempfile

    # varnishd compiles as its own unprivileged user: a working folder it can write to, and the
    # VCL copied there (a checkout in a private folder is not readable by that user).
    work = Path(tempfile.mkdtemp(prefix="amtec-varnish-"))
    work.chmod(0o777)
    vcl = work / "amtec.vcl"
    vcl.write_text((ROOT / "deploy" / "varnish.vcl").read_text())
    vcl.chmod(0o644)
    try:
        compiled = subprocess.run(
            [varnishd, "-C", "-f", str(vcl), "-n", str(work / "state")],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert compiled.returncode == 0, compiled.stderr[-2000:]
