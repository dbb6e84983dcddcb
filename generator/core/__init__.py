"""The scoring core. Standard library only: it runs on CPython and, unchanged, in Pyodide."""
