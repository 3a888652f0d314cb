"""The app's screens: start, drafting, and the modal dialogs."""
