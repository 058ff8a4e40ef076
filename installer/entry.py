"""The frozen program's entry point: the same `invigilo` command as the source checkout.

`freeze_support` lets a frozen child process started by multiprocessing run its task instead of
the whole command line; everything else is `client.cli.main`.
"""

import multiprocessing
import sys

from client.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
