"""The ``kiosk`` command as installed: the kiosk's own command line, handed the demo's
embedded hub. The hub's code is loaded only when ``kiosk --demo`` starts it."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kiosk import cli

if TYPE_CHECKING:  # the network code stays unloaded until the demo starts its hub
    from kiosk.config import KioskConfig
    from kiosk.sync.runtime import EmbeddedHub


async def start_embedded_hub(cfg: KioskConfig) -> EmbeddedHub:
    from hwc_demo.embedded_hub import start_demo_hub

    return await start_demo_hub(cfg)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, start_hub=start_embedded_hub)


if __name__ == "__main__":
    sys.exit(main())
