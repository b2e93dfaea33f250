"""Word lists and precompiled patterns for reading hotline counts in uk / ru / en text, by topic:

- `text`: normalisation, month names and dates, years, numbers in digits and words, percents;
- `counts`: what a count is of (requests, calls, people), qualifiers, rates, breakdowns, sentence breaks;
- `periods`: running totals, spans, first years, as-of dates, months still running;
- `claims`: record claims, and figures called wrong, denied, expected or hedged.

The month names and number words of each language are data in `hotline.extract.lang`. Everything is
re-exported here, so the rules read `lx.NAME` whichever module defines it.
"""

from hotline.extract.lexicon.claims import *  # noqa: F403
from hotline.extract.lexicon.counts import *  # noqa: F403
from hotline.extract.lexicon.periods import *  # noqa: F403
from hotline.extract.lexicon.text import *  # noqa: F403
