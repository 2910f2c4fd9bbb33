"""What the kiosk and the hub truly share: the sync wire format and its table of entities,
the prescription seal and its signature check, owner-only files, the SQLite kit, backoff,
the configuration loader and the clock. It imports nothing of either side but the kiosk's
pure domain (``kiosk.domain``), so neither side reaches into the other.
"""

__version__ = "0.1.0"
