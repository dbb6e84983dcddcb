"""Banks written before model 2 load to the very same JSON: same bytes, same content hash.

The digests were taken from the loader as it stood before model 2's keys were added. A
response file names its bank's content hash, so a change here would orphan answers already
given; update a digest only when the bank file itself changes. The five default banks were
rebuilt on model 2 as version 2.0.0 (new questions, roles, levels, steps), so their digests
changed on purpose; responses to their 1.x versions still import (tests/content). In 2.2.0
four of them moved scale questions onto shared answer sets (how often, how widely): same
options, values and layout, but new labels and help, so their digests changed again.
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
        "sha256:ed6cc8752d3faeec43c09a370fdc2ecaa4f8ceb60926f869dc2a1a2ddf7edbc0",
        "82427e45d0f5c2649106b91f1186f89b02f58362f789a58c08020ef56a9d7e90"),
    "questionbank/cx-intencional.yml": (
        "sha256:c15de917a788f3a5a4ce904430510fe0049df464d4f5d4e8f79568a5021569dd",
        "e0ec0ea5d4135219b4f1e4c7a1e38051cf5bb1659520abbaaddaf8c3d1ca5d55"),
    "questionbank/madurez-cx.yml": (
        "sha256:8998b34d13a7e7825bdbd83f98d639c616d2df6b33dd62c3bce781c8e95824e0",
        "708b866a37880d72ac32a7e5c6af3784602ce0836de76f4b1275ffe5262cfc25"),
    "questionbank/programa-cx.yml": (
        "sha256:a2921ba366a8841b06fee026744eb55baa17e590ac74f1cdbf16219697dd61d6",
        "5e108dac7a8c7532504864f6a82a2691412287d7897814fd05818c5191803cba"),
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
