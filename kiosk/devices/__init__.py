"""Vitals devices: serial transport, drivers, port watcher, simulators, camera."""
