"""Conversation histories shared by a genuine message and the attack that
hijacks the same thread (identical Message-IDs and quoted text)."""
from infra import mid, seed_rnd

LIEFERANT_TENANT = "8d2f4b7a-19c3-4e5d-a6f0-2b9c71e3d845"
LIEF_SRV = "FR2P281MB2976.DEUP281.PROD.OUTLOOK.COM"

M1 = mid(seed_rnd("thread-lief-m1"), "exchange", "EXCH01.corp.example.com")
M2 = "<FR2P281MB2976%s@%s>" % (seed_rnd("thread-lief-m2").hex(24, True), LIEF_SRV)
B01_MID = "<FR2P281MB2976%s@%s>" % (seed_rnd("thread-lief-b01").hex(24, True), LIEF_SRV)
M4 = mid(seed_rnd("thread-lief-m4"), "exchange", "EXCH02.corp.example.com")

SUBJ = "Rückstand Bestellung 4500218877 – Bremsscheiben/Beläge"


def lieferant_sig_petra():
    return """Petra Lang
Auftragsabwicklung / Innendienst

Lieferant GmbH
Kfz-Teile-Großhandel
Derchinger Straße 120 · 86165 Augsburg
Tel. +49 821 7498 314 · p.lang@lieferant-gmbh.de
www.lieferant-gmbh.de"""


M1_TEXT = """Hallo Frau Lang,

zur Bestellung 4500218877 vom 28.10. sind noch folgende Positionen offen:

- 24 x Bremsscheibe VA 0986479S12
- 18 x Bremsbelagsatz VA 0986494882
- 10 x Verschleißanzeiger 1987473601

Unsere Werkstatt in München hat die Fahrzeuge teilweise schon eingeplant. Können Sie mir einen verbindlichen Liefertermin nennen?

Viele Grüße
Markus Göbel
Einkauf Teile & Zubehör
Example Group GmbH · Landsberger Straße 412 · 81241 München
Tel. +49 89 5523 1620"""

M2_TEXT = """Hallo Herr Göbel,

die Bremsscheiben und Beläge kommen bei uns am Montag aus dem Zentrallager an. Wir können Ihnen am Dienstag, 17.11., eine Teillieferung schicken (Scheiben komplett, 12 Belagsätze). Der Rest inklusive der Verschleißanzeiger folgt in KW 48.

Viele Grüße
Petra Lang"""

B01_TEXT = """Hallo Herr Göbel,

die Teillieferung zu Ihrer Bestellung 4500218877 ist heute mit der Spedition raus (Lieferschein 8812407, 3 Colli). Die Rechnung RE-2026-19044 hänge ich Ihnen gleich mit an, damit Ihre Buchhaltung sie schon zuordnen kann; das Original geht wie immer auch an rechnungen@.

Die restlichen 6 Belagsätze und die Verschleißanzeiger sind für KW 48 avisiert, ich melde mich, sobald ich das genaue Datum habe.

Viele Grüße
Petra Lang"""

M4_TEXT = """Hallo Frau Lang,

danke, die Ware ist angekommen. In der Rechnung RE-2026-19044 ist die Frachtpauschale allerdings zweimal berechnet (Pos. 4 und 5). Können Sie uns bitte eine korrigierte Rechnung schicken? Sonst hält die Buchhaltung die Zahlung an.

Viele Grüße
Markus Göbel"""


def _hdr(frm, sent, to, subj):
    return "Von: %s\nGesendet: %s\nAn: %s\nBetreff: %s\n\n" % (frm, sent, to, subj)


def lieferant_thread_1(with_invoice_reply=False):
    """Quoted history (Outlook style) and the list of referenced IDs."""
    mg = "Markus Göbel <markus.goebel@example.com>"
    pl = "Petra Lang <p.lang@lieferant-gmbh.de>"
    parts = []
    ids = [M1, M2]
    if with_invoice_reply:
        parts.append(_hdr(mg, "Freitag, 20. November 2026 08:55", pl, "AW: " + SUBJ) + M4_TEXT)
        parts.append(_hdr(pl, "Dienstag, 17. November 2026 10:18", mg, "AW: " + SUBJ) + B01_TEXT)
        ids = [M1, M2, B01_MID, M4]
    parts.append(_hdr(pl, "Donnerstag, 12. November 2026 11:40", mg, "AW: " + SUBJ) + M2_TEXT)
    parts.append(_hdr(mg, "Donnerstag, 12. November 2026 09:14", pl, SUBJ) + M1_TEXT)
    return "\n\n".join(parts), ids


# ------------------------------------------------------------ Esposito (IT)
B20_MID = "<%d.%d.%d@mail.libero.it>" % (1458823091, 482177, 1792426941000 + 3721)
DAVIDE_MID = mid(seed_rnd("thread-esposito-davide"), "exchange", "EXCH02.corp.example.com")

B20_SUBJ = "Reclamo consegna Jeep Renegade - graffio paraurti e libretto tagliandi"

B20_TEXT = """Buonasera signor Russo,

le scrivo in merito alla Jeep Renegade 1.5 e-Hybrid (targa GN 214 XK) che ho ritirato da voi sabato 10 ottobre.

Purtroppo a casa, con la luce del giorno, ho notato un graffio di circa 15 cm sul paraurti posteriore, lato destro, che al momento della consegna non mi era stato segnalato e che non compare nel verbale di consegna. Inoltre il libretto tagliandi non riporta il timbro dell'ultimo tagliando, che secondo l'annuncio era stato eseguito ad agosto presso la vostra officina.

Le chiedo quindi:
1) di far sistemare il paraurti a vostre spese;
2) di farmi avere la conferma scritta o la fattura dell'ultimo tagliando, altrimenti per me la garanzia non è a posto.

Allego due foto. Sono disponibile a portare la macchina in officina anche in settimana, dopo le 17.

Distinti saluti
Francesco Esposito
cell. 347 218 9034"""

DAVIDE_TEXT = """Gentile signor Esposito,

la ringrazio per la segnalazione e mi scuso per l'inconveniente. Ho verificato con l'officina: il tagliando del 6 agosto è stato eseguito regolarmente, le invio in allegato il report dal gestionale e alla prima occasione timbriamo anche il libretto.

Per il paraurti le propongo un appuntamento in carrozzeria giovedì 29 ottobre alle 17:30; il ritocco è naturalmente a nostro carico e le mettiamo a disposizione un'auto sostitutiva.

Cordiali saluti
Davide Russo
Consulente vendite e service
Example Group Italia S.r.l. · Viale del Lavoro 33 · 37135 Verona
Tel. +39 045 820 4471"""


def esposito_quote():
    return ("-----Messaggio originale-----\nDa: Davide Russo <davide.russo@example.com>\n"
            "Inviato: martedì 20 ottobre 2026 09:41\nA: Francesco Esposito <f.esposito76@libero.it>\n"
            "Oggetto: R: " + B20_SUBJ + "\n\n" + DAVIDE_TEXT + "\n\n"
            "> Il 19/10/2026 18:22 CEST Francesco Esposito <f.esposito76@libero.it> ha scritto:\n>\n"
            + "\n".join(("> " + ln) if ln else ">" for ln in B20_TEXT.split("\n")))
