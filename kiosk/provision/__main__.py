"""``python -m kiosk.provision``: see :mod:`kiosk.provision.main`."""

import sys

from kiosk.provision.main import main

sys.exit(main())
