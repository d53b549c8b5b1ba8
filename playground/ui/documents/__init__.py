"""Files in the window: open, save, recent files, autosave and recovery, exports."""
