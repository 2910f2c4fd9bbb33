import sys

from hwc_demo.cli import main

sys.exit(main())
