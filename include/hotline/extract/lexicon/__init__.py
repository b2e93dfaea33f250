"""Precompiled patterns for reading hotline counts, built from the languages' words in `lang/`, by topic:

- `build`: building patterns and their gates from every language's words;
- `text`: normalisation, month names and dates, years, numbers in digits and words;
- `changes`: percents, rising and falling, months said as adjectives;
- `counts`: what a count is of (requests, calls, people), qualifiers, rates, breakdowns, sentence breaks;
- `periods`: running totals, spans, first years, as-of dates, months still running;
- `claims`: record claims, and figures called wrong, denied, expected or hedged.

Each language's words are data in `hotline.extract.lang` (a few English words are still written in patterns here:
see docs/EXTRACTION.md, "What is left"). Everything is re-exported here, so the rules read `lx.NAME` whichever
module defines it.
"""

from hotline.extract.lexicon.build import *  # noqa: F403
from hotline.extract.lexicon.changes import *  # noqa: F403
from hotline.extract.lexicon.claims import *  # noqa: F403
from hotline.extract.lexicon.counts import *  # noqa: F403
from hotline.extract.lexicon.periods import *  # noqa: F403
from hotline.extract.lexicon.text import *  # noqa: F403
