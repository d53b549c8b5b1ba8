"""Lessons in the window: the lesson panel, the player, its typed inspector cells and the author."""
