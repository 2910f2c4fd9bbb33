"""Vitals devices: serial transport, driver registry, drivers, simulators, the port
watcher, identification and the webcam. Nothing here imports Qt; readings leave through
the event bus."""
