"""What the published dataset says about itself: its name, license, contributors and methodology.

Text, kept in one place so that `datapackage.json`, the page, the feed and the README say the same.
"""

from __future__ import annotations

NAME = "hotline-watch"
TITLE = "Hotline Watch: monthly requests to the «Хочу найти» and «Хочу жить» hotlines"
DEMO_MARK = "DEMO DATA"
DEMO_NOTE = ("These files were published from generated demo data modeled on the real series, not from the "
             "Coordination Headquarters' posts. Do not cite them.")
DESCRIPTION = (
    "Monthly request counts of the hotlines «Хочу найти» (I want to find: relatives of the missing and of "
    "prisoners of war) and «Хочу жить» (I want to live: Russian soldiers who want to surrender) run by "
    "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, as the Headquarters reports "
    "them on its Telegram channel. Every value cites the post it was read from, how it was read and a hash "
    "of the stored post; every value ever published is kept with the dates it was current (vintages), so "
    "the series as known on any past date can be rebuilt. Parquet copies of each CSV sit beside it."
)
KEYWORDS = ["Ukraine", "prisoners of war", "hotline", "open data", "vintages", "Хочу жить", "Хочу найти"]
LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
CONTRIBUTORS = [
    {"title": "Hotline Watch", "roles": ["creator", "maintainer"],
     "description": "Collects, reads, checks and publishes the figures."},
    {"title": "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)",
     "roles": ["originator"], "description": "States the figures in its public posts."},
]
CITATION = ("Hotline Watch ({year}). Monthly requests to the «Хочу найти» and «Хочу жить» hotlines, "
            "version {version} [data set]. Figures from the Coordination Headquarters for the Treatment of "
            "Prisoners of War.")

# The page's short methodology: (heading, paragraph).
METHODOLOGY = (
    ("What a request is",
     "One appeal to a hotline (a call, a chat-bot message or a form) as the Headquarters counts it in its "
     "monthly reports. Figures are the Headquarters' own; Hotline Watch does not count requests itself."),
    ("What is not counted",
     "Requests to other bodies (the Red Cross, the Ombudsman, Russian authorities' hotlines), partial months, "
     "forecasts, regional shares and figures the text does not tie to a month. A post that names a hotline "
     "but cannot be read with confidence is quarantined for a person to review, never guessed."),
    ("Rounding",
     "A value stated as “over 10,000” or “about 10,000” is published as 10000 with the qualifier over or "
     "about; an exact figure from an official post beats a rounded one."),
    ("Revisions",
     "When a later official post gives another figure for a month, the newer one becomes the value "
     "(status revised), the old one stays in the vintages with the dates it was current, the version's "
     "patch number goes up and the feed announces it. Derived months are implied by a stated change "
     "against the next month; reviewed months were read by a person."),
)
