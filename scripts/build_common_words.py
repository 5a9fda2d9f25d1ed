"""Write extract/rules/common_words.jsonl: frequent English words that are no person's name.

A capitalised run made only of such words ("Contact Persons", "Meeting Room") is no person,
however it is introduced. The list is the 5,000 most frequent English words of ``wordfreq``,
without the words that are first names or frequent surnames (the US census lists shipped with
the ``names`` package and ``gender-guesser``'s name dictionary: "Mark", "Young", "Stock" stay
possible names) and without words of fewer than three letters.

    pip install wordfreq names gender-guesser && python scripts/build_common_words.py

Run at development time only; extraction reads the JSONL file, never these packages.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "extract" / "rules" / "common_words.jsonl"
SURNAMES = 5000  # the most frequent US surnames kept out of the list


def _census(path: str, n: int | None = None) -> set[str]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(line.split()[0].lower())
    return set(out[:n] if n else out)


def main() -> None:
    import gender_guesser
    import names
    from wordfreq import top_n_list

    base = os.path.dirname(names.__file__)
    person = _census(os.path.join(base, "dist.male.first")) | _census(os.path.join(base, "dist.female.first"))
    person |= _census(os.path.join(base, "dist.all.last"), SURNAMES)
    data = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    with open(data, encoding="iso8859-1") as fh:
        for line in fh:
            if line[:1] not in "#=" and len(line) > 30:
                person.add(line[3:29].strip().lower())
    words = [w for w in top_n_list("en", 5000) if w.isalpha() and w.isascii() and len(w) >= 3 and w not in person]
    rows = ['// Frequent English words that are no person\'s name (scripts/build_common_words.py writes this file).']
    rows += [json.dumps({"word": w}) for w in sorted(set(words))]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
