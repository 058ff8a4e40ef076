"""Identity of an executable file that survives renaming it.

Per platform what the file itself says: the ELF build-id on Linux, the PE version resource's
OriginalFilename and signer on Windows, the bundle identifier and team id on macOS; plus a
SHA-256 of the content everywhere. Parsers are pure (bytes in, values out) so that they are
tested here on real files and recorded outputs.
"""
