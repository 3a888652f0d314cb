"""Layout: the document model as a GB/T 9704-2012 .docx (python-docx + raw OOXML).

The package itself imports nothing: ``lint`` reads drafter's own template wording through
``render.templates`` and must not pay for python-docx. Import ``render.gbt9704`` to lay out.
"""
