"""The report year drafter offers when none is given: one rule, used by every command and screen.

From January to June an office is writing (or finishing) the report on the year just
ended; from July on it drafts the report on the current year, to send early next year.
"""

from __future__ import annotations

from datetime import date

LAST_MONTH_FOR_LAST_YEAR = 6  # June: the reports on last year are published by 1 April, finished by June
HELP = "默认：1—6月为上一年，7月起为当年"


def default_year(today: date | None = None) -> int:
    """The year just ended from January to June, the current year from July on."""
    today = today or date.today()
    return today.year - 1 if today.month <= LAST_MONTH_FOR_LAST_YEAR else today.year


__all__ = ["HELP", "default_year"]
