"""MkDocs plugins of selfassess."""
