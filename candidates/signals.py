from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Resume


@receiver(post_delete, sender=Resume, dispatch_uid="candidates_delete_resume_file")
def delete_resume_file(sender, instance, **kwargs):
    """A deleted resume takes its file with it, once the deletion is committed."""
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))
