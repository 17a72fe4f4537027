"""Staff roles, as groups: what each kind of staff member may do. Kept here, in code; the groups
follow it on every `migrate` (amtec.apps), so a change here is a change everywhere.

Give a staff member one role (or more) in the admin: Users > their account > Groups. A permission
is "app_label.codename", or "app_label.*" for all of an app's.
"""

from django.contrib.auth.management import create_permissions

RECRUITER = [
    "jobs.view_job", "jobs.add_job", "jobs.change_job", "jobs.view_category",
    "candidates.view_candidate", "candidates.change_candidate", "candidates.view_resume",
    "candidates.view_application", "candidates.change_application",
    "candidates.view_applicationevent",
]  # fmt: skip

ROLES = {
    # Articles only: no job, candidate, resume or application.
    "Content editor": ["blog.*"],
    # Jobs, candidates, applications and resumes: read and work them, not take them away.
    "Recruiter": RECRUITER,
    # A recruiter who also exports and deletes personal data, and runs the job board.
    "Recruiting manager": [
        *RECRUITER,
        "jobs.*",
        "candidates.*",
        "alerts.view_jobalert",
        "alerts.change_jobalert",
        "alerts.delete_jobalert",
    ],
    # Everything, including staff accounts, roles and the personal-data access log.
    "Administrator": ["*"],
}


def sync_roles(apps, app_configs=()) -> None:
    """Make each role's group hold exactly its permissions (creating what is missing).

    `apps` is the app registry (a migration's historical one, or the real one); `app_configs`,
    the apps whose permissions must exist first (Django creates them only after migrating).
    """
    for app_config in app_configs:
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    everything = list(Permission.objects.select_related("content_type"))
    for name, granted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([p for p in everything if _grants(granted, p)])


def _grants(granted: list[str], permission) -> bool:
    app_label = permission.content_type.app_label
    return any(
        rule == "*" or rule == f"{app_label}.*" or rule == f"{app_label}.{permission.codename}"
        for rule in granted
    )
