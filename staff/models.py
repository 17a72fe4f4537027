from django.conf import settings
from django.db import models
from django.utils import timezone


class PersonalDataAccess(models.Model):
    """One staff member's view, download, export or deletion of one record of personal data, or
    its row in a list they were shown (the admin's change lists, a job's best-matching candidates).

    Holds who, when, what was done and which record (its kind and id), never the data itself:
    no names, emails or resume text. Rows are kept PERSONAL_DATA_ACCESS_LOG_DAYS
    (`manage.py prune_access_log`), and nobody can edit them, not even a superuser in the admin.
    """

    class Action(models.TextChoices):
        VIEW = "view", "viewed"
        LIST = "list", "listed"
        DOWNLOAD = "download", "downloaded"
        EXPORT = "export", "exported"
        DELETE = "delete", "deleted"

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty for the site's own housekeeping (retention purges) or a removed account.",
    )
    username = models.CharField(
        max_length=150, help_text="As it was then, kept when the account is removed."
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    kind = models.CharField(max_length=40, help_text="What the record is: candidate, resume…")
    object_id = models.PositiveBigIntegerField()
    request_id = models.CharField(
        max_length=64, blank=True, help_text="Finds the request in the server's access log."
    )

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "personal data access"
        verbose_name_plural = "personal data access log"
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self):
        who = self.username or "the site"
        return f"{who} {self.get_action_display()} {self.kind} #{self.object_id}"
