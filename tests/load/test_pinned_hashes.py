"""Banks written before model 2 load to the very same JSON: same bytes, same content hash.

The digests were taken from the loader as it stood before model 2's keys were added. A
response file names its bank's content hash, so a change here would orphan answers already
given; update a digest only when the bank file itself changes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
PINNED = {
    # bank file: (content hash, SHA-256 of the JSON form as json.dumps writes it)
    "questionbank/bloques-cx.yml": (
        "sha256:676c43250a62a9700fdfa9344eb60846997ad4c23430952b8b97b578c1353187",
        "a759058fd4019325b5b8295df848911d925169897c821528b4e3767e777217d5"),
    "questionbank/comunicacion-cx.yml": (
        "sha256:61b4aedcdec950e05374d0d7b1937a3fcc2fd4fd869fdc620916ff1c0dc694f0",
        "84058b0654feb7f570941e15376a36cf8ac71337ada73b12b236d9438a2fa17f"),
    "questionbank/cx-intencional.yml": (
        "sha256:42b4ffc19a5a50d3784a0d704c945f1f14a4e49713624c5ea5a65d1dec51e9e4",
        "f5b12360ac2d7a4021c07a6632c7ea2a5ff9620ab8a0a266436f7d6fccf0664a"),
    "questionbank/madurez-cx.yml": (
        "sha256:94ce796a64c4ac52280ea42c6be720108fa8c9d87786d396e38159b521228d2e",
        "3143b9659da2a677556ed7260ca1e0a02b05332adf267d1fcadedd05fadfca9a"),
    "questionbank/programa-cx.yml": (
        "sha256:699d999498573670707e27f3cdf34831ad67776e586c1852bfa9434b2017642b",
        "b6786774a5b5ab3fb1f6d928fb84573eb838ab40288d07e6b4474244237769a1"),
    "tests/banks/mini.yml": (
        "sha256:d67d0cb9cf64c03d97911769f6698b6b2d4ad380d41ca6caf1307f4f88c69b61",
        "0486c458766701b648318be06ec293299650f0062aa951d8efe2dd1d5b0d417c"),
    "tests/banks/solo-en.yml": (
        "sha256:66c521cce2593dce08fca3aad98dde937159718c420f21a10ae9e85d685b2670",
        "85d8e72b8d6e11bb25183a0bfd13b1156844a6bc2d45a217ad5a8dccd1b37395"),
}


@pytest.mark.parametrize("name", sorted(PINNED))
def test_bank_json_and_hash_are_unchanged(name: str) -> None:
    bank = load_bank(REPO / name)
    content_hash, json_digest = PINNED[name]
    assert bank["hash"] == content_hash
    written = json.dumps(bank, ensure_ascii=False).encode("utf-8")
    assert hashlib.sha256(written).hexdigest() == json_digest
