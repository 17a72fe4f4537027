"""Refuse oversize resume uploads without reading them into memory or onto disk."""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

# A body this much larger than the file limit is refused before a single byte is read. Below it,
# the body is parsed so the other fields survive, while the file's bytes are counted and dropped.
REFUSE_UNREAD_FACTOR = 4


def body_is_far_too_large(request) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > settings.RESUME_MAX_BYTES * REFUSE_UNREAD_FACTOR


class ResumeSizeLimitHandler(FileUploadHandler):
    """Counts each file's bytes as they arrive and drops a file as soon as it passes the limit.

    Runs first, so a dropped file never reaches the handlers that buffer to memory or disk.
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.too_large = False
        self.received = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.RESUME_MAX_BYTES:
            self.too_large = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None
