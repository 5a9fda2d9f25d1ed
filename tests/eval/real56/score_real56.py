"""Extract real56, score it, list every wrong field: python tests/eval/real56/score_real56.py [meetings.jsonl]."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from devsets import score_main  # noqa: E402

if __name__ == "__main__":
    score_main("real56", sys.argv[1:])
