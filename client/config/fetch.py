"""An exam file fetched from an https:// address: IT's machine-wide deployment or a link.

The file is signed, so the server need not be trusted with its content; https is still required
(and verified as every connection of ours is) so that nobody on the network learns or blocks
which exam a candidate opens. A size limit keeps a wrong address from filling memory.
"""

from __future__ import annotations

import ssl

import httpx

from client.errors import InvalidInput
from client.upload.http import safe_url, tls_context

MAX_BYTES = 1 << 20      # exam files are a few kilobytes
TIMEOUT_SECONDS = 20.0

REMEDY_NET = ("check the internet connection and try again; if it keeps failing, ask the "
              "institution for the exam file itself")
REMEDY_ADDRESS = "ask the institution for the right exam link or the exam file itself"


def fetch_exam(url: str, *, ca_pem: str = "", timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The bytes at `url` (https only, certificate verified, at most MAX_BYTES)."""
    shown = safe_url(url)
    if not url.lower().startswith("https://"):
        raise InvalidInput(f"the exam address {shown} is not a secure (https://) address",
                           REMEDY_ADDRESS)

    def https_only(request: httpx.Request) -> None:  # redirects too, before anything is sent
        if request.url.scheme != "https":
            raise InvalidInput(f"the exam address {shown} sent us to an insecure address",
                               REMEDY_ADDRESS)

    try:
        with httpx.Client(verify=tls_context(ca_pem), trust_env=False, timeout=timeout,
                          follow_redirects=True, max_redirects=5,
                          event_hooks={"request": [https_only]}) as client, \
                client.stream("GET", url) as reply:
            if reply.status_code != 200:
                raise InvalidInput(f"the exam server answered {reply.status_code} for {shown}",
                                   REMEDY_ADDRESS if reply.status_code in (403, 404, 410)
                                   else REMEDY_NET)
            return _body(reply, shown)
    except httpx.TimeoutException:
        raise InvalidInput(f"the exam server at {shown} did not answer in time",
                           REMEDY_NET) from None
    except httpx.ConnectError as exc:
        if isinstance(exc.__context__, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(exc):
            raise InvalidInput(f"the exam server's certificate at {shown} is not trusted",
                               REMEDY_ADDRESS) from None
        raise InvalidInput(f"the exam server at {shown} cannot be reached", REMEDY_NET) from None
    except httpx.HTTPError as exc:
        raise InvalidInput(f"the exam could not be downloaded from {shown} "
                           f"({type(exc).__name__})", REMEDY_NET) from None


def _body(reply: httpx.Response, shown: str) -> bytes:
    data = bytearray()
    for chunk in reply.iter_bytes():
        data += chunk
        if len(data) > MAX_BYTES:
            raise InvalidInput(f"{shown} is not an exam file (it is larger than "
                               f"{MAX_BYTES // 1024} KB)", REMEDY_ADDRESS)
    return bytes(data)
