"""Genuine conversation threads shared by business messages and the attacks that hijack them."""

# Lieferant GmbH <-> procurement (business 03, hijacked by attack 03)
L_M0 = "<5d0e7a2c9b3f4e81a6c24d17f8e0b932@EXDE01.corp.example.com>"   # Markus Vogel asks, 21.10.
L_P1 = "<7b3e0c9a41d24f6f9e21a8d5c04b7f13@LGEX01.lieferant.local>"    # Petra Lang answers, 22.10. (business 03)
L_M2 = "<c2a9f4e01b7d4c58a3e6d91f0b25e8a4@EXDE01.corp.example.com>"   # Markus Vogel confirms, 22.10.
L_SUBJ = "Liefertermin Kontrastmittel KW 44 – Bestellung 4500018812"

L_M0_TEXT = """Hallo Frau Lang,

können Sie mir bitte den Liefertermin für unsere Bestellung 4500018812 (Iomeprol 350 mg I/ml, 10 Kartons à 10 x 500 ml) bestätigen? Unser Bestand in Düsseldorf-Bilk reicht nur noch bis Mitte KW 44.

Viele Grüße
Markus Vogel
"""

L_P1_TEXT = """Guten Tag Herr Vogel,

zu Ihrer Bestellung 4500018812 (Iomeprol 350 mg I/ml, 10 Kartons à 10 x 500 ml) kann der Hersteller in KW 44 leider nur 8 Kartons liefern. Die restlichen 2 Kartons sind für KW 45 avisiert.

Mein Vorschlag: Teillieferung der 8 Kartons am Dienstag, 27.10., direkt an das Zentrum Düsseldorf-Bilk (Anlieferung wie gewohnt über die Rampe Fleher Straße, 7–12 Uhr), Restmenge ohne zusätzliche Frachtkosten in KW 45. Die Rechnung stellen wir entsprechend in zwei Teilen.

Bitte geben Sie mir kurz Bescheid, ob das für Sie passt.

Mit freundlichen Grüßen

Petra Lang
Kundenservice / Auftragsabwicklung

Lieferant GmbH
Industriestraße 12 · 42655 Solingen
Tel. +49 212 38841-27 · Fax +49 212 38841-99
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de
Geschäftsführer: Dr. Hans-Peter Lang · HRB 24817 Amtsgericht Wuppertal
"""

L_M2_TEXT = """Hallo Frau Lang,

danke für die schnelle Rückmeldung. Die Teillieferung am Dienstag passt, den Rest bitte wie besprochen in KW 45 nach Düsseldorf-Bilk.

Viele Grüße
Markus Vogel
"""

# Ferretti Trasporti <-> Milano office (business 18, hijacked by attack 19)
F_F0 = "<0f6d2b9c8e1a4b7d95c3e2a1f0d4b6c8@EXDE01.corp.example.com>"   # Francesca asks, 05.11.
F_C1 = "<004201db4f12$7e4a2c10$7adc8430$@ferretti-trasporti.it>"        # Chiara answers, 06.11. (business 18)
F_F2 = "<9a3c71e4d0b24f2e8c6a15b7d3e9f041@EXDE01.corp.example.com>"   # Francesca thanks, 06.11.
F_SUBJ = "Programmazione ritiri campioni – settimana 46"

F_F0_TEXT = """Buongiorno Chiara,

mi può confermare la programmazione dei ritiri campioni per la settimana 46? Da lunedì 9 novembre il centro di Monza apre anche il sabato mattina, quindi avremmo bisogno di un ritiro aggiuntivo il sabato entro le 13:00.

Grazie e buona giornata,
Francesca Galli
"""

F_C1_TEXT = """Buongiorno Francesca,

le confermo la programmazione per la settimana 46 (9–14 novembre):

- Milano Durando: ritiro giornaliero lun–ven ore 16:30, consegna al laboratorio di Segrate entro le 18:00
- Monza: ritiro lun–ven ore 15:45 e, da questa settimana, sabato ore 12:30
- Trasporto refrigerato +2/+8 °C con registrazione della temperatura, come da contratto

In allegato trova il piano ritiri aggiornato con i DDT di riferimento. Il ritiro del sabato viene fatturato con la tariffa festiva concordata (supplemento di 35,00 € + IVA a viaggio).

Cordiali saluti

Chiara Colombo
Ufficio Traffico – Logistica Sanitaria
Ferretti Trasporti S.p.A.
Via Emilia Parmense 143 – 29122 Piacenza
Tel. +39 0523 614 280 – c.colombo@ferretti-trasporti.it
"""

F_F2_TEXT = """Perfetto, grazie mille Chiara!

Francesca
"""
