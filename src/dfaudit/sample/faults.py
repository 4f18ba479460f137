"""Fault injection for the sample server: which request gets a 429, a 500, a cut body or a delay.

Faults are drawn from a seeded RNG per request. A request that failed ``max_consecutive`` times
in a row is answered properly next, so a client that retries always gets through.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

ROUTE_FAMILIES = frozenset({"civitai", "bounties", "hf", "files"})


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What can go wrong, how often, and on which route families.

    ``retry_after`` is sent with 429s as given ("1", an HTTP date), or ``"http-date"`` for a date
    one second ahead, or ``None`` for no header. ``require_auth`` is an API key: without
    ``Authorization: Bearer <key>`` every request answers 401. ``forbidden`` answers 403 to all.
    ``fail_first_n`` fails the first n tries of every distinct request with a 503.
    ``ignore_range`` makes the file host answer 200 with the whole body whatever the Range.
    """

    seed: int = 0
    rate_429: float = 0.0
    retry_after: str | None = "1"
    rate_500: float = 0.0
    rate_truncated: float = 0.0
    rate_slow: float = 0.0
    slow_seconds: float = 0.3
    ignore_range: bool = False
    require_auth: str | None = None
    forbidden: bool = False
    fail_first_n: int = 0
    max_consecutive: int = 2
    routes: frozenset[str] = field(default=ROUTE_FAMILIES)

    @classmethod
    def uniform(cls, rate: float, seed: int = 0) -> FaultPlan:
        """Spread ``rate`` over 429s, 5xx, truncated bodies and slow answers."""
        share = rate / 4
        return cls(
            seed=seed,
            rate_429=share,
            rate_500=share,
            rate_truncated=share,
            rate_slow=share,
            slow_seconds=0.2,
        )

    def applies_to(self, family: str) -> bool:
        return family in self.routes


class FaultDecider:
    """Draws the fault (or none) for each request, never failing one request forever."""

    def __init__(self, plan: FaultPlan):
        self.plan = plan
        self._rng = random.Random(plan.seed)
        self._lock = threading.Lock()
        self._consecutive: dict[str, int] = {}
        self._tries: dict[str, int] = {}

    def decide(self, request_key: str, family: str) -> str | None:
        """``"429"``, ``"500"``, ``"truncated"``, ``"slow"``, ``"first_n"`` or ``None``."""
        plan = self.plan
        if not plan.applies_to(family):
            return None
        with self._lock:
            tries = self._tries.get(request_key, 0)
            self._tries[request_key] = tries + 1
            if tries < plan.fail_first_n:
                return "first_n"
            if self._consecutive.get(request_key, 0) >= plan.max_consecutive:
                self._consecutive[request_key] = 0
                return None
            draw = self._rng.random()
            fault: str | None = None
            for kind, rate in (
                ("429", plan.rate_429),
                ("500", plan.rate_500),
                ("truncated", plan.rate_truncated),
                ("slow", plan.rate_slow),
            ):
                if draw < rate:
                    fault = kind
                    break
                draw -= rate
            failed = fault in ("429", "500", "truncated")
            self._consecutive[request_key] = (
                self._consecutive.get(request_key, 0) + 1 if failed else 0
            )
            return fault

    def choice(self, options: tuple[int, ...]) -> int:
        with self._lock:
            return self._rng.choice(options)
