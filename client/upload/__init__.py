"""Uploading sessions to any backend (tus 1.0, presigned PUT, a folder), losing nothing.

No Qt here: the app runs an `Uploader` thread and reads `status()`; `invigilo upload` drains a
spool from the command line. See docs/UPLOAD.md.
"""

from client.upload.errors import UploadError
from client.upload.receipt import HandIn, hand_in
from client.upload.transport import Transport, make_transport
from client.upload.uploader import Uploader, UploadStatus

__all__ = ["HandIn", "Transport", "UploadError", "UploadStatus", "Uploader", "hand_in",
           "make_transport"]
