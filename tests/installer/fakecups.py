"""Stand-ins for CUPS' lpadmin and lpstat, so installer tests add printers to a folder
instead of this machine's CUPS. They keep each queue's device URI in a file and log
every lpadmin call."""

from __future__ import annotations

from pathlib import Path

LPADMIN = """#!/bin/sh
set -eu
state="$(dirname "$0")/state"
mkdir -p "$state"
echo "$*" >> "$state/calls"
name="" uri="" model=""
while [ $# -gt 0 ]; do
  case "$1" in
    -p) name=$2; shift ;;
    -v) uri=$2; shift ;;
    -m) model=$2; shift ;;
    -d) echo "$2" > "$state/default"; shift ;;
    -x) rm -f "$state/queue-$2"; shift ;;
    -E) ;;
  esac
  shift
done
if [ -n "$name" ]; then
  if [ ! -f "$state/queue-$name" ] && [ -z "$model" ]; then echo "no model" >&2; exit 1; fi
  echo "$uri" > "$state/queue-$name"
fi
"""

LPSTAT = """#!/bin/sh
state="$(dirname "$0")/state"
case "$1" in
  -v)
    if [ -f "$state/queue-$2" ]; then echo "device for $2: $(cat "$state/queue-$2")"
    else echo "lpstat: Invalid destination name in list \\"$2\\"." >&2; exit 1; fi ;;
  -d)
    if [ -f "$state/default" ]; then echo "system default destination: $(cat "$state/default")"
    else echo "no system default destination"; fi ;;
esac
"""


CUPSCTL = """#!/bin/sh
state="$(dirname "$0")/state"
mkdir -p "$state"
if [ $# -eq 0 ]; then cat "$state/cupsd.conf" 2>/dev/null; echo "_user_cancel_any=0"; exit 0; fi
echo "cupsctl $*" >> "$state/calls"
for setting in "$@"; do echo "$setting" >> "$state/cupsd.conf"; done
"""


class FakeCups:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.lpadmin = folder / "lpadmin"
        self.lpstat = folder / "lpstat"
        self.cupsctl = folder / "cupsctl"
        for path, text in (
            (self.lpadmin, LPADMIN), (self.lpstat, LPSTAT), (self.cupsctl, CUPSCTL)
        ):  # fmt: skip
            path.write_text(text)
            path.chmod(0o755)

    @property
    def env(self) -> dict[str, str]:
        return {
            "HWC_LPADMIN": str(self.lpadmin),
            "HWC_LPSTAT": str(self.lpstat),
            "HWC_CUPSCTL": str(self.cupsctl),
        }

    def queue(self, name: str) -> str | None:
        path = self.folder / "state" / f"queue-{name}"
        return path.read_text().strip() if path.exists() else None

    def calls(self) -> list[str]:
        path = self.folder / "state" / "calls"
        return path.read_text().splitlines() if path.exists() else []
