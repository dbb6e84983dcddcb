"""Banks written before model 2 load to the very same JSON: same bytes, same content hash.

The digests were taken from the loader as it stood before model 2's keys were added. A
response file names its bank's content hash, so a change here would orphan answers already
given; update a digest only when the bank file itself changes. The five default banks were
rebuilt on model 2 as version 2.0.0 (new questions, roles, levels, steps), so their digests
changed on purpose; responses to their 1.x versions still import (tests/content). In 2.2.0
four of them moved scale questions onto shared answer sets (how often, how widely): same
options, values and layout, but new labels and help, so their digests changed again.
In 2.3.0 (bloques-cx 2.2.0) a CX lead's pass gave them observable anchors, steps from each answer
to the next point and help from the respondent's own evidence (programa-cx also levels, roles and
a section weight), layouts unchanged.
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
        "sha256:6125f242961187ee8ad4f4f04c82b444bb385dfffbb0092c10f0288db13b1fd4",
        "080c64b3f732d1e6e02557f2bba8abcef4215f37d268ac5193a72f37a65c1c64"),
    "questionbank/comunicacion-cx.yml": (
        "sha256:ec73a4f5778172547f04d48c8bb1a18dee20a8c9a25f0117e3ac59d7376d4670",
        "53a661d74862f0b193087bb9d2a5c71cb53db5b224c73765ced082799061783a"),
    "questionbank/cx-intencional.yml": (
        "sha256:3c60b513b8d27bf6c6651b555367c733146d5f290dc04915d11399c7614d8f12",
        "927998ee42b82623896a3cc03c9708bdcdb178a82d38abb584fded8175769820"),
    "questionbank/madurez-cx.yml": (
        "sha256:af8df071ec2125addeb39e325420b625fbda371e1b65e4322d0a2f5a690a64f5",
        "63dd0e695a03abff64218a8c640e60eefb56eb9bf5a7791ffca0382de7395e40"),
    "questionbank/programa-cx.yml": (
        "sha256:9a3880381951739dec9263d3a66d834d95c644da80b9caac69da0c4d29cce7e2",
        "27e932e55adda68ea0da7b0254393f638bf6010eebb8f3f2ca8d5c9b8513a536"),
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
