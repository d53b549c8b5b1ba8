"""Documents on disk: reading and writing .nnp files, JSON checks and schemas (the settings' part made from FIELDS), atomic writing and autosave."""
