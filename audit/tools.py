"""Installs the audit's tools on first use: npm packages into a cache folder, Debian packages only
when missing. Never downloads a browser. Its PyPI packages are the `audit` extra in uv.lock, which
`make audit` installs."""

# The audit runs fixed commands of its own tools (npm, apt-get, java, node), found on PATH.
# ruff: noqa: S603, S607

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

CACHE = Path(os.environ.get("AMTEC_AUDIT_CACHE", Path.home() / ".cache" / "amtec-audit"))
NODE_MODULES = CACHE / "node_modules"
NPM_PACKAGES = ["lighthouse@12.8.2", "vnu-jar@26.9.27"]
PYPI_MODULES = ["extruct", "feedparser"]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Flags that let Debian's Chromium run headless as root on a machine without outside network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _apt_install(package: str) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"Installing {package} (Debian package)...", flush=True)
    if subprocess.run(["apt-get", "install", "-y", "-qq", package], env=env).returncode:
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", package], env=env, check=True)


def ensure_tools() -> None:
    if not CHROMIUM.exists():
        _apt_install("chromium")
    if not shutil.which("java"):
        _apt_install("openjdk-17-jre-headless")
    missing = [module for module in PYPI_MODULES if not importlib.util.find_spec(module)]
    if missing:
        sys.exit(f"{', '.join(missing)} not installed: `make audit` installs the audit extra.")
    if not (LIGHTHOUSE.exists() and VNU.exists()):
        if not shutil.which("npm"):
            _apt_install("npm")
        print(f"Installing {', '.join(NPM_PACKAGES)} into {CACHE}...", flush=True)
        CACHE.mkdir(parents=True, exist_ok=True)
        npm = ["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", "--silent"]
        subprocess.run([*npm, *NPM_PACKAGES], check=True)
