"""The evaluation tasks: each module reads its gold data, runs wirecoder and
the peer baselines on it, and scores them with the same scorer."""

from __future__ import annotations

# task name -> (module, default folder under ../shared/gold)
TASKS: dict[str, tuple[str, str]] = {
    "events-plover": ("wirecoder.evaluation.tasks.events_plover", "plover_gsr"),
    "events-cameo": ("wirecoder.evaluation.tasks.events_cameo", "conflibert_cameo"),
    "quotes": ("wirecoder.evaluation.tasks.quotes", "polnear"),
    "time": ("wirecoder.evaluation.tasks.time", "tempeval3"),
    "entities": ("wirecoder.evaluation.tasks.entities", "re3d"),
    "places": ("wirecoder.evaluation.tasks.places", "geoparsing"),
    "stories": ("wirecoder.evaluation.tasks.stories", "ecbplus"),
    "quantities": ("wirecoder.evaluation.tasks.quantities", "newsquant"),
}
