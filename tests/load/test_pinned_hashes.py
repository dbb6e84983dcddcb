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
        "sha256:1c6a3a80c770a147818501ad448bbe42a1bb9c57e3c6f6e3221a1560da607eff",
        "94926c9002f979d1bd7c3c8df1220e111614494307ab25d2da1999261fb50ad1"),
    "questionbank/comunicacion-cx.yml": (
        "sha256:d09a5b64b5b446ddd0c8e04efccd23bda7f5a3af0f98bd80e8d6f9efc194b9e7",
        "16134f850dd69b859afe57eb60c930177e1222dd26b0d849f9b9ccca04164293"),
    "questionbank/cx-intencional.yml": (
        "sha256:024fb1c4af625ab59bc2763fc8a7329e329c20ea89aceb17b595a7c3c334b126",
        "438d49924ed8de53ee403e9bda913f4f8c4692433d34e49b821932777f2c2b1b"),
    "questionbank/madurez-cx.yml": (
        "sha256:8531983397e8122cf1142948feb81f876eb45c9885da4fdc18031df2ec23336a",
        "a18013d5a31f44eeb4e389cba0d73f69b62f09c2f68befcbbf28dee649947668"),
    "questionbank/programa-cx.yml": (
        "sha256:f9ff7e6016f354e701bf1f22b322dc275d7521ce4d5a27d90f8d2e5d4d2b6c00",
        "d10aa6f53a3f2f866a515400f6a44cc91b05e46d3e332625590a47f2d533d603"),
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
