"""Named places in one app's page where other apps add their own part.

The job board's search page has room for a job alert sign-up, but the job board knows nothing of
alerts: the app that owns the data adds itself. An app registers a template for a slot in its
AppConfig.ready(); the page marks the slot with `{% slot "name" %}` (core/templatetags/site_tags),
which renders every template registered for it, in registration order, with the page's context.
A slot nobody fills renders nothing.
"""

_SLOTS: dict[str, list[str]] = {}


def fill(slot: str, template_name: str) -> None:
    """Render `template_name` wherever a page marks `slot`. Registering twice is harmless."""
    templates = _SLOTS.setdefault(slot, [])
    if template_name not in templates:
        templates.append(template_name)


def templates_for(slot: str) -> tuple[str, ...]:
    return tuple(_SLOTS.get(slot, ()))
