"""Time is passed in, never read inside the domain, so tests and replays control it.

The kiosk and the hub share this module: the one clock and the one default time zone.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]

# A spoke's and a hub's time zone unless their configuration names another: India has one.
DEFAULT_ZONE = "Asia/Kolkata"
INDIA = ZoneInfo(DEFAULT_ZONE)


def utc_now() -> datetime:
    return datetime.now(UTC)
