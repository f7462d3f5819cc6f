"""`python -m app`: same as the `mellaf` command."""

import sys

from app.cli import main

sys.exit(main())
