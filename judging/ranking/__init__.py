"""How the judges' score sheets become a stage ranking and the final ranking (DESIGN §4, README "How scores
are computed"). Everything here only reads; the decision services write what a ranking decided.

Every score is shown and compared rounded to 4 decimals (half up), like a spreadsheet set to 4 decimals.
"""

from judging.ranking.common import rounded, sheet_total, stage_pool
from judging.ranking.final import FinalEntry, FinalRanking, final_ranking
from judging.ranking.stage import JudgeStats, RankedEntry, StageRanking, stage_ranking
from judging.ranking.ties import Tie, TieChoice, apply_tie_choices, order_from_outcomes

__all__ = [
    "FinalEntry",
    "FinalRanking",
    "JudgeStats",
    "RankedEntry",
    "StageRanking",
    "Tie",
    "TieChoice",
    "apply_tie_choices",
    "final_ranking",
    "order_from_outcomes",
    "rounded",
    "sheet_total",
    "stage_pool",
    "stage_ranking",
]
