"""The book stage: which briefings make a PDF book, and the PDF itself."""
