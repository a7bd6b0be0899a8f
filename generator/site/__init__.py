"""The site stage: briefings -> Markdown pages, feed, and the engine build."""
