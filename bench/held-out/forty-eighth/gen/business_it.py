"""Genuine business messages, Italian (5)."""

from codes import iban_print
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_pdf, prev_mid
from systems import Aruba, Libero, Gmail, ExchangeOnline

FERR_SIG = """Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24040 Ciserano (BG)
Tel. +39 035 884 1290 - P.IVA %s""" % VAT["ferretti"]


def _ferretti(pc, ip):
    return Aruba(client="outlook", client_helo=pc, client_ip=ip, zone="CET")


def b17():
    text = """Spett.le Example Italia S.r.l.
c.a. Dott.ssa Federica Galli

dalle nostre registrazioni risultano ancora insolute le seguenti fatture:

- n. 2026/1184 del 30/09/2026 - scad. 30/10/2026 - EUR 6.420,00
- n. 2026/1236 del 15/10/2026 - scad. 14/11/2026 - EUR 3.915,50

per un totale di EUR 10.335,50.

Vi preghiamo di provvedere al saldo entro il 10/12/2026 tramite bonifico sulle consuete coordinate bancarie (Intesa Sanpaolo, IBAN %s), riportate anche in fattura. Vi informiamo che in mancanza del pagamento saremo costretti a sospendere i servizi di trasporto già programmati, compreso il ritiro delle attrezzature dal cantiere di Bergamo previsto per il 14/12.

Abbiamo ricevuto la Vostra segnalazione di una e-mail sospetta a nostro nome con coordinate bancarie diverse: Vi confermiamo che le nostre coordinate NON sono cambiate. Per qualsiasi verifica potete chiamare il nostro ufficio amministrativo al numero che trovate in fattura.

Distinti saluti

Ufficio Amministrazione
Rag. Silvia Pesenti

%s""" % (iban_print(BANK["ferretti"]), FERR_SIG)
    pdf = att_pdf("Estratto_conto_Example_Italia_al_03-12-2026.pdf", [
        ("h", "Ferretti Trasporti S.p.A."), ("s", "Via dell'Industria 27 - 24040 Ciserano (BG) - P.IVA " + VAT["ferretti"]), "",
        ("b", "Estratto conto cliente al 03/12/2026"), "Cliente: Example Italia S.r.l. - P.IVA " + VAT["example_it"], "",
        "Documento        Data         Scadenza       Importo",
        "Fatt. 2026/1184  30/09/2026   30/10/2026     6.420,00",
        "Fatt. 2026/1236  15/10/2026   14/11/2026     3.915,50",
        ("b", "Totale scaduto                              10.335,50 EUR"), "",
        "Pagamento: bonifico bancario - Intesa Sanpaolo",
        "IBAN " + iban_print(BANK["ferretti"]) + " - BIC BCITITMM",
    ], title="Estratto conto", producer="TeamSystem", created="20261203101530+01'00'")
    return Msg("ferretti-sollecito-sospensione", "2026-12-03 10:22:18",
               _ferretti("FERRETTI-AMM02", "151.35.204.118"),
               ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), [S("galli")],
               "Sollecito di pagamento - fatture scadute n. 2026/1184 e 2026/1236",
               mixed(alt(text, "iso-8859-1", "quoted-printable", lang="it"), pdf),
               cc=[S("bernardi")], hcs="iso-8859-1", hmode="Q",
               what="The carrier's administration sends an urgent payment reminder threatening to suspend scheduled transports; confirms its bank details have NOT changed.",
               why="Genuine, although urgent with a supply-stop threat: real domain ferretti-trasporti.it via its Aruba mailbox from the office line, usual Intesa Sanpaolo IBAN, "
                   "refers to the customer's report of the fake bank-change mail and invites a phone check.",
               pair=[17])


def b18():
    text = """Buongiorno Sig. Bernardi,

Le confermo il trasporto richiesto:

Ritiro: martedì 20/10/2026 ore 8:30 - Example Italia S.r.l., Via Gustavo Fara 28, Milano (accesso carraio da Via Sammartini)
Consegna: stesso giorno entro le 12:00 - Cantiere Lotto B, Via Zanica, Bergamo - referente geom. Locatelli
Mezzo: furgone 35 q.li con sponda idraulica
Merce: n. 4 casse strumenti di rilievo (laser scanner e stazioni totali), n. 2 treppiedi, n. 1 cassa accessori - peso complessivo ca. 180 kg

In allegato il DDT precompilato: La prego di verificarlo e di firmarlo al ritiro. Le ricordo che per strumenti di valore superiore a EUR 50.000 è necessaria la dichiarazione di valore per l'assicurazione integrativa.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
%s""" % FERR_SIG
    pdf = att_pdf("DDT_2026-3317_Example_Italia.pdf", [
        ("h", "DOCUMENTO DI TRASPORTO n. 2026/3317"), ("s", "Ferretti Trasporti S.p.A. - P.IVA " + VAT["ferretti"]), "",
        "Mittente: Example Italia S.r.l., Via Gustavo Fara 28, 20124 Milano",
        "Destinatario: Example Italia S.r.l. c/o Cantiere Lotto B, Via Zanica, Bergamo", "",
        "Data ritiro: 20/10/2026      Causale: trasferimento attrezzature (non vendita)", "",
        "Colli  Descrizione                                   Peso kg",
        "4      Casse strumenti di rilievo                     132",
        "2      Treppiedi                                       18",
        "1      Cassa accessori                                 29", "",
        "Firma mittente ______________    Firma vettore ______________",
    ], title="DDT 2026/3317", producer="TeamSystem", created="20261019115804+02'00'")
    return Msg("ferretti-conferma-trasporto-ddt", "2026-10-19 12:04:37",
               _ferretti("FERRETTI-TRAF01", "151.35.204.118"),
               ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), [S("bernardi")],
               "Conferma trasporto 20/10 Milano - Bergamo cantiere Lotto B",
               mixed(alt(text, "iso-8859-1", "quoted-printable", lang="it"), pdf),
               hcs="iso-8859-1", hmode="Q",
               what="The carrier's traffic office confirms a transport of survey instruments to the Bergamo site with a delivery note.",
               why="Genuine operational mail from the real carrier domain via Aruba, concrete logistics details, expected PDF transport document, no payment or login.")


def b19():
    q = prev_mid("b19-q", "exchange")
    text = """Buongiorno Sig. Bernardi,

come da accordi Le invio la revisione 2 del computo metrico estimativo del Lotto B, aggiornata con le varianti alle opere in c.a. (fondazioni e vano scala) e con i nuovi prezzi del prezzario regionale 2026.

Rispetto alla rev. 1 l'importo lavori passa da EUR 1.184.320,50 a EUR 1.217.905,80 (+2,8 %%); le voci modificate sono evidenziate in giallo.

La revisione 3, con le quantità definitive dei solai, gliela mando entro fine mese.

Cordiali saluti
Ing. Paolo Marchetti
Studio Tecnico Marchetti
Via Borgo Palazzo 88 - 24125 Bergamo
tel. 035 242 871 - cell. 347 551 2093

Il 10/11/2026 09:14, Niccolò Bernardi <niccolo.bernardi@example.com> ha scritto:

> Buongiorno Ing. Marchetti,
> ci servirebbe la revisione 2 del computo per la riunione di cantiere di martedì.
> Grazie
> Niccolò Bernardi""" % ()
    pdf = att_pdf("Computo_metrico_Lotto_B_rev2.pdf", [
        ("h", "COMPUTO METRICO ESTIMATIVO - LOTTO B - REV. 2"), ("s", "Studio Tecnico Marchetti - Bergamo - 16/11/2026"), "",
        "Cap.  Descrizione                                      Importo EUR",
        "01    Scavi e movimenti terra                           84.210,00",
        "02    Opere in c.a. - fondazioni                       312.644,30",
        "03    Opere in c.a. - elevazioni e vano scala          288.917,60",
        "04    Solai e coperture                                241.380,00",
        "05    Murature e tramezzi                              126.553,90",
        "06    Impermeabilizzazioni e isolamenti                164.200,00",
        ("b", "      TOTALE LAVORI                                  1.217.905,80"), "",
        ("s", "Prezzi: Prezzario Regione Lombardia 2026. Voci modificate rispetto alla rev. 1 evidenziate."),
    ], title="Computo metrico Lotto B rev2", producer="PriMus by ACCA software", created="20261116143311+01'00'")
    return Msg("marchetti-computo-rev2", "2026-11-16 15:02:44", Libero(),
               ("Studio Tecnico Marchetti", "studio.marchetti@libero.it"), [S("bernardi")],
               "R: Computo metrico Lotto B – revisione 2",
               mixed(alt(text, "UTF-8", "quoted-printable", hstyle="generic", lang="it"), pdf),
               in_reply_to=q, references=q, hcs="UTF-8", hmode="B",
               what="The surveying subcontractor (on libero.it) sends revision 2 of the bill of quantities as PDF in reply to the project manager.",
               why="Genuine: the subcontractor's usual consumer mailbox and Libero webmail, reply in the real thread, specific figures, the expected PDF attachment, no link. "
                   "Same sender and infrastructure as the later compromise (attack with Canva link).",
               pair=[19])


def b20():
    text = """Ciao Niccolò, ciao IT,

vi scrivo dalla mia mail personale perché il portatile aziendale stamattina non si accende più: dopo l'aggiornamento di ieri sera resta lo schermo nero con la ventola al massimo. Ho già provato a tenerlo in carica e a fare il reset tenendo premuto il tasto di accensione, niente da fare.

Oggi lavoro da casa e uso il PC di casa solo per la posta via web (Outlook on the web con l'autenticatore, funziona). Domani mattina passo in ufficio e lascio il portatile a chi se ne occupa, così se serve lo spediamo a Monaco.

Niente di urgente lato contabilità: le registrazioni di fine mese le chiudo domani dal PC dell'ufficio.

Grazie e a domani,
Federica"""
    return Msg("portatile-rotto-mail-privata", "2026-11-02 08:07:12", Gmail(),
               ("Federica Galli", "federica.galli84@gmail.com"), [("IT Service Desk", "it-servicedesk@example.com")],
               "Portatile aziendale non si accende",
               alt(text, "UTF-8", "quoted-printable", hstyle="gmail", lang="it"),
               cc=[S("bernardi")],
               what="The Milan accountant writes from her private Gmail that her company laptop does not boot; she will bring it in tomorrow.",
               why="Genuine: colleague's private address used for an ordinary IT problem, no request for password reset, MFA change, money or data; plans to hand over the device in person.")


def b21():
    text = """Buongiorno Ing. Bernardi,

devo purtroppo segnalarLe formalmente che la relazione di calcolo strutturale e gli elaborati esecutivi delle opere in c.a. per il Lotto C di Brescia (Via Triumplina), contrattualmente previsti per il 16 ottobre, non ci sono ancora pervenuti.

Il ritardo ci impedisce di presentare la variante al Comune e di ordinare le armature; l'impresa di carpenteria ci ha già comunicato che, senza disegni entro il 6 novembre, perderemo la loro squadra fino a gennaio.

Vi ricordo che l'art. 9 del contratto di incarico prevede una penale dello 0,5 per mille del corrispettivo per ogni giorno di ritardo. Non è nostra intenzione applicarla, ma abbiamo bisogno entro venerdì di una data certa di consegna e del nome del responsabile che segue la commessa.

Resto disponibile per una call domani pomeriggio.

Cordiali saluti

Ing. Alessandra Riva
Direzione Tecnica
Costruzioni Lombarde S.r.l.
Via Cefalonia 55 - 25124 Brescia
tel. 030 221 4480"""
    return Msg("costruzioni-lombarde-reclamo-ritardo", "2026-10-27 16:48:05",
               ExchangeOnline(domain="costruzionilombarde.it", pod="PA4PR02MB6650", region="eurprd02", lang="it-IT",
                              helo="EUR02-VI1-obe.outbound.protection.outlook.com",
                              rdns="mail-vi1eur02on2064.outbound.protection.outlook.com", ip="40.107.241.64"),
               ("Alessandra Riva", "a.riva@costruzionilombarde.it"), [S("bernardi")],
               "Lotto C Brescia - ritardo relazione di calcolo e esecutivi c.a.",
               alt(text, "iso-8859-15", "quoted-printable", lang="it"),
               hcs="iso-8859-15", hmode="Q",
               what="A customer formally complains about late structural calculations and reminds of the contractual penalty.",
               why="Genuine complaint from the customer's own Microsoft 365 tenant, specific project facts and contract clause, asks for a date and a call; no link, payment or credential request.")


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
