"""Extract the development set, score it against gold.jsonl and list every wrong field.

Usage (from the repository root)::

    python tests/eval/dev/score_dev.py            # extract + evaluate + field-level diff
    python tests/eval/dev/score_dev.py out.jsonl  # score an existing meetings.jsonl

The dev texts are never to be used to write rules: they measure how rules written on the seeds
generalise (issue #3). The scorer is ``devsets.score_main`` (tests/eval/devsets.py), shared by
the four sets.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from devsets import score_main  # noqa: E402

if __name__ == "__main__":
    score_main("dev", sys.argv[1:])
