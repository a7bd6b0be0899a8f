"""Library warnings kept for our own messages: MkDocs and WeasyPrint report through
`logging`, and a failed build should say what they said."""

from __future__ import annotations

import logging


class WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
