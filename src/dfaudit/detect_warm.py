"""Imported last by the fork server (``dfaudit.detect.engine.worker_modules``): loads
detection's tables there (:func:`dfaudit.detect.engine.warm_up`), so that every worker it forks
has them, then moves everything the server holds out of the cyclic collector's reach
(``gc.freeze``): the workers' collections skip those objects instead of scanning them, and do
not write to (copy) the pages they share with the server. Nothing else imports this module."""

from __future__ import annotations

import gc

from dfaudit.detect.engine import warm_up

warm_up()
gc.freeze()
