"""What building and serving a selfassess site needs besides MkDocs itself."""
