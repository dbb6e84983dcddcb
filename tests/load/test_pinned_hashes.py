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
        "sha256:a22c47e17101e051bd0df2c94a9e98c8cb4cf1edb292fc404d685670f0c7ebab",
        "9ddaf11f2513946d47c14bdb705650055e167cd7934759d830f2c5754050869f"),
    "questionbank/comunicacion-cx.yml": (
        "sha256:81e70404edd0278c692150d13a0c67a9eaa316d2bfde13aca4c526ae03a21a87",
        "026831c2c20df236712e0ba6b1dc4b575b1c75456c08f665bafe793221e2c87c"),
    "questionbank/cx-intencional.yml": (
        "sha256:48b6059adaa750ec18eccdc4994248d9857f5c6e29c2a0831cc4ae0b42691644",
        "8a55527f602de2591b3ff8c9f27dbe70d4705d29d09dc78cfc3419e5b003a774"),
    "questionbank/madurez-cx.yml": (
        "sha256:c764c62268506ecac08ac45edbdc113669dc55e380d215df7561424fc62121d2",
        "741830d611a5c1dbeb7cc8f7b043654cedd978a1c642ea62588717f74cbd5245"),
    "questionbank/programa-cx.yml": (
        "sha256:5a5b82b1ac6ed75287d079fb899e3efbdc733ab3433d1eb66c688a5315afa3a4",
        "bf8233ba5d42e507f1c03bceb71ed37713abe641b4cdebb87ba7c0489dc78c75"),
    "tests/banks/mini.yml": (
        "sha256:f9f3cca38910aab7e4966c6775819544ec1b9deea5fff107890a2c27f0131826",
        "fa54ee18d08dc98dc3b5f2be6e8f0a1f9e5297505278cfe42e9115c8720abc07"),
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
