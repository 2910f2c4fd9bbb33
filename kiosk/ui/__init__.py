"""The Qt interface. Only this package and kiosk.app import PySide6."""
