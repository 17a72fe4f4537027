from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class ResumeStorage(LazyObject):
    """The `resumes` entry of STORAGES, looked up when first used (and again if STORAGES changes).

    A FileField keeps the storage it is given for the life of the process; handing it this proxy
    keeps the configured backend (disk here, an object store in production) a settings matter.
    """

    def _setup(self):
        self._wrapped = storages["resumes"]


resume_storage = ResumeStorage()


@receiver(setting_changed, dispatch_uid="candidates_resume_storage_reset")
def _reset(*, setting, **kwargs):
    if setting == "STORAGES":
        resume_storage._wrapped = empty
