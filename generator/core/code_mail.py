"""What a respondent sends by their own hand: the answer code in an email their mail client
writes, and what a resume link holds, said in words.

Nothing is sent from the page: a `mailto:` link opens the respondent's mail client with the
subject and body filled in, to the site's brand contact when the brand names one. The page
draws these texts as text, never as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from selfassess.core.brand import Brand
from selfassess.core.locale import locale
from selfassess.core.model import Bank, localize
from selfassess.core.render.view_common import role_label
from selfassess.core.responses import Response

_EMAIL = re.compile(r"[^@\s?&#/:;,<>\"'%]+@[^@\s?&#/:;,<>\"'%]+")
"""A contact address safe to put before the `?` of a mailto: link; anything else is left out."""


@dataclass(frozen=True)
class CodeMail:
    subject: str
    body: str
    href: str
    """The mailto: link: subject and body percent-encoded, lines ending in CRLF (RFC 6068)."""


def answered(response: Response) -> int:
    """How many questions the response answers ("don't know" included)."""
    return sum(answer is not None for answer in response.answers.values())


def summary(bank: Bank, response: Response, language: str) -> str:
    """One line: how many questions are answered, and in which role."""
    texts = locale(language)
    role = role_label(bank, response.respondent_role, language) or texts.text("code.role_none")
    return texts.text("code.summary", answered=answered(response),
                      total=len(bank.questions_by_id), role=role)  # fmt: skip


def code_mail(
    bank: Bank, response: Response, code: str, language: str, brand: Brand | None
) -> CodeMail:
    """The email that carries `code`: a subject naming the assessment, a two-line summary
    and the code."""
    texts = locale(language)
    title = localize(bank.title, language)
    subject = texts.text("code.mail_subject", title=title)
    body = "\n".join((summary(bank, response, language), texts.text("code.mail_how"), "", code))
    contact = brand.contact_email if brand else ""
    recipient = quote(contact, safe="@") if _EMAIL.fullmatch(contact) else ""
    encoded_body = quote(body.replace("\n", "\r\n"), safe="")
    href = f"mailto:{recipient}?subject={quote(subject, safe='')}&body={encoded_body}"
    return CodeMail(subject=subject, body=body, href=href)
