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
        "sha256:422ec29870492297885768cc58c9cb17301d76bc2751e6fb2f0775edda32197a",
        "39c3e506af86f229556c622716bf67a0434ce31389de417950807ba118b19022"),
    "questionbank/cx-intencional.yml": (
        "sha256:3e696828b2ba011ead0446624aca65d3acf90f2677c887d2df24754a9cf8b573",
        "21f53772832fa261f5d09de406f1aec5016260076fdc04d86ec754d8fd899908"),
    "questionbank/madurez-cx.yml": (
        "sha256:39dbe316ecb9ace30e45b0596751973c856e10769ccab2293d9cb81a96d7218e",
        "2120e8c60c665a19bca38046db357d246d8d947176c72c498406a4740abc7aef"),
    "questionbank/programa-cx.yml": (
        "sha256:4ec0ee254373860cca7e009b449e975702b38e6c892c19b3c147089972e07f69",
        "83192e99f4cdb240b6bee721ee4856d9ca0adb6ce17f69136cb1dbcbe3eb73ff"),
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
