"""Briefing generator: news articles in, reviewed YAML briefings, a site and a PDF out."""

__version__ = "0.1.0"
