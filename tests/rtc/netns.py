"""A rural link made of a network namespace: the kiosk lives in its own namespace,
joined to the host by a veth pair; ``tc tbf`` caps the bandwidth each way, nftables
drops a share of UDP packets at random each way, and the link can be cut and restored.
Only addresses inside 10.77.0.0/16 on this pair are used; nothing leaves the machine.
Needs root (CI runs as root)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def available() -> bool:
    return (
        os.geteuid() == 0
        and all(shutil.which(t) for t in ("ip", "tc", "nft"))
        and Path("/proc/net").exists()
    )


class RuralLink:
    def __init__(self, index: int = os.getpid() % 200) -> None:
        self.ns = f"hwc-spoke-{index}"
        self.host_if, self.spoke_if = f"hwch{index}", f"hwcs{index}"
        self.host_ip, self.spoke_ip = f"10.77.{index}.1", f"10.77.{index}.2"

    def __enter__(self) -> RuralLink:
        self.close()
        _run("ip", "netns", "add", self.ns)
        _run("ip", "link", "add", self.host_if, "type", "veth", "peer", "name", self.spoke_if)
        _run("ip", "link", "set", self.spoke_if, "netns", self.ns)
        _run("ip", "addr", "add", f"{self.host_ip}/24", "dev", self.host_if)
        _run("ip", "link", "set", self.host_if, "up")
        self.inside("ip", "addr", "add", f"{self.spoke_ip}/24", "dev", self.spoke_if)
        self.inside("ip", "link", "set", self.spoke_if, "up")
        self.inside("ip", "link", "set", "lo", "up")
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def inside(self, *cmd: str) -> None:
        _run("ip", "netns", "exec", self.ns, *cmd)

    def command(self, *cmd: str) -> list[str]:
        """``cmd`` run inside the spoke's namespace."""
        return ["ip", "netns", "exec", self.ns, *cmd]

    def limit(self, kbit: int, loss_percent: int = 0) -> None:
        """Cap each direction at ``kbit`` and drop ``loss_percent`` % of UDP each way."""
        self.lift()
        burst = max(3000, kbit * 1000 // 8 // 20)  # about 50 ms of the rate
        for where, dev in ((self.inside, self.spoke_if), (_host, self.host_if)):
            where("tc", "qdisc", "add", "dev", dev, "root", "tbf", "rate", f"{kbit}kbit",
                  "burst", str(burst), "latency", "400ms")  # fmt: skip
        if loss_percent:
            self.inside("nft", "add", "table", "inet", "hwcloss")
            for chain, hook in (("out", "output"), ("in", "input")):
                self.inside("nft", "add", "chain", "inet", "hwcloss", chain,
                            f"{{ type filter hook {hook} priority 0; }}")  # fmt: skip
                self.inside("nft", "add", "rule", "inet", "hwcloss", chain, "meta", "l4proto",
                            "udp", "numgen", "random", "mod", "100", "<", str(loss_percent),
                            "drop")  # fmt: skip

    def lift(self) -> None:
        for cmd in (
            ["ip", "netns", "exec", self.ns, "tc", "qdisc", "del", "dev", self.spoke_if, "root"],
            ["tc", "qdisc", "del", "dev", self.host_if, "root"],
            ["ip", "netns", "exec", self.ns, "nft", "delete", "table", "inet", "hwcloss"],
        ):
            subprocess.run(cmd, capture_output=True, check=False)

    def cut(self) -> None:
        _run("ip", "link", "set", self.host_if, "down")

    def restore(self) -> None:
        _run("ip", "link", "set", self.host_if, "up")

    def close(self) -> None:
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True, check=False)
        subprocess.run(["ip", "link", "del", self.host_if], capture_output=True, check=False)


def _host(*cmd: str) -> None:
    _run(*cmd)
