"""The desktop program (PySide6): the only package that imports Qt.

``app`` starts it; ``main_window`` holds the menus, the save-state line and the role pages; ``i18n`` and
``settings`` are the languages and the remembered choices; ``worker``, ``dialogs`` and ``dnd`` are the helpers
every screen uses for long work, messages, passphrases and dropped files. Each role's screens live in their
own subpackage and are plugged in through ``app.default_screens``.
"""
