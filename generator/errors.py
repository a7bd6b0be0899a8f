"""One exception tree, so the CLI can turn any failure into a one-line message.

Every error carries the file it is about: a message without the path is useless
to someone running over two thousand articles.
"""

from __future__ import annotations

from pathlib import Path


class GeneratorError(Exception):
    """Base of everything the generator raises on purpose."""

    def __init__(self, path: Path | str | None, message: str) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class ReadError(GeneratorError):
    """A source file could not be read as an article (empty, binary, too large...)."""


class ExtractionError(GeneratorError):
    """The article was read but no briefing could be made from it."""


class InvalidBriefing(GeneratorError):
    """A briefing YAML file is malformed or does not match the schema."""

    def __init__(
        self,
        path: Path | str | None,
        message: str,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        self.line, self.column, self.field = line, column, field
        where = f":{line}" if line else ""
        where += f":{column}" if line and column else ""
        super().__init__(path, message)
        self.args = (f"{self.path}{where}: {f'{field}: ' if field else ''}{message}",)


class ConfigError(GeneratorError):
    """The project's configuration is missing or wrong."""


class BuildError(GeneratorError):
    """Rendering, the MkDocs build or the PDF failed."""


class LockedError(GeneratorError):
    """Another run holds the project's lock."""


class WorkflowError(GeneratorError):
    """A status change the editorial workflow does not allow."""


class UsageError(GeneratorError):
    """Options that do not fit together, or name something that does not exist."""

    def __init__(self, message: str) -> None:
        super().__init__(None, message)


class InvalidRegistry(InvalidBriefing):
    """The entity registry (entities.yaml) is malformed or contradicts itself."""
