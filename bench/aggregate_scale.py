"""`selfassess aggregate` at scale: 1,000, 10,000 and 100,000 response files, with the time of
the whole command and its peak memory (GNU time's maximum resident set size).

Called by bench/run.py, which prints every figure in one table; nothing here asserts a timing.
The issue's targets for 100,000 files: under 10 s and under 300 MB.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from selfassess.load import load_bank

COUNTS = (1_000, 10_000, 100_000)
BANK = "bloques-cx"
GNU_TIME = Path("/usr/bin/time")


def write_team_files(bank_json: dict, folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` answer files to the bank, every answer random, in both languages and all roles;
    those from `start` on written (the others are there already), the same whatever `start`."""
    rng = random.Random(2025)
    roles = [r["id"] for r in bank_json.get("roles", [])] + [""]
    paths = []
    for i in range(count):
        answers = {}
        for section in bank_json["sections"]:
            for question in section["questions"]:
                ids = [o["id"] for o in question["options"]]
                if question["type"] == "checklist":
                    answers[question["id"]] = [o for o in ids if rng.random() < 0.5]
                else:
                    answers[question["id"]] = rng.choice([*ids, "na"])
        response = {
            "format": "selfassess/response@1",
            "bank": {k: bank_json[k] for k in ("id", "version", "hash")},
            "language": rng.choice(bank_json["languages"]),
            "respondent": {"name": f"Persona {i}", "role": rng.choice(roles)},
            "answers": answers,
            "notes": {},
            "created": "2025-01-15T10:00:00+00:00",
            "updated": "2025-01-15T10:20:00+00:00",
        }
        paths.append(folder / f"respuesta-{i:06d}.json")
        if i >= start:
            paths[-1].write_text(json.dumps(response, ensure_ascii=False), "utf-8")
    return paths


def timed_aggregate(banks: Path, folder: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of `selfassess aggregate` on every file of
    `folder`. CPU time (user + system, worker processes included) does not depend on what else
    the machine runs; the wall time does."""
    selfassess = Path(sys.executable).parent / "selfassess"
    command = [str(GNU_TIME), "-v", str(selfassess), "aggregate", BANK, ".", "--banks",
               str(banks), "--format", "json", "-o", str(folder.parent / "team.json")]  # fmt: skip
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)",
                     done.stderr)  # fmt: skip
    assert wall, done.stderr
    seconds = int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", done.stderr)[1])
              for kind in ("User", "System"))  # fmt: skip
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert peak, done.stderr
    return seconds, cpu, int(peak[1]) / 1024


def aggregate_scale_rows(banks: Path, counts: tuple[int, ...] = COUNTS) -> list[tuple[str, str]]:
    """A row of time, one of CPU time and one of peak memory for each number of files."""
    banks = banks.resolve()
    bank_json = load_bank(banks / f"{BANK}.yml")
    rows = []
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "answers"
        folder.mkdir()
        written = 0
        for count in counts:  # each folder the one before, grown
            write_team_files(bank_json, folder, count, start=written)
            written = count
            seconds, cpu, peak = timed_aggregate(banks, folder)
            rows.append((f"`selfassess aggregate` {count:,} files of {BANK}, whole command (s)",
                         f"{seconds:.2f}"))  # fmt: skip
            rows.append((f"  {count:,} files: CPU time, user + system, all processes (s)",
                         f"{cpu:.2f}"))  # fmt: skip
            rows.append((f"  {count:,} files: peak memory, maximum resident set size (MB)",
                         f"{peak:.0f}"))  # fmt: skip
    return rows


if __name__ == "__main__":
    for name, value in aggregate_scale_rows(Path(sys.argv[1]), tuple(map(int, sys.argv[2:]))):
        print(f"| {name} | {value} |")
