"""Lessons: the format, its text markup and translations, and the feedback on answers."""
