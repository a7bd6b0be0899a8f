"""Briefing generator: news articles in, reviewed YAML briefings, a site and a PDF out."""

import os
import sys

__version__ = "0.1.0"

# One OpenBLAS thread per process, decided before numpy loads (OpenBLAS reads this
# once, at load): ingest parallelises with worker processes, and OpenBLAS threads
# beside them only spin on the same two cores. Limiting them later, at run time,
# leaves the idle threads spinning, so it has to be here. A value the user set wins.
if "numpy" not in sys.modules:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
