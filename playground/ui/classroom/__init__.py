"""Classroom mode: presentation scaling and fitting to a projector."""
