"""The settings `briefing pdf` reads from mkdocs.yml: the book and the Markdown extensions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.config import Project, load_project
from generator.errors import ConfigError


def write_config(project: Project, text: str) -> Project:
    project.config_file.write_text(text, encoding="utf-8")
    return load_project(project.root)


def test_the_repository_config_gives_mkdocs_builtins_then_its_own_extensions(
    project_factory: Callable[..., Project],
) -> None:
    project = project_factory()
    assert project.markdown_extensions[:3] == ("toc", "tables", "fenced_code")
    assert {"admonition", "attr_list", "md_in_html"} <= set(project.markdown_extensions)
    assert project.markdown_configs["toc"] == {"permalink": False}
    assert project.settings.book.paper == "A4"


def test_book_settings_are_read_and_checked(project_factory: Callable[..., Project]) -> None:
    project = project_factory()
    project = write_config(
        project,
        "site_name: S\nmarkdown_extensions: [toc, {admonition: {}}]\n"
        "extra:\n  briefing:\n    book:\n      title: Brief\n      marking: SECRET\n"
        "      paper: letter\n",
    )
    book = project.settings.book
    assert (book.title, book.marking, book.author, book.paper) == (
        "Brief",
        "SECRET",
        None,
        "letter",
    )
    assert project.markdown_extensions == ("toc", "tables", "fenced_code", "admonition")
    with pytest.raises(ConfigError, match=r"extra\.briefing\.book\.paper: "):
        write_config(project, "extra:\n  briefing:\n    book:\n      paper: A3\n")
    with pytest.raises(ConfigError, match=r"extra\.briefing\.book\.colour: Extra inputs"):
        write_config(project, "extra:\n  briefing:\n    book:\n      colour: red\n")


@pytest.mark.parametrize(
    "listed",
    [
        "markdown_extensions: toc",
        "markdown_extensions: [{a: 1, b: 2}]",
        "markdown_extensions: [{toc: 3}]",
    ],
)
def test_malformed_markdown_extensions_are_config_errors(
    project_factory: Callable[..., Project], listed: str
) -> None:
    with pytest.raises(ConfigError, match="markdown_extensions: "):
        write_config(project_factory(), listed + "\n")
