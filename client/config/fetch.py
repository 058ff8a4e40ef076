"""An exam file fetched from an https:// address: IT's machine-wide deployment or a link.

The file is signed, so the server need not be trusted with its content; https is still required
(and verified as every connection of ours is) so that nobody on the network learns or blocks
which exam a candidate opens. A size limit keeps a wrong address from filling memory.
"""

from __future__ import annotations

import ssl

import httpx

from client.errors import InvalidInput
from client.i18n import QT_TRANSLATE_NOOP
from client.upload.http import root_cause, safe_url, tls_context

MAX_BYTES = 1 << 20      # exam files are a few kilobytes
TIMEOUT_SECONDS = 20.0

# Every sentence a person sees, marked for translation (client/i18n.py).
REMEDY_NET = QT_TRANSLATE_NOOP("ExamFile", "check the internet connection and try again; if it "
                               "keeps failing, ask the institution for the exam file itself")
REMEDY_ADDRESS = QT_TRANSLATE_NOOP("ExamFile", "ask the institution for the right exam link or "
                                   "the exam file itself")
TEXT = {
    "not_https": QT_TRANSLATE_NOOP("ExamFile", "the exam address {url} is not a secure "
                                   "(https://) address"),
    "to_insecure": QT_TRANSLATE_NOOP("ExamFile", "the exam address {url} sent us to an insecure "
                                     "address"),
    "status": QT_TRANSLATE_NOOP("ExamFile", "the exam server answered {status} for {url}"),
    "timeout": QT_TRANSLATE_NOOP("ExamFile", "the exam server at {url} did not answer in time"),
    "untrusted": QT_TRANSLATE_NOOP("ExamFile", "the exam server's certificate at {url} is not "
                                   "trusted"),
    "unreachable": QT_TRANSLATE_NOOP("ExamFile", "the exam server at {url} cannot be reached"),
    "failed": QT_TRANSLATE_NOOP("ExamFile", "the exam could not be downloaded from {url} "
                                "({error})"),
    "too_large": QT_TRANSLATE_NOOP("ExamFile", "{url} is not an exam file (it is larger than "
                                   "{kb} KB)"),
}


def fetch_exam(url: str, *, ca_pem: str = "", timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The bytes at `url` (https only, certificate verified, at most MAX_BYTES)."""
    shown = safe_url(url)
    if not url.lower().startswith("https://"):
        raise InvalidInput(TEXT["not_https"].format(url=shown), REMEDY_ADDRESS)

    def https_only(request: httpx.Request) -> None:  # redirects too, before anything is sent
        if request.url.scheme != "https":
            raise InvalidInput(TEXT["to_insecure"].format(url=shown), REMEDY_ADDRESS)

    try:
        with httpx.Client(verify=tls_context(ca_pem), trust_env=False, timeout=timeout,
                          follow_redirects=True, max_redirects=5,
                          event_hooks={"request": [https_only]}) as client, \
                client.stream("GET", url) as reply:
            if reply.status_code != 200:
                raise InvalidInput(TEXT["status"].format(status=reply.status_code, url=shown),
                                   REMEDY_ADDRESS if reply.status_code in (403, 404, 410)
                                   else REMEDY_NET)
            return _body(reply, shown)
    except httpx.TimeoutException:
        raise InvalidInput(TEXT["timeout"].format(url=shown), REMEDY_NET) from None
    except httpx.ConnectError as exc:
        if isinstance(root_cause(exc), ssl.SSLCertVerificationError):
            raise InvalidInput(TEXT["untrusted"].format(url=shown), REMEDY_ADDRESS) from None
        raise InvalidInput(TEXT["unreachable"].format(url=shown), REMEDY_NET) from None
    except httpx.HTTPError as exc:
        raise InvalidInput(TEXT["failed"].format(url=shown, error=type(exc).__name__),
                           REMEDY_NET) from None


def _body(reply: httpx.Response, shown: str) -> bytes:
    data = bytearray()
    for chunk in reply.iter_bytes():
        data += chunk
        if len(data) > MAX_BYTES:
            raise InvalidInput(TEXT["too_large"].format(url=shown, kb=MAX_BYTES // 1024),
                               REMEDY_ADDRESS)
    return bytes(data)
