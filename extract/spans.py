"""Sets of text spans answering "which spans overlap this one?" in logarithmic time.

A sentence listing ten thousand participants holds ten thousand names, titles and bodies; the
stages that ask whether a span is already taken (orgs) or which body lies inside a title
(participants) must not scan them all each time, or a long sentence costs O(n²).

>>> taken = SpanSet()
>>> taken.add(10, 20); taken.add(30, 35)
>>> taken.overlaps(18, 31), taken.overlaps(20, 30), taken.covers(33)
(True, False, True)
>>> taken.remove(30, 35); taken.covers(33)
False
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar

__all__ = ["SpanSet", "starting_in"]

T = TypeVar("T")


class SpanSet(Generic[T]):
    """Spans ``[start, end)``, each with an optional payload, kept sorted by start.

    Spans are found by bisection over their starts, looking back as far as the longest span
    ever added; spans of a sentence are short (names, titles), so a query reads few of them.
    """

    __slots__ = ("_keys", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._keys: list[tuple[int, int, T | None]] = []  # (start, end, payload)
        self._longest = 0
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int, payload: T | None = None) -> None:
        """Add the span ``[start, end)`` (duplicates are kept, like a list's)."""
        insort(self._keys, (start, end, payload), key=lambda k: (k[0], k[1]))
        self._longest = max(self._longest, end - start)

    def remove(self, start: int, end: int) -> None:
        """Remove one span ``[start, end)``; ``ValueError`` when there is none."""
        i = bisect_left(self._keys, (start, end), key=lambda k: (k[0], k[1]))
        if i == len(self._keys) or self._keys[i][:2] != (start, end):
            raise ValueError(f"span {(start, end)} not in set")
        del self._keys[i]

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, T | None]]:
        """The spans ``(a, b, payload)`` with ``a < end`` and ``start < b``, by start."""
        keys = self._keys
        for i in range(bisect_left(keys, start - self._longest, key=lambda k: k[0]), len(keys)):
            a, b, payload = keys[i]
            if a >= end:
                break
            if start < b:
                yield a, b, payload

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span overlaps ``[start, end)``."""
        return next(self.overlapping(start, end), None) is not None

    def covers(self, pos: int) -> bool:
        """Whether some span holds offset ``pos`` (``a <= pos < b``)."""
        return self.overlaps(pos, pos + 1)

    def __len__(self) -> int:
        return len(self._keys)


def starting_in(starts: Sequence[int], lo: int, hi: int) -> range:
    """The indexes of the sorted ``starts`` that lie in ``[lo, hi)``.

    >>> starting_in([1, 4, 4, 9], 4, 9)
    range(1, 3)
    """
    return range(bisect_left(starts, lo), bisect_left(starts, hi))
