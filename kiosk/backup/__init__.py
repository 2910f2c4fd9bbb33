"""Backups of a kiosk's data (``archive``, ``restore``, sealed with ``crypto``), the nightly
backup into a folder (``folder``), and the running kiosk's upkeep jobs (``service``)."""
