"""Faces of lint results: text, json (CONTRACTS v1), sarif 2.1.0, github annotations, summary."""
