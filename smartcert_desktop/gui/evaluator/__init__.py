"""The evaluator (평가위원) role of the desktop program: identity, package, applicant list, score form, submit.

:func:`make_evaluator_screen` is the factory the main window calls for ``Role.EVALUATOR``.
"""

from .screen import EvaluatorScreen, make_evaluator_screen

__all__ = ["EvaluatorScreen", "make_evaluator_screen"]
