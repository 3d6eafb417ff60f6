"""The Korean fonts every PDF uses: NanumGothic regular and bold, shipped in ``resources/fonts/``.

They are found through :func:`smartcert_desktop.paths.resource_path`, never through the working directory or
the system's font folders, so that a PDF renders the same on a machine without any Korean font. reportlab
embeds a subset of each as a TrueType font (not a CID font), with a ToUnicode map so that text extraction
and search work in any viewer.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import SmartcertError
from ..messages import msg
from ..paths import resource_path

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"

_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
# reportlab's font registry is process-wide and PDFs may be written from a worker thread.
_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once per process; returns the (regular, bold) font names."""
    global _registered
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                path = resource_path("fonts", filename)
                if not path.is_file():
                    raise SmartcertError(msg("font file missing: {path} (the program's resources are incomplete)",
                                             path=str(path)))
                pdfmetrics.registerFont(TTFont(name, str(path)))
            # <b> inside a Paragraph picks the bold face; there is no italic face, so italic maps to upright.
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD
