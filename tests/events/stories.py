# ruff: noqa: E501
"""Plain-text articles for the event tests: two reports and a copy of one earthquake,
two of one summit, another earthquake elsewhere (the same kind of happening, a
different event) and a football match."""

from __future__ import annotations

CHILE_1 = """Earthquake kills 12 in northern Chile

ANTOFAGASTA, Chile (Reuters) - A magnitude 7.1 earthquake struck northern Chile on Tuesday, killing 12 people and bringing down homes across the port city of Antofagasta, officials said.

President Gabriel Boric said the army would help rescuers search the rubble in Antofagasta and the mining town of Calama.

"We will not rest until every family is safe," Boric told reporters in Santiago.

The National Emergency Office said power was cut to 40,000 homes in the Antofagasta region.
"""

CHILE_2 = """Chile quake toll rises as rescuers dig through rubble in Antofagasta

ANTOFAGASTA, Chile (AP) - Rescuers in Antofagasta dug through collapsed homes on Wednesday after a magnitude 7.1 earthquake in northern Chile killed 15 people, the National Emergency Office said.

President Gabriel Boric visited Calama, where the earthquake brought down a school, and said the army would stay in the Antofagasta region.

Power was restored to most of the 40,000 homes that lost it, the National Emergency Office said.
"""

# The Reuters story again, as a feed item: a copy, not a second source.
CHILE_COPY = CHILE_1.replace("officials said.", "officials said on Tuesday.")

SUMMIT_1 = """Leaders agree water pact at Geneva summit

GENEVA (Reuters) - Leaders of Egypt, Ethiopia and Sudan agreed on Friday in Geneva to share the waters of the Blue Nile, ending a decade of dispute over the Grand Ethiopian Renaissance Dam.

Ethiopian Prime Minister Abiy Ahmed said the Geneva agreement would let the dam fill over seven years.

Egyptian President Abdel Fattah al-Sisi called the pact a fair deal for the Nile.
"""

SUMMIT_2 = """Nile dam deal signed in Geneva

GENEVA (AFP) - Egypt, Ethiopia and Sudan signed a deal on the Grand Ethiopian Renaissance Dam in Geneva on Friday, agreeing how the Blue Nile waters will be shared.

Abiy Ahmed, Ethiopia's prime minister, said the dam would fill over seven years under the Geneva deal.

Abdel Fattah al-Sisi said Egypt's share of the Nile was now secure.
"""

JAPAN = """Strong earthquake shakes Hokkaido

SAPPORO, Japan (Kyodo) - A magnitude 6.4 earthquake struck Hokkaido on Monday, injuring 30 people in Sapporo and halting bullet trains, the Japan Meteorological Agency said.

Prime Minister Fumio Kishida said the government had set up an emergency office in Tokyo.

Hokkaido Electric Power said 5,000 homes in Sapporo lost power.
"""

FOOTBALL = """Arsenal beat Chelsea in London derby

LONDON (PA) - Bukayo Saka scored twice as Arsenal beat Chelsea 3-1 at the Emirates Stadium on Sunday to go top of the Premier League.

Mikel Arteta praised his side's pressing after the win over Chelsea.
"""

CHILE_3 = """Chile earthquake: Boric declares emergency in Antofagasta

ANTOFAGASTA, Chile (AFP) - President Gabriel Boric declared a state of emergency in the Antofagasta region on Thursday, two days after a magnitude 7.1 earthquake killed 15 people in northern Chile.

The National Emergency Office said rescuers had finished searching the rubble in Calama and Antofagasta.
"""

ELECTION = """Iceland votes in snap election

REYKJAVIK (Reuters) - Icelanders voted on Saturday in a snap election called after the collapse of Prime Minister Bjarni Benediktsson's coalition.

The Independence Party and the Social Democratic Alliance were level in the last polls.
"""


DAYS = {  # the day each story was reported, set by the editor who approves it
    "chile": "2024-03-05",
    "summit": "2024-03-05",
    "japan": "2024-03-04",
    "football": "2024-03-04",
}
ARTICLES = {
    "chile-1.txt": CHILE_1,
    "chile-2.txt": CHILE_2,
    "chile-copy.txt": CHILE_COPY,
    "summit-1.txt": SUMMIT_1,
    "summit-2.txt": SUMMIT_2,
    "japan.txt": JAPAN,
    "football.txt": FOOTBALL,
}
