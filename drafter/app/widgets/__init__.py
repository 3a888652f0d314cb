"""Widgets of the drafting screen: the outline and the side panel."""
