"""HWC Spoke Kiosk: the Health and Wellness Centre's offline-first teleconsultation desk."""

from hwc_shared import __version__

__all__ = ["__version__"]
