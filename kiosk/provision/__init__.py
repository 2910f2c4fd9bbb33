"""The installer's second half, run as root by install.sh with the version it unpacked:
the provisioning file (``plan``), where things go (``layout``), the machine's part
(``system``), the kiosk user's part (``as_user``), versions and upgrades (``versions``),
and the steps in order (``main``)."""
