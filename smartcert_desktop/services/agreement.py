"""The committee's agreement in the current round: Krippendorff's alpha on the counted evaluators' levels.

The statistic itself lives in :mod:`smartcert_desktop.domain.agreement`; this module only reads the levels
from the round state (the latest accepted sheets of the counted evaluators, as the results use them).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..domain.agreement import Alpha, RoundAlpha, ratings_from_sheets, round_alpha
from .results import RoundState, round_state


@dataclass(frozen=True)
class RoundAgreement:
    """Krippendorff's alpha (ordinal) for the round.

    ``overall``: units are every applicant × qualitative indicator; ``per_indicator``: per qualitative
    indicator (framework order), units are the applicants. A value is None when it cannot be computed (no
    unit rated twice, or no variation at all; ``detail`` says which). ``raters`` are the counted evaluators
    with at least one rating; ``units`` is the number of units of the overall figure rated at least twice.
    """

    overall: float | None
    per_indicator: dict[str, float | None]
    raters: tuple[str, ...]
    units: int
    detail: RoundAlpha

    @property
    def overall_detail(self) -> Alpha:
        """The overall figure with its counts and, when None, the reason."""
        return self.detail.overall


def agreement_of_state(state: RoundState, level: str = "ordinal") -> RoundAgreement:
    """The agreement of an already computed round state."""
    ratings = ratings_from_sheets(state.framework, state.counted, state.sheets)
    detail = round_alpha(state.framework, ratings, level)
    return RoundAgreement(
        overall=detail.overall.value,
        per_indicator={code: a.value for code, a in detail.per_indicator.items()},
        raters=detail.raters,
        units=detail.overall.units,
        detail=detail,
    )


def round_agreement(session_or_state: Session | RoundState, level: str = "ordinal") -> RoundAgreement:
    """The agreement of the round, from a program session (the state is computed) or a round state."""
    state = session_or_state if isinstance(session_or_state, RoundState) else round_state(session_or_state)
    return agreement_of_state(state, level)
