"""HWC Spoke Kiosk: the Health and Wellness Centre's offline-first teleconsultation desk."""

__version__ = "0.1.0"
