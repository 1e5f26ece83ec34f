"""wirecoder: news articles in, a sourced record of political events out."""

from .pipeline import PipelineConfig, extract
from .records import Extraction

__version__ = "0.1.0"
__all__ = ["extract", "Extraction", "PipelineConfig", "__version__"]
