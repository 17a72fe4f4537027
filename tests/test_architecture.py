"""The import rules of DESIGN.md ("Layout"): packages depend one way and no modules import each
other. The contracts are in pyproject.toml (import-linter, also run by `make lint`); templates,
which import-linter cannot see, are checked here."""

import re
from pathlib import Path

import pytest
from django.template.backends.django import get_installed_libraries
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
# A page of the job board or the blog may show nothing of these apps' own: they add themselves.
OTHER_APPS = {"jobs": ("candidates", "alerts"), "blog": ("candidates", "alerts")}
_LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")
_INCLUDE = re.compile(r"""{%\s*(?:include|extends)\s+["']([^"']+)["']""")


def test_the_import_contracts_hold():
    assert lint_imports(str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def _library_apps() -> dict[str, str]:
    """{tag library: the top-level package that defines it}."""
    return {name: module.split(".")[0] for name, module in get_installed_libraries().items()}


@pytest.mark.parametrize("app", sorted(OTHER_APPS))
def test_job_board_and_blog_templates_load_nothing_of_other_apps(app):
    forbidden, owners = OTHER_APPS[app], _library_apps()
    assert owners["alert_tags"] == "alerts"
    templates = sorted((ROOT / "templates" / app).rglob("*.html"))
    assert templates
    for template in templates:
        text = template.read_text()
        for group in _LOAD.findall(text):
            for library in group.split():
                assert owners.get(library) not in forbidden, (template.name, library)
        for included in _INCLUDE.findall(text):
            assert included.split("/")[0] not in forbidden, (template.name, included)
