"""The terminal app (Textual): start screen, drafting screen, dialogs."""
