"""Genuine business messages, Italian (17-21)."""
import mime
import htm
import infra as I
from company import S, FERR_IBAN, FERR_PIVA, EG_IT_PIVA
from ids import fmt_iban
from kit import plain, html, alt, mixed, att, att_gmail, pdf_doc, pdf_date, dedent
from msg import M
from util import rng_for

F = "business"


def _ferretti(pc, client_ip, n):
    return I.ArubaOutlook(pc=pc, client_ip=client_ip, n=n, lang="it", zone="it")


def b17():
    body = dedent("""
    Spett.le Example Cinema Italia S.r.l.,

    in allegato inviamo copia di cortesia della fattura n. 2026/1187 del 30/10/2026 relativa ai trasporti del mese di ottobre (allestimenti eventi Milano e Bologna, consegne materiale bar).

    L'originale della fattura elettronica è stato trasmesso tramite SdI al Vostro codice destinatario.

    Imponibile: EUR 6.420,00
    IVA 22%: EUR 1.412,40
    Totale: EUR 7.832,40
    Pagamento: bonifico 60 gg d.f.f.m. sulle consuete coordinate bancarie

    Cordiali saluti

    Ufficio Amministrazione
    Ferretti Trasporti S.p.A.
    Via dell'Industria 14 - 37135 Verona
    Tel. 045 8203 411
    """)
    inv = """
# FERRETTI TRASPORTI S.p.A.
Via dell'Industria 14 - 37135 Verona (VR) - P.IVA %s

Spett.le Example Cinema Italia S.r.l.
Viale Monza 140 - 20127 Milano
P.IVA %s

## COPIA DI CORTESIA - Fattura n. 2026/1187 del 30/10/2026
(documento privo di valenza fiscale; l'originale è trasmesso tramite SdI)

Descrizione                                              Q.tà    Importo EUR
Trasporto allestimenti evento Milano 08/10 (bilico)        1        1.850,00
Trasporto allestimenti evento Bologna 15/10 (bilico)       1        2.240,00
Consegne materiale bar sale Milano (motrice)               6        2.100,00
Sosta e attesa carico                                      4          230,00

Imponibile                                                          6.420,00
IVA 22%%                                                             1.412,40
Totale documento                                                    7.832,40

Pagamento: bonifico bancario 60 gg data fattura fine mese
Intesa Sanpaolo - IBAN %s
""" % (FERR_PIVA, EG_IT_PIVA, fmt_iban(FERR_IBAN))
    pdfb = pdf_doc(inv, title="Fattura 2026/1187", producer="TeamSystem Studio", creator="TeamSystem",
                   created=pdf_date("it", 2026, 10, 30, 11, 2))
    t = plain(body, "iso-8859-1", "quoted-printable")
    h = html(htm.outlook(body, "IT"), "iso-8859-1", "quoted-printable")
    return M(folder=F, num=17, lang="it", slug="ferretti-fattura-copia-cortesia",
             profile=_ferretti("AMMINISTR-PC", "93.63.180.214", 15), when=("it", 2026, 10, 30, 11, 26, 7),
             frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[S("it_acc")],
             subject="Invio copia di cortesia fattura n. 2026/1187 - Ferretti Trasporti",
             hcs="iso-8859-1",
             body=mixed(mime.multi("alternative", [t, h]),
                        att(pdfb, "application/pdf", "Fattura_2026-1187_cortesia.pdf", style="2047")),
             hardneg=[17, 18], hn_topic="Carrier invoice / e-invoice courtesy copy",
             desc="Courtesy copy of the carrier's October invoice; original sent through the SdI",
             why="Real carrier domain via Aruba's outgoing SMTP from the office PC; payment to the usual Intesa Sanpaolo "
                 "account; refers to the SdI channel correctly; ordinary payment terms.")


def b18():
    body = dedent("""
    Buongiorno Niccolò,

    ti confermo il ritiro degli allestimenti per l'evento di giovedì:

    Data: giovedì 26/11, ore 7:30, carico dalla rampa posteriore di Viale Monza 140
    Mezzo: bilico centinato, autista Roberto Galli (cell. 347 118 2209)
    Materiale: 6 bancali (moquette, pannellature), 4 flight case audio, 2 casse luci
    Destinazione: Fiera Milano Rho, padiglione 22, scarico entro le 11:00

    Mi raccomando che ci sia qualcuno per il carico alle 7:30, il padiglione chiude lo scarico alle 12 e abbiamo poco margine. Se cambia qualcosa chiamami pure, oggi sono in ufficio fino alle 18.

    Un saluto,
    Chiara Colombo
    Ufficio Traffico
    Ferretti Trasporti S.p.A.
    Tel. 045 8203 427 - Cell. 335 604 1187
    """)
    t = plain(body, "windows-1252", "quoted-printable")
    h = html(htm.outlook(body, "IT"), "windows-1252", "quoted-printable")
    return M(folder=F, num=18, lang="it", slug="ferretti-conferma-ritiro-allestimenti",
             profile=_ferretti("TRAFFICO-02", "93.63.180.214", 12), when=("it", 2026, 11, 23, 15, 12, 48),
             frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("it_mgr")],
             subject="Conferma ritiro allestimenti giovedì 26/11 - Viale Monza",
             hcs="windows-1252",
             body=mime.multi("alternative", [t, h]),
             hardneg=[18], hn_topic="Operational mail from the carrier (urgent timing, no payment)",
             desc="Carrier's traffic office confirms a pick-up for an event with driver, load and unloading deadline",
             why="Known contact, real domain via Aruba, operational details only, phone numbers for call-back; urgency is "
                 "logistical and involves no payment or data.")


def b19():
    r = rng_for("b19")
    body = dedent("""
    Buongiorno Niccolò,

    come anticipato al telefono, per l'evento aziendale del nostro cliente (convention commerciale, ca. 170 persone) vorremmo confermare la Sala 3 per sabato 28 novembre dalle 18:00 alle 23:30.

    In allegato la planimetria con la disposizione che ci ha chiesto il cliente: palco sotto lo schermo, platea libera per le prime quattro file e due isole buffet nel foyer. Ci servirebbe il preventivo con:
    - noleggio sala e proiezione (presentazione + un cortometraggio del cliente in DCP)
    - tecnico audio/luci
    - catering per 170 persone (aperitivo rinforzato)

    Se riesci a mandarcelo entro giovedì lo giriamo subito al cliente.

    Grazie e a presto,
    Luca

    --
    Luca Moretti
    Project Manager
    Eventi Lombardi S.r.l. - Via Tortona 27, 20144 Milano
    tel. +39 02 8945 3310
    """)
    plan = """
# Eventi Lombardi S.r.l.
## Planimetria Sala 3 - Evento 28/11/2026 (rev. 1)
Cliente: convention commerciale - ca. 170 persone

Schermo e palco: palco 6 x 3 m sotto lo schermo, leggio a sinistra
File 1-4: platea libera (rimozione poltrone non prevista, uso sedute esistenti)
File 5-14: posti a sedere numerati, 150 posti
Regia: cabina di proiezione + mixer audio in fondo sala
Foyer: 2 isole buffet, guardaroba all'ingresso, registrazione ospiti
Uscite di sicurezza: invariate, corridoi liberi 1,20 m

Note: capienza massima da licenza 180 persone
"""
    pdfb = pdf_doc(plan, title="Planimetria Sala 3 rev1", producer="LibreOffice 24.8", creator="Draw",
                   created=pdf_date("it", 2026, 11, 5, 9, 40))
    return M(folder=F, num=19, lang="it", slug="agenzia-eventi-richiesta-preventivo-planimetria",
             profile=I.Roundcube(web="webmail.eventilombardi.it", client_ip="2.228.91.40",
                                 out=("smtp.eventilombardi.it", "mx-out07.hosting-lombardia.it", "89.46.104.37"),
                                 zone="it"),
             when=("it", 2026, 11, 5, 10, 2, 33),
             frm=("Luca Moretti", "l.moretti@eventilombardi.it"), to=[S("it_mgr")],
             subject="Preventivo evento aziendale 28 novembre - Sala 3",
             msgid_override="<2d7f4be61c0a93e85b1f20d6a4c7e913@eventilombardi.it>",
             body=mixed(plain(body, "UTF-8", "quoted-printable", quote_charset=False, flowed=True),
                        att(pdfb, "application/pdf", "Planimetria_Sala3_rev1.pdf")),
             hardneg=[20], hn_topic="Event agency's floor plan and quote request (thread later hijacked)",
             desc="Event agency asks for a quote for a corporate event, floor plan attached as PDF",
             why="Known agency contact using his usual webmail from the agency's Italian office line; follows a phone "
                 "call; PDF attachment, no links; concrete event details.")


def b20():
    body = dedent("""
    Buonasera,

    vi scrivo per segnalare quanto successo sabato 14 novembre alla proiezione delle 21:15 in sala 2 (film "La casa sul lago"). Dopo circa mezz'ora l'audio si è interrotto del tutto e per quasi 20 minuti nessuno del personale è intervenuto; quando la proiezione è ripartita, il film è ricominciato da un punto successivo e abbiamo perso una parte importante.

    Eravamo in quattro (biglietti acquistati online, ordine n. MI-2611-448120, totale € 38,00). Capisco che un guasto possa capitare, ma la gestione è stata davvero poco attenta. Vi chiedo il rimborso dei biglietti oppure dei buoni per una prossima visione.

    Resto in attesa di un vostro riscontro.

    Cordiali saluti
    Giovanni Esposito
    Cell. 339 712 5504
    """)
    return M(folder=F, num=20, lang="it", slug="reclamo-cliente-audio-sala",
             profile=I.OpenXchange(client_ip="151.38.107.22", n=35), when=("it", 2026, 11, 15, 21, 7, 40),
             frm=("Giovanni Esposito", "giovanni.esposito71@libero.it"), to=[S("it_mgr")],
             hcs="iso-8859-15",
             subject="Reclamo proiezione sabato 14/11 sala 2 - richiesta rimborso",
             body=plain(body, "iso-8859-15", "8bit", quote_charset=False),
             desc="Customer complaint from a libero.it address about a sound failure, asks refund or vouchers",
             why="Private customer on his normal webmail; refers to a real booking number; no links or attachments; the "
                 "refund goes back through the original online order.")


def b21():
    txt = dedent("""
    Ciao Niccolò,

    ti scrivo dal mio indirizzo personale perché stamattina il portatile aziendale non si accende più: si ferma sulla schermata del BitLocker e poi si spegne. Ho provato anche col caricabatterie della sala riunioni, niente da fare.

    Oggi dovevo chiudere le registrazioni delle fatture passive di novembre e mandare il file delle scadenze a Monika a Colonia. Posso usare il PC della reception finché l'IT non mi manda un sostituto? Se serve apro io il ticket, ma non riesco ad entrare nel portale senza il portatile.

    Per qualsiasi cosa chiamami al cellulare (338 240 9176).

    Grazie,
    Elena
    """)
    return M(folder=F, num=21, lang="it", slug="portatile-rotto-mail-privata",
             profile=I.Gmail(zone="it"), when=("it", 2026, 11, 25, 8, 41, 9),
             frm=("Elena Marchetti", "elena.marchetti.mi@gmail.com"), to=[S("it_mgr")],
             subject="Portatile rotto - oggi lavoro dalla reception?",
             body=alt(txt, htm.gmail(txt), "UTF-8", "quoted-printable"),
             hardneg=[36], hn_topic="Colleague writing from a private free-mail address",
             desc="Italian accountant writes from private Gmail that her company laptop is broken and asks how to work today",
             why="Informs her manager, asks permission and offers to open a ticket; no request for money, credentials or "
                 "changes; gives her mobile number for a call.")


MESSAGES = [b17, b18, b19, b20, b21]
