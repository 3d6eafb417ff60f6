"""Time to seal, check and open a realistic score bundle: 30 applicants x 63 indicators.

Run: ``.venv/bin/python benchmarks/bench_bundle.py [--repeat N]``. The payload has the shape of the services
layer's sheets (level, verified value, comment per entry) with Korean comments of typical length; the numbers
say whether sealing and merging are instantaneous for a user, and how large the file on the stick is.
Opening the key file (scrypt at the default cost) is timed separately because each command pays it once.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from smartcert_desktop.exchange import envelope
from smartcert_desktop.exchange.canonical import canonical_json_bytes
from smartcert_desktop.exchange.keys import decode_key_file, encode_key_file, generate_keys

APPLICANTS = 30
INDICATORS = 63
LEVELS = ("S", "A", "B", "C", "D")
COMMENTS = (
    "현장 실사에서 통합운영센터의 24시간 관제 인력과 장비 운영 현황을 확인함.",
    "데이터 허브 연계 기관 수가 보고치와 일치하며 개방 데이터 품질 관리 절차가 문서화되어 있음.",
    "시민 참여 리빙랩 운영 실적은 있으나 성과 환류 체계가 미흡하여 한 단계 낮게 평가함.",
    "",
)


def make_payload(seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    sheets = []
    for a in range(APPLICANTS):
        entries = {}
        for i in range(INDICATORS):
            code = f"{'ABCDEFG'[i % 7]}{i // 7 + 1}-{i % 3 + 1}"
            entries[f"{code}#{i}"] = {
                "level": rng.choice(LEVELS),
                "verified_value": None if rng.random() < 0.8 else str(rng.randint(0, 10_000)),
                "comment": rng.choice(COMMENTS),
                "onsite_note": "",
                "confirmed": True,
            }
        sheets.append({"applicant_code": f"A{a + 1:03d}", "recused": False, "recusal_reason": "",
                       "note": "", "onsite_note": "", "entries": entries})
    return {"schema": "smartcert-bundle-payload/1", "program_id": "P-2026-01", "framework_hash": "0" * 64,
            "evaluator_id": "E01", "sequence": 1, "complete": True, "sheets": sheets}


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and best wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    program, evaluator = generate_keys(), generate_keys()
    payload = make_payload()
    entries = sum(len(s["entries"]) for s in payload["sheets"])
    bundle = envelope.seal_bundle(payload, evaluator, program.public, evaluator_id="E01",
                                  program_id="P-2026-01", sequence=1)
    print(f"payload: {APPLICANTS} applicants x {INDICATORS} indicators = {entries} entries, "
          f"{len(canonical_json_bytes(payload)):,} bytes of JSON; bundle file {len(bundle):,} bytes")
    rows = [
        ("seal (sign, encrypt, sign)", lambda: envelope.seal_bundle(
            payload, evaluator, program.public, evaluator_id="E01", program_id="P-2026-01", sequence=1)),
        ("peek (outer signature only)", lambda: envelope.peek(bundle, name="E01.scb")),
        ("open (verify, decrypt, verify)", lambda: envelope.open_bundle(bundle, program, name="E01.scb")),
    ]
    for label, action in rows:
        median, best = timed(action, args.repeat)
        print(f"{label:34s} median {median:7.2f} ms   best {best:7.2f} ms")
    key_file = encode_key_file(evaluator, "a passphrase for the benchmark")
    median, best = timed(lambda: decode_key_file(key_file, "a passphrase for the benchmark", name="k"), 3)
    print(f"{'open key file (scrypt N=2**17)':34s} median {median:7.2f} ms   best {best:7.2f} ms")


if __name__ == "__main__":
    main()
