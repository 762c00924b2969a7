"""Helpers for the browser app (app.py): settings, the page's catalogue, safe HTML, uploads."""
