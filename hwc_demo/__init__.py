"""The program's composition root: the ``kiosk`` command, with the demo's embedded hub
wired in. It is the one place that imports both the kiosk and the hub; neither of them
imports the other.
"""
