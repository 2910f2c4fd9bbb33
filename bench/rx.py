"""Render time per prescription PDF (A5, Hindi and English), median of 40 distinct
prescriptions after one warm-up; target at most 100 ms."""

from __future__ import annotations

import statistics
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hwc_shared.seal import sign, verify
from kiosk.rx.render import PaperSize, Printable, render_pdf
from kiosk.rx.sample import sample_prescription

COUNT = 40


def main() -> None:
    key = Ed25519PrivateKey.generate()
    items = []
    for _ in range(COUNT + 1):
        verified = verify(sign(sample_prescription(), key), key.public_key())
        items.append(Printable(verified.prescription, verified.qr_text, "HWC Bassi"))
    render_pdf(items[0])  # fonts are found and parsed once per process
    for size in (PaperSize.A5, PaperSize.THERMAL):
        times = []
        for i, item in enumerate(items[1:]):
            started = time.perf_counter()
            render_pdf(item, size, "hi" if i % 2 == 0 else "en")
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"rx render {size.value}: median {statistics.median(times):.1f} ms, "
            f"max {max(times):.1f} ms over {COUNT} prescriptions (target <= 100 ms)"
        )


if __name__ == "__main__":
    main()
