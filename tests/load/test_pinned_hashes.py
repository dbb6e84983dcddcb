"""Banks written before model 2 load to the very same JSON: same bytes, same content hash.

The digests were taken from the loader as it stood before model 2's keys were added. A
response file names its bank's content hash, so a change here would orphan answers already
given; update a digest only when the bank file itself changes. The five default banks were
rebuilt on model 2 as version 2.0.0 (new questions, roles, levels, steps), so their digests
changed on purpose; responses to their 1.x versions still import (tests/content). In 2.2.0
four of them moved scale questions onto shared answer sets (how often, how widely): same
options, values and layout, but new labels and help, so their digests changed again.
A CX lead's review then raised each bank a minor version (bloques-cx 2.2.0): answer points
with thresholds, steps to the next point, help, roles and criteria; layouts unchanged.
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
        "sha256:e37637a9f34136f753cd1361d5cccc0e4a12706607a44ffd512030091bd91aac",
        "72a499200e5ee6fda42d2f932865f5815e639b324811a14ed90882dfbd25268d"),
    "questionbank/cx-intencional.yml": (
        "sha256:147c4ba8506a9812080b4022048bcc812b60955e9c6c818a9f1bc310f56d999e",
        "33f10d6766c171d7702dad3f0412a9eea2d48365f72e372f11165793f0fa7251"),
    "questionbank/madurez-cx.yml": (
        "sha256:a2ba59d7e90acc3b7da7dc97b589acef91a1e6500468f5bd111ebc71c3d6ea96",
        "ca68638db858a73e8d8664f5bb9387cffddc6677ffbf7aaccef0e80de2df14fb"),
    "questionbank/programa-cx.yml": (
        "sha256:67f3e97ebdee2db34325b818cedd438eee2711b4c3c3f3e6342b31908b846793",
        "c42c720d07c136cb1d6d72537384e1b129aa32e06feacd23b77a994aa4bfe5c1"),
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
