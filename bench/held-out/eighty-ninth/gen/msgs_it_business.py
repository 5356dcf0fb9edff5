"""Italian genuine business messages (business/17-21)."""
from lib import *
import infra as I
import htmlgen

FOLDER = "business"
LORENZO_MID = "9b2d4c7e1f0a4e6c8d3b5a7f2e1c0d94@EXMBX01.corp.example.com"


def _b17():
    ib = BANK["ferretti"]
    text = """Spett.le Example Textilservice Italia S.r.l.,

in allegato Vi inviamo copia di cortesia della fattura n. 2026/1187 del 31/10/2026 relativa ai servizi di trasporto del mese di ottobre (ritiri e consegne biancheria sulle tratte Verona - Garda - Negrar, 46 viaggi).

La fattura elettronica originale è stata trasmessa tramite Sistema di Interscambio al Vostro codice destinatario.

Imponibile: 8.067,70 €
IVA 22%%: 1.774,89 €
Totale documento: 9.842,59 €
Scadenza: 30/11/2026 - bonifico bancario
IBAN: %s (Banco BPM - coordinate invariate)

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 37135 Verona
Tel. +39 045 820 1100 - amministrazione@ferretti-trasporti.it
P.IVA 02817430239
""" % B.fmt_iban(ib)
    inv = [(15, True, "FERRETTI TRASPORTI S.p.A."), "Via dell'Industria 18 - 37135 Verona - P.IVA 02817430239", "",
           "Spett.le Example Textilservice Italia S.r.l.", "Via Enrico Fermi 61 - 37136 Verona", "",
           (12, True, "FATTURA n. 2026/1187 del 31/10/2026 - COPIA DI CORTESIA"), "",
           "Servizi di trasporto ottobre 2026 - 46 viaggi                     8.067,70",
           "IVA 22%                                                         1.774,89",
           "Totale documento EUR                                             9.842,59", "",
           "Pagamento: bonifico 30 gg d.f. - scadenza 30/11/2026",
           "IBAN " + B.fmt_iban(ib) + " - Banco BPM", "",
           "Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72."]
    body = Mixed(Text(text, "windows-1252", "quoted-printable"),
                 pdf_att("Fattura_2026_1187_copia_cortesia.pdf", inv, title="Fattura 2026/1187", producer="TeamSystem Studio"))
    return M(n=17, lang="it", slug="ferretti-fattura-copia-cortesia",
             infra=I.aruba(mua="outlook16"), date="2026-11-02 10:12:35", ctx={"pc": "PC-AMMINISTRAZ"},
             frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[S("francesca.rinaldi")],
             subject="Invio copia di cortesia fattura n. 2026/1187 del 31/10/2026", body=body, content_lang="it",
             what="Genuine carrier invoice (courtesy PDF copy; the legal e-invoice went through SdI).",
             why="Real carrier domain via its usual Aruba SMTP and Outlook, invoice for services actually rendered, IBAN unchanged and Italian (Banco BPM). Hard negative of attack/20.")


def _b18():
    quoted = """-----Messaggio originale-----
Da: Lorenzo Galli <lorenzo.galli@example.com>
Inviato: giovedì 19 novembre 2026 09:12
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: Ritiri biancheria settimana 48 - secondo passaggio Negrar

Buongiorno Chiara,

vi confermo i ritiri della settimana 48 come da calendario: lunedì e giovedì Bardolino/Lazise, martedì Peschiera e Sirmione, venerdì giro Verona centro.
Per la clinica di Negrar servirebbe un secondo passaggio il mercoledì, riuscite?

Grazie e buona giornata
Lorenzo Galli"""
    md = """Buongiorno Lorenzo,

confermo i ritiri della settimana 48. Per il secondo passaggio a Negrar il mercoledì devo verificare con l'autista del giro Valpolicella, vi faccio sapere entro domani mattina.

Vi segnalo inoltre che da lunedì 30/11 il giro di Peschiera partirà alle 6:30 anziché alle 7:00 per i lavori sulla SR11: chiedo cortesemente di avere i roll pronti in banchina per le 6:15.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Tel. +39 045 820 1147 - Cell. +39 335 612 4408"""
    body = Alt(Text(htmlgen.plain(md) + "\n" + quoted + "\n", "iso-8859-1", "quoted-printable"),
               Html(htmlgen.html(md + "\n\n---\n\n" + quoted.replace("-----Messaggio originale-----\n", ""), "iso-8859-1", "outlook", lang="IT"),
                    "iso-8859-1", "quoted-printable"))
    return M(n=18, lang="it", slug="ferretti-risposta-ritiri-settimana-48",
             infra=I.aruba(mua="outlook16"), date="2026-11-19 10:03:44", ctx={"pc": "NB-COMMERCIALE2"},
             frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("lorenzo.galli")],
             subject="R: Ritiri biancheria settimana 48 - secondo passaggio Negrar", in_reply_to=LORENZO_MID, references=[LORENZO_MID],
             body=body, content_lang="it",
             what="Genuine reply from the carrier's sales contact in an operational thread about linen pickups.",
             why="Same sender and thread as the later hijack, but sent from her usual Outlook desktop via Aruba during office hours; purely operational content, no links or attachments. Hard negative of attack/17.")


def _b19():
    md = """Gentile Sig. Galli,

nonostante i solleciti del 05/10 e del 26/10, risultano ancora insolute le seguenti fatture relative al contratto di assistenza programmata n. TL-2026-044 (linea di stiro e tunnel di lavaggio):

- Fattura n. 612/2026 del 31/08/2026 – € 3.416,00
- Fattura n. 701/2026 del 30/09/2026 – € 3.416,00

Vi informiamo che, in assenza di pagamento entro il **13/11/2026**, saremo costretti a sospendere gli interventi di manutenzione programmata e la reperibilità fino alla regolarizzazione della posizione, come previsto dall'art. 9 del contratto.

Il pagamento va effettuato sul conto indicato in fattura (nessuna variazione). Se il bonifico è già stato disposto, Vi preghiamo di inviarci la contabile.

Cordiali saluti

Marco Pezzotti
Ufficio Amministrativo
Tecnolav S.r.l. – Via Orzinuovi 112, 25125 Brescia
Tel. 030 354 7721"""
    return M(n=19, lang="it", slug="tecnolav-sollecito-sospensione-assistenza",
             infra=I.gmail(node="ed1", tz="IT"), date="2026-11-05 15:27:19",
             frm=("Marco Pezzotti", "m.pezzotti@tecnolav.it"), to=[S("lorenzo.galli")], cc=[S("francesca.rinaldi")],
             subject="Sollecito pagamento – contratto assistenza TL-2026-044 – sospensione interventi",
             body=alt(md, "utf-8", "quoted-printable", style="gmail"),
             what="Genuine urgent payment reminder from the machine-service partner threatening to suspend maintenance.",
             why="Service partner's own Google Workspace domain, refers to real contract and invoices, explicitly no bank change, asks for remittance proof. Threatening but legitimate.")


def _b20():
    text = """Buongiorno,

vi scrivo per segnalare due problemi con la consegna di ieri sera (bolla n. 4471/VR):

1) circa 30 tovaglie 180x180 del ristorante presentano ancora macchie di vino e di grasso, le abbiamo messe da parte per il ritiro;
2) mancano 2 roll di spugna (teli piscina), che ci servono assolutamente per il weekend perché abbiamo il matrimonio sabato.

Vi chiedo di farci avere i teli mancanti entro venerdì mattina e di non addebitarci le tovaglie da rilavare. Non è la prima volta quest'autunno, vorrei parlarne con il sig. Galli la prossima settimana.

Cordiali saluti

Paolo Benedetti
Direzione
Hotel Bellavista Garda - Bardolino (VR)
Tel. 045 721 0388
"""
    return M(n=20, lang="it", slug="hotel-bellavista-reclamo-consegna",
             infra=I.aruba(mua="tb52"), date="2026-10-22 08:41:09",
             frm=("Hotel Bellavista Garda - Direzione", "direzione@hotelbellavistagarda.it"), to=[S("lorenzo.galli")],
             subject="Reclamo consegna 21/10 - tovaglie macchiate e teli mancanti", body=Text(text, "iso-8859-15", "8bit"),
             what="Genuine customer complaint from a lake-Garda hotel about stained tablecloths and missing pool towels.",
             why="Customer's own domain on Aruba with an old Thunderbird, specific delivery note and items, asks for a redelivery and no charge; no links or attachments.")


def _b21():
    text = """Ciao Lorenzo,

ti scrivo dalla mail personale perché il portatile aziendale stamattina non si accende più: dopo l'aggiornamento di ieri sera resta sulla schermata nera con il logo e il led arancione lampeggia. Ho provato a tenerlo sotto carica e a fare il reset tenendo premuto il tasto di accensione, niente da fare.

Oggi lavoro da casa come previsto, le registrazioni di prima nota le recupero domani in ufficio. Se serve qualcosa di urgente chiamami sul cellulare.

Florian, in short: my laptop (ThinkPad, asset tag EXG-IT-0412) does not boot since last night's update, black screen with the logo. Nothing is stored locally, everything is on OneDrive. Should I bring it to the Verona office tomorrow or will you send a replacement?

Grazie, a domani
Francesca
"""
    return M(n=21, lang="it", slug="collega-mail-privata-portatile-guasto",
             infra=I.libero(), date="2026-11-16 08:37:52",
             frm=("Francesca Rinaldi", "francesca.rinaldi78@libero.it"), to=[S("lorenzo.galli")], cc=[S("florian.becker")],
             subject="Portatile non si accende / laptop broken", body=Text(text, "utf-8", "8bit"),
             what="Colleague writes from her private libero.it address that her company laptop does not boot.",
             why="Explains why private mail is used, copies the head of IT, asks for nothing sensitive (no password, no payment, no link); a normal support request.")


MESSAGES = [_b17(), _b18(), _b19(), _b20(), _b21()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
