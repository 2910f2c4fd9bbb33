"""Writing the installer's files so that running it again changes nothing: a file is
written only when its content, mode or owner differ, and every helper says whether it
changed anything (the installer counts the changes and says "nothing changed")."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

CHANGED, UNCHANGED = "changed", "unchanged"


@dataclass(frozen=True)
class Owner:
    uid: int
    gid: int

    @classmethod
    def current(cls) -> Owner:
        return cls(os.getuid(), os.getgid())


def _owned(path: Path, owner: Owner | None) -> bool:
    if owner is None:
        return True
    info = path.lstat()
    return (info.st_uid, info.st_gid) == (owner.uid, owner.gid)


def _chown(path: Path, owner: Owner | None) -> None:
    if owner is not None and not _owned(path, owner):
        os.lchown(path, owner.uid, owner.gid)


def ensure_dir(path: Path, mode: int, owner: Owner | None = None, own: bool = False) -> str:
    """Create ``path`` and any missing parents with ``mode`` and ``owner``. A folder that
    was already there is left as it is (``/usr/local/bin`` may rightly differ), unless
    ``own``: then it is made ``mode`` and ``owner`` too (KIOSK_HOME, the backup folder)."""
    changed = UNCHANGED
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for created in reversed(missing):
        created.mkdir(mode=mode)
        created.chmod(mode)
        _chown(created, owner)
        changed = CHANGED
    if not own:
        return changed
    if (path.stat().st_mode & 0o7777) != mode:
        path.chmod(mode)
        changed = CHANGED
    if not _owned(path, owner):
        _chown(path, owner)
        changed = CHANGED
    return changed


def put(path: Path, content: bytes, mode: int, owner: Owner | None = None) -> str:
    """Make ``path`` hold ``content`` with ``mode`` and ``owner``, atomically; the bytes
    are never readable by others on the way (secrets go through here too)."""
    if path.is_file() and not path.is_symlink() and path.read_bytes() == content:
        if (path.stat().st_mode & 0o7777) == mode and _owned(path, owner):
            return UNCHANGED
        path.chmod(mode)
        _chown(path, owner)
        return CHANGED
    temp = path.with_name(f".{path.name}.installing")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    _chown(temp, owner)
    temp.chmod(mode)
    temp.replace(path)
    return CHANGED


def link(path: Path, target: Path) -> str:
    """Make ``path`` a symbolic link to ``target`` (replacing an older link atomically)."""
    if path.is_symlink() and path.readlink() == target:
        return UNCHANGED
    if path.exists() and not path.is_symlink():
        raise FileExistsError(f"{path} exists and is not a link; move it away first")
    temp = path.with_name(f".{path.name}.installing")
    temp.unlink(missing_ok=True)
    temp.symlink_to(target)
    temp.replace(path)
    return CHANGED


def remove(path: Path) -> str:
    """Remove a file, link or folder if it is there."""
    if path.is_symlink() or path.is_file():
        path.unlink()
        return CHANGED
    if path.is_dir():
        shutil.rmtree(path)
        return CHANGED
    return UNCHANGED
