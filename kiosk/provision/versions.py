"""Versions side by side under the prefix, and moving between them safely.

An upgrade never edits the running version: the new one is installed beside it (by
install.sh), the data is backed up with the new ``kiosk backup`` (which reads any older
database without changing it), ``current`` is switched in one rename, and the database
is migrated by the new ``kiosk db migrate``. If the migration fails, ``current`` goes
back and the backup is restored exactly as it was, so the old version opens it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.provision.as_user import KioskUser
from kiosk.provision.files import ensure_dir, link, remove
from kiosk.provision.layout import Layout
from kiosk.provision.plan import ProvisioningError
from kiosk.store.lock import running_pid

Say = Callable[[str], None]
KEEP_UPGRADE_BACKUPS = 5
BACKUP_NAME = re.compile(r"^pre-upgrade-.+\.tar\.gz$")


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order versions by their numeric parts (0.10.0 after 0.9.1)."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.+-]", version))


def switch(layout: Layout, version: str) -> str:
    if not (layout.version_dir(version) / "bin" / "kiosk").exists():
        raise ProvisioningError(f"version {version} is not installed under {layout.versions}")
    return link(layout.current, Path("versions") / version)


def check_closed(home: Path) -> None:
    pid = running_pid(home) if home.exists() else None
    if pid is not None:
        who = f" (process {pid})" if pid else ""
        raise ProvisioningError(
            f"the kiosk is open{who}; ask the CHO to close it, then run the installer again"
        )


def backup_before_upgrade(layout: Layout, user: KioskUser, old: str, new: str) -> Path | None:
    """A full backup into the root-only backup folder, written by the new version."""
    if not layout.home.exists():
        return None
    ensure_dir(layout.backup_dir, 0o700, own=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = layout.backup_dir / f"pre-upgrade-{old}-to-{new}-{stamp}.tar.gz"
    partial = target.with_name(target.name + ".part")
    with partial.open("wb") as out:
        partial.chmod(0o600)
        done = user.run(["backup", "--out", "-"], stdout=out.fileno())
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = done.stderr.decode("utf-8", "replace").strip()
        raise ProvisioningError(f"the backup before the upgrade failed, nothing changed: {reason}")
    partial.replace(target)
    prune_backups(layout.backup_dir)
    return target


def prune_backups(folder: Path) -> None:
    found = sorted(p for p in folder.iterdir() if BACKUP_NAME.match(p.name))
    for path in found[: max(len(found) - KEEP_UPGRADE_BACKUPS, 0)]:
        path.unlink()


def upgrade(layout: Layout, user: KioskUser, old: str, new: str, say: Say) -> Path | None:
    """Back up, switch to ``new`` and migrate; put everything back if migrating fails.
    ``user`` runs the new version's own ``kiosk`` (not the one ``current`` points at)."""
    check_closed(layout.home)
    backup = backup_before_upgrade(layout, user, old, new)
    say(f"data backed up to {backup}" if backup else "no data yet: nothing to back up")
    switch(layout, new)
    try:
        out = user.checked(["db", "migrate"])
        out += user.checked(["db", "encrypt", "--upgrade"])  # data kept in the clear before
    except ProvisioningError as error:
        switch(layout, old)
        if backup is not None:  # ``user`` runs the new version, which can restore as-is
            restored = user.run(["restore", "-", "--no-migrate"], backup.read_bytes())
            if restored.returncode != 0:
                raise ProvisioningError(
                    f"{error}; version {old} is back, but putting the data back failed too: "
                    f"restore {backup} by hand (kiosk restore --no-migrate)"
                ) from None
        raise ProvisioningError(f"{error}; version {old} and its data are back") from None
    say(out.strip())
    return backup


def prune_versions(layout: Layout, keep: set[str]) -> list[str]:
    """Remove installed versions other than ``keep`` (the current one and the one before,
    for a rollback by hand)."""
    removed = []
    if layout.versions.is_dir():
        for folder in sorted(layout.versions.iterdir()):
            if folder.name not in keep:
                remove(folder)
                removed.append(folder.name)
    return removed


def previous_versions(layout: Layout, current: str) -> list[str]:
    """Complete versions under the prefix older than ``current``, newest first (a newer
    one is only there after an upgrade that was rolled back)."""
    if not layout.versions.is_dir():
        return []
    found = [p.name for p in layout.versions.iterdir() if (p / "bin" / "kiosk").exists()]
    older = (v for v in found if version_key(v) < version_key(current))
    return sorted(older, key=version_key, reverse=True)


def plan_change(prefix: Path, new: str, allow_upgrade: bool) -> tuple[str | None, str]:
    """What installing ``new`` means here: (the version there now, and one of "fresh",
    "same", "upgrade"). Refuses a downgrade, and an upgrade not asked for."""
    current = prefix / "current"
    old = current.readlink().name if current.is_symlink() else None
    if old is None:
        return None, "fresh"
    if old == new:
        return old, "same"
    if version_key(new) < version_key(old):
        raise ProvisioningError(
            f"version {old} is installed, newer than this bundle's {new}; nothing changed"
        )
    if not allow_upgrade:
        raise ProvisioningError(f"version {old} is installed; run with --upgrade to move to {new}")
    return old, "upgrade"
