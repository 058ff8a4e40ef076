"""Packaging: the PyInstaller bundle's settings, platform installers, signing and branding inputs.

Nothing here runs inside the candidate app; `build.spec` and the installer scripts import it at
build time, and the tests import it to check what the bundle will contain without building it.
"""
