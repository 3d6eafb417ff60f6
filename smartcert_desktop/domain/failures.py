"""The domain's refusals carry what they say as a :class:`~smartcert_desktop.messages.Message`.

``exc.message`` is the message (rendered in the user's language where the refusal reaches a person, or put
into a :class:`~smartcert_desktop.errors.Problem` with the place added); ``str(exc)`` is its English text.
"""

from __future__ import annotations

from ..messages import Message, Text, as_message


class DomainError(ValueError):
    """A value the domain refuses; ``message`` says why."""

    def __init__(self, message: Text) -> None:
        self.message: Message = as_message(message)
        super().__init__(str(self.message))
