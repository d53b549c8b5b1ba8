"""The German and Spanish catalogues speak to the student one way: du and tú, as the lessons do.

The atlas window said "verwenden Sie", "Zeigen Sie auf eine Zelle", "escriba", "haga clic" beside lessons
and a main window that say "drücke", "schreibe", "pulsa"."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FORMAL = {
    "de": re.compile(r"\b(Sie|Ihnen)\b"),
    # (lower-case "elija" is left out: "salvo que «Avanzado» elija otra" is a subjunctive, not an address)
    "es": re.compile(r"(?<!que )\b(escriba|use|pulse|haga|señale|abra|ábralo|seleccione|intente|vuelva|presione|"
                     r"Escriba|Use|Pulse|Elija|Haga|Señale|Abra|Seleccione|Intente|Vuelva|Presione)\b"),
}


@pytest.mark.parametrize("language", sorted(FORMAL))
def test_no_translation_addresses_the_student_formally(language):
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / f"nn_playground_{language}.ts"
    formal = []
    for message in ET.parse(ts).iter("message"):
        for text in [t.text or "" for t in message.iter("translation")] + [n.text or "" for n in message.iter("numerusform")]:
            if FORMAL[language].search(text):
                formal.append(text)
    assert not formal, formal
