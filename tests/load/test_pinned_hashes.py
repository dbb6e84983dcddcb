"""Banks written before model 2 load to the very same JSON: same bytes, same content hash.

The digests were taken from the loader as it stood before model 2's keys were added. A
response file names its bank's content hash, so a change here would orphan answers already
given; update a digest only when the bank file itself changes. The five default banks were
rebuilt on model 2 as version 2.0.0 (new questions, roles, levels, steps), so their digests
changed on purpose; responses to their 1.x versions still import (tests/content).
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
        "sha256:23e9a97c75c9de82884cc677ae3ff28fdbf72dbdcaec3015a7f03e6040637b34",
        "7d0e095f1b9cf13da51fc4d9e348df82fcbd46a510073dc49b841184c247f260"),
    "questionbank/comunicacion-cx.yml": (
        "sha256:0eb8f176f120c823b84aaf66132f51bc7a98594d94e1642e5a181b81ec26b148",
        "1140938ad2b4d4701396852a73aa4cfce97b949c4b731efad97640c2dfb55b7b"),
    "questionbank/cx-intencional.yml": (
        "sha256:f36ed593280ec522b92fa885904cc3fa5abde9729e0116d72282ca0ecfed4b00",
        "6f24c40e65944bc030cd1e9210ddb3889d795ef2cbc2359a128d4130dbfeae63"),
    "questionbank/madurez-cx.yml": (
        "sha256:65fe3c63d75e5f772fd2fd2f276b9150f6eae478617adfd120bf58ffb4c2223d",
        "77d55f1d48a6bbbda95d15e2ba0be24820a2c82c2cf70cae262f6754b2049855"),
    "questionbank/programa-cx.yml": (
        "sha256:f9ff7e6016f354e701bf1f22b322dc275d7521ce4d5a27d90f8d2e5d4d2b6c00",
        "d10aa6f53a3f2f866a515400f6a44cc91b05e46d3e332625590a47f2d533d603"),
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
