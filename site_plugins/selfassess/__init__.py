"""The `selfassess` MkDocs plugin: assessment pages, the core wheel and the Pyodide runtime."""
