"""The words of a new site's own files (home page, READMEs, brand intro), in each language."""

from __future__ import annotations

from typing import TypedDict


class ScaffoldTexts(TypedDict):
    default_name: str
    intro: str
    footer: str
    home: str
    readme: str
    banks_readme: str


_README_EN = """\
# {name}

A self-assessment site made with selfassess: the questions are YAML files in `questionbank/`,
the pages are Markdown in `docs/`, and scoring runs in the visitor's browser.

## Brand it

Edit the `brand:` block of `mkdocs.yml`: `name`, `primary_color` (it must read well with white
text: the build refuses a colour below 4.5:1 contrast), `logo` and `favicon` (image files in
`docs/`), `contact_email`, `contact_web`, `intro` and `footer`.

## Your own questions

Put a bank (a `.yml` file) in `questionbank/`: it appears in the site with no other change.
Check it with `selfassess validate questionbank/`; see `questionbank/README.md`.

## Build, serve, deploy

    npm ci                              # once: the Pyodide runtime the site ships
    selfassess validate questionbank/   # every problem, with file and line
    selfassess build                    # the static site, in site/
    selfassess serve                    # build, then open http://127.0.0.1:8000/

`npm ci` needs Node.js; it installs into `node_modules/` the exact Pyodide version that
`package.json` and `package-lock.json` pin (the one selfassess is tested with): keep both files.

`site/` is a static folder: publish it on any static host. `mkdocs gh-deploy` publishes it on
GitHub Pages. Servers must send `.wasm` as `application/wasm` and `.mjs` as `text/javascript`;
the page "{deploy_page}" of the site explains GitHub Pages, Netlify, S3-style buckets and nginx.
"""

_README_ES = """\
# {name}

Un sitio de autoevaluación hecho con selfassess: las preguntas son archivos YAML en
`questionbank/`, las páginas son Markdown en `docs/` y la puntuación se calcula en el navegador.

## Tu marca

Edita el bloque `brand:` de `mkdocs.yml`: `name`, `primary_color` (debe leerse bien con texto
blanco: la construcción rechaza un color con contraste menor de 4,5:1), `logo` y `favicon`
(imágenes en `docs/`), `contact_email`, `contact_web`, `intro` y `footer`.

## Tus propias preguntas

Pon un banco (un archivo `.yml`) en `questionbank/`: aparece en el sitio sin más cambios.
Compruébalo con `selfassess validate questionbank/`; consulta `questionbank/README.md`.

## Construir, servir, publicar

    npm ci                              # una vez: el Pyodide que el sitio incluye
    selfassess validate questionbank/   # cada problema, con archivo y línea
    selfassess build                    # el sitio estático, en site/
    selfassess serve                    # construye y abre http://127.0.0.1:8000/

`npm ci` necesita Node.js; instala en `node_modules/` la versión exacta de Pyodide que fijan
`package.json` y `package-lock.json` (la que se prueba con selfassess): conserva ambos archivos.

`site/` es una carpeta estática: publícala en cualquier alojamiento estático.
`mkdocs gh-deploy` la publica en GitHub Pages. El servidor debe enviar `.wasm` como
`application/wasm` y `.mjs` como `text/javascript`; la página «{deploy_page}» del sitio explica
GitHub Pages, Netlify, buckets tipo S3 y nginx.
"""

_BANKS_README_EN = """\
# Question banks

Every `.yml` file here is a bank the site publishes. To add your own, copy one of these files
under a new name, give it a new `id`, and edit it. Keep the first line,

    # yaml-language-server: $schema=schema.json

so that editors with the YAML extension (VS Code and others) complete and check the fields
against `schema.json`. Then run `selfassess validate questionbank/` and `selfassess build`.
"""

_BANKS_README_ES = """\
# Bancos de preguntas

Cada archivo `.yml` de esta carpeta es un banco que el sitio publica. Para añadir el tuyo, copia
uno con otro nombre, dale un `id` nuevo y edítalo. Conserva la primera línea,

    # yaml-language-server: $schema=schema.json

para que los editores con la extensión YAML (VS Code y otros) completen y comprueben los campos
con `schema.json`. Después ejecuta `selfassess validate questionbank/` y `selfassess build`.
"""

TEXTS: dict[str, ScaffoldTexts] = {
    "en": {
        "default_name": "Self-assessment",
        "intro": "Answer the questions on your own; your answers stay in this browser.",
        "footer": "Self-assessment by {name}",
        "home": (
            "# {name}\n\n"
            "Choose an assessment below. Answers are saved in your browser only; at the end you\n"
            "get your scores, the gaps to close and a report to download.\n\n"
            "<div data-selfassess-banks></div>\n\n"
            "The guides explain each topic; [How to use](how-to-use.md) explains the site.\n"
        ),
        "readme": _README_EN,
        "banks_readme": _BANKS_README_EN,
    },
    "es": {
        "default_name": "Autoevaluación",
        "intro": "Responde las preguntas por tu cuenta; tus respuestas se quedan en tu navegador.",
        "footer": "Autoevaluación de {name}",
        "home": (
            "# {name}\n\n"
            "Elige una evaluación. Las respuestas se guardan solo en tu navegador; al final\n"
            "obtienes tus puntuaciones, las brechas por cerrar y un informe para descargar.\n\n"
            "<div data-selfassess-banks></div>\n\n"
            "Las guías explican cada tema; [Cómo usarlo](como-usar.md) explica el sitio.\n"
        ),
        "readme": _README_ES,
        "banks_readme": _BANKS_README_ES,
    },
}
