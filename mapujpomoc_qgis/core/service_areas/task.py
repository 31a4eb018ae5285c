"""Travel-time areas as background work (docs/ARCHITECTURE.md, "Progress and cancel")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..i18n import tr
from ..task import WorkTask
from . import api


class ServiceAreaTask(WorkTask):
    """api.travel_time_areas in a worker thread: the road graph (cached per layer and settings) and one search."""

    def __init__(self, request: api.TravelTimeRequest, on_done: Callable[[ServiceAreaTask], None]) -> None:
        super().__init__(tr("Mapuj Pomoc: travel-time areas"), on_done)
        self.request = request

    def work(self, feedback: Any) -> Any:
        return api.travel_time_areas(self.request, feedback)

    def failed_message(self, exc: Exception) -> str:
        return tr("Travel-time computation failed: {0}").format(exc)
