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
        "sha256:c7fa4500fa980a99540a2c65e34306b09884bc7bf6831f96c925b9c9e9baf88e",
        "3507a6e32dfe45d03badef78f147cc91f789279b2c2e7edaf27bd83adab4892b"),
    "questionbank/comunicacion-cx.yml": (
        "sha256:b5aae52c1bf19b81749778453c9106f95ee7d2899997eb0df2b3f06e5974873c",
        "47a400c6391f0fde06b7e58790d43e5938bc535e0c0d2d17ff4f4649ccb8757b"),
    "questionbank/cx-intencional.yml": (
        "sha256:38b18dfa86d2e1bda64fe0eb2fdba8e6d27a1587d797af2ce55901b83427f2ef",
        "caa241582c5633bd9b4e811bf64bd78889a767869e6f3c6467c58d26bc6d5d50"),
    "questionbank/madurez-cx.yml": (
        "sha256:29ebce033af124c3c57fcea72d3fa52510214670ade5e655ce17d3041adbb4b4",
        "8ea7c5bb0610b4058ca8b1ab7e913eb9fda86477492a6f600a3da59a275b1b06"),
    "questionbank/programa-cx.yml": (
        "sha256:88d0c81f8c02852bf8e964961aa408b1e3ac996945a70ceaf2cc9281890a0d9f",
        "ad6e62801fb479eecf61f6f15f838d06a756618066087a6d0a3430841ede7ebb"),
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
