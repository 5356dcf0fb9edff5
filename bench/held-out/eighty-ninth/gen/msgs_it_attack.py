"""Italian attack messages (attack/17-21)."""
from lib import *
import infra as I

FOLDER = "attack"
PIVA_IT = B.it_piva("0428713023")


def _a17():
    link = "https://new.express.adobe.com/webpage/Xy7Qm3Lr9TnWp"
    quoted = """Il 19/11/2026 09:12 Lorenzo Galli ha scritto:
> Buongiorno Chiara,
>
> vi confermo i ritiri della settimana 48 come da calendario: lunedì e giovedì
> Bardolino/Lazise, martedì Peschiera e Sirmione, venerdì giro Verona centro.
> Per la clinica di Negrar servirebbe un secondo passaggio il mercoledì, riuscite?
>
> Grazie e buona giornata
> Lorenzo Galli
> Example Textilservice Italia S.r.l. - Verona"""
    md = """Buongiorno Lorenzo,

per il secondo passaggio del mercoledì a Negrar nessun problema. Approfitto per inviarvi il documento aggiornato con il listino 2027 e il nuovo calendario dei ritiri, così lo potete controllare prima della firma di dicembre.

Il file è troppo pesante per l'allegato, lo trovate qui:
[Ferretti_Trasporti_Listino_Calendario_2027.pdf](%s)

Per motivi di riservatezza il documento si apre dopo aver confermato l'indirizzo e-mail aziendale.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 37135 Verona
Tel. +39 045 820 1147""" % link
    plain_md = md + "\n\n" + quoted
    html_md = md
    body = Alt(Text(__import__("htmlgen").plain(plain_md), "utf-8", "quoted-printable"),
               Html(__import__("htmlgen").html(html_md, "utf-8", "simple").replace(
                   "</body>", "<blockquote type=\"cite\" style=\"padding:0 0.4em;border-left:#1010ff 2px solid;margin:0\">%s</blockquote>\n</body>" %
                   __import__("html").escape("\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in quoted.split("\n")[1:])).replace("\n", "<br>\n")),
                   "utf-8", "quoted-printable"))
    return M(n=17, lang="it", slug="thread-hijack-ferretti-casella-compromessa",
             infra=I.aruba(mua="webmail"), date="2026-11-20 17:48:26",
             frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("lorenzo.galli")],
             subject="Re: Ritiri biancheria settimana 48 - secondo passaggio Negrar",
             in_reply_to="9b2d4c7e1f0a4e6c8d3b5a7f2e1c0d94@EXMBX01.corp.example.com",
             references=["9b2d4c7e1f0a4e6c8d3b5a7f2e1c0d94@EXMBX01.corp.example.com"], body=body, ctx={"pc": "webmail"},
             what="Thread hijack from the genuinely compromised mailbox of the carrier's sales contact: a real reply in an ongoing thread adds a link to a '2027 price list' that needs a corporate e-mail login.",
             why="Real partner address and real thread, but sent through Aruba webmail (Chiara normally uses Outlook desktop, see business/18), after business hours, with a pivot to an unsolicited document on Adobe Express (abused genuine service) that gates on 'confirm your corporate e-mail', i.e. credential harvesting.")


def _a18():
    link = "https://fatturazione-sdi-agenzia.it/area-riservata/accesso?cf=%s&rif=26FE0912" % PIVA_IT
    md = """Gentile Contribuente,

la informiamo che la fattura elettronica n. **2026/FE/0912** del 26/10/2026, trasmessa per conto di EXAMPLE TEXTILSERVICE ITALIA S.R.L. (P.IVA %s), è stata **scartata** dal Sistema di Interscambio.

Codice errore: **00305** – IdFiscaleIVA del cessionario/committente non valido
Identificativo SdI: 15493887120

Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 la fattura deve essere ritrasmessa entro 5 giorni dalla data della presente notifica.

Può consultare la ricevuta di scarto e ritrasmettere il documento accedendo all'area riservata con SPID o CIE.

BTN: Accedi con SPID | %s

Cordiali saluti
Agenzia delle Entrate – Servizio Fatture e Corrispettivi""" % (PIVA_IT, link)
    return M(n=18, lang="it", slug="sdi-fattura-scartata-spid-phishing",
             infra=I.brevo(tz="IT"), date="2026-10-29 10:34:51",
             frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@fatturazione-sdi-agenzia.it"), to=[S("francesca.rinaldi")],
             subject="Notifica di scarto SdI – fattura n. 2026/FE/0912 (codice 00305)",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="Agenzia delle Entrate", color="#0066cc",
                      footer="Messaggio generato automaticamente, si prega di non rispondere."),
             what="Credential phishing posing as the Agenzia delle Entrate / Sistema di Interscambio: an e-invoice 'rejected', log in with SPID/CIE within 5 days.",
             why="Sender domain fatturazione-sdi-agenzia.it is not agenziaentrate.gov.it; SdI delivers rejection receipts through the transmission channel (PEC/web service), not as marketing e-mail via Brevo; SPID button points to a look-alike site; sanction threat and deadline.")


SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">
  <rect width="820" height="560" fill="#ffffff"/>
  <rect width="820" height="70" fill="#0066cc"/>
  <text x="32" y="46" font-family="Titillium Web, Arial, sans-serif" font-size="30" font-weight="700" fill="#ffffff">pagoPA</text>
  <text x="32" y="120" font-family="Arial, sans-serif" font-size="22" font-weight="700" fill="#17324d">AVVISO DI PAGAMENTO – SOLLECITO</text>
  <text x="32" y="160" font-family="Arial, sans-serif" font-size="16" fill="#17324d">Ente creditore: Comune di Verona – Servizio Tributi</text>
  <text x="32" y="188" font-family="Arial, sans-serif" font-size="16" fill="#17324d">Oggetto: TARI 2026 – utenza non domestica (lavanderia industriale) – 2ª rata</text>
  <text x="32" y="216" font-family="Arial, sans-serif" font-size="16" fill="#17324d">Codice avviso: 3020 0000 4471 8825 12</text>
  <text x="32" y="256" font-family="Arial, sans-serif" font-size="18" font-weight="700" fill="#c62828">Importo da pagare: 2.847,60 € (incl. maggiorazione)</text>
  <text x="32" y="284" font-family="Arial, sans-serif" font-size="15" fill="#5c6f82">Scadenza originaria 30/09/2026 – pagamento entro 5 giorni per evitare l'iscrizione a ruolo</text>
  <a xlink:href="https://pagopa-avvisi-comune.com/paga?avviso=302000004471882512" href="https://pagopa-avvisi-comune.com/paga?avviso=302000004471882512" target="_blank">
    <rect x="32" y="320" width="260" height="54" rx="6" fill="#0066cc"/>
    <text x="70" y="354" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#ffffff">PAGA ORA ONLINE</text>
  </a>
  <text x="32" y="430" font-family="Arial, sans-serif" font-size="13" fill="#5c6f82">Puoi pagare con carta, conto corrente o app di pagamento aderenti al circuito pagoPA.</text>
</svg>
"""


def _a19():
    text = """Gentile contribuente,

in allegato l'avviso di pagamento pagoPA relativo alla seconda rata TARI 2026 (utenza non domestica), risultante non pagata alla scadenza del 30/09/2026.

Per evitare l'iscrizione a ruolo e le ulteriori sanzioni, il pagamento deve essere effettuato entro 5 giorni dal ricevimento della presente. Può aprire l'avviso con il browser e pagare direttamente online.

Distinti saluti
Comune di Verona - Servizio Tributi
"""
    body = Mixed(Text(text, "iso-8859-1", "quoted-printable"), svg_att("Avviso_pagoPA_302000004471882512.svg", SVG))
    return M(n=19, lang="it", slug="pagopa-tari-allegato-svg",
             infra=I.cpanel_phpmailer("srv2.hostingvr-cloud.it", "srv2.hostingvr-cloud.it", "89.46.108.77", "studiodentisticorossi-vr.it", tz="IT", user="studioro"),
             date="2026-11-03 08:05:19", frm=("pagoPA - Avvisi di pagamento", "info@studiodentisticorossi-vr.it"), to=[S("lorenzo.galli")],
             subject="Sollecito avviso di pagamento TARI 2026 - codice avviso 3020 0000 4471 8825 12",
             body=body,
             what="SVG-attachment phishing: a 'pagoPA' overdue waste-tax (TARI) notice as an SVG image with a 'PAGA ORA' link.",
             why="Sent through a compromised dentist's website (PHPMailer/cPanel) under a pagoPA display name; the SVG contains a clickable link to a look-alike payment site (SVG used to bypass image/link filtering); municipalities send avvisi via PEC/app IO, not as SVG. Attachment is inert (no script).")


def _a20():
    ib = BANK["ferretti_fake"]
    text = """Spett.le Example Textilservice Italia S.r.l.,
alla c.a. Ufficio Amministrazione

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria del gruppo, a partire dal 01/11/2026 i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul nuovo conto intestato a Ferretti Trasporti S.p.A. presso la nostra banca di appoggio per le operazioni intra-UE.

Nuove coordinate bancarie:
Beneficiario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC: REVOESM2

Vi preghiamo di aggiornare l'anagrafica fornitori e di disporre già sul nuovo conto il pagamento delle fatture n. 2026/1093 e 2026/1141 in scadenza. Il vecchio conto presso Banco BPM non sarà più operativo per gli incassi.

In allegato la comunicazione firmata dall'Amministratore Delegato.

Per qualsiasi chiarimento restiamo a disposizione via e-mail.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 37135 Verona
P.IVA 02817430239
""" % B.fmt_iban(ib)
    letter = [(15, True, "FERRETTI TRASPORTI S.p.A."), "Via dell'Industria 18 - 37135 Verona - P.IVA 02817430239", "",
              "Verona, 27/10/2026", "", (12, True, "Oggetto: variazione coordinate bancarie"), "",
              "Con la presente si comunica che dal 01/11/2026 le nuove coordinate per i pagamenti sono:", "",
              "IBAN: " + B.fmt_iban(ib), "BIC: REVOESM2", "Intestatario: Ferretti Trasporti S.p.A.", "",
              "Le precedenti coordinate non sono piu' valide.", "", "L'Amministratore Delegato", "Giovanni Ferretti"]
    body = Mixed(Text(text, "windows-1252", "quoted-printable"),
                 pdf_att("Comunicazione_variazione_IBAN_Ferretti.pdf", letter, title="Variazione coordinate", producer="Microsoft® Word 2019"))
    return M(n=20, lang="it", slug="ferretti-lookalike-variazione-iban",
             infra=I.postfix_server("mail.ferretti-trasporti.com", "vps-5c1e2a7b.vps.ovh.net", "51.91.207.34", tz="IT", mua="outlook16"),
             date="2026-10-28 11:22:08", frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.com"),
             to=[S("francesca.rinaldi")], cc=[S("lorenzo.galli")],
             subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", body=body, content_lang="it",
             what="Carrier bank-detail change: 'Ferretti Trasporti' asks to pay two due invoices to a new Spanish (Revolut) IBAN.",
             why="Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it) on an OVH VPS; foreign IBAN for an Italian carrier; pending invoices redirected; contact by e-mail only. Genuine Ferretti invoice: business/17.")


def _a21():
    text = """Gentile Cliente,

il nostro sistema antifrode ha sospeso in via cautelativa un bonifico SEPA istantaneo disposto oggi alle 08:52 dal Suo conto aziendale:

Importo: 14.870,00 EUR
Beneficiario: LOGISTIC SOLUTIONS KFT
Causale: Saldo fattura 2026/311

Se ha autorizzato Lei l'operazione non deve fare nulla: il bonifico verrà eseguito entro le ore 13:00.

Se NON riconosce l'operazione, contatti subito il Servizio Antifrode Imprese al numero 02 8718 4412 (attivo 24 ore su 24) indicando il codice pratica AF-88217. Un operatore la guiderà nel blocco definitivo e nella messa in sicurezza delle credenziali.

Per la Sua sicurezza non risponda a questa e-mail.

Intesa Sanpaolo S.p.A.
Servizio Antifrode - Inbiz
"""
    return M(n=21, lang="it", slug="intesa-inbiz-callback-antifrode",
             infra=I.ses(region="eu-south-1", ipnet="23.251.232", prefix="0107", tz="IT"), date="2026-12-03 09:12:40",
             frm=("Intesa Sanpaolo Inbiz", "antifrode@inbiz-intesasanpaolo-alert.com"), to=[S("francesca.rinaldi")],
             subject="Bonifico di 14.870,00 EUR sospeso - verifica richiesta (pratica AF-88217)",
             body=Text(text, "utf-8", "base64"),
             what="Callback phishing (TOAD) posing as Intesa Sanpaolo's business banking anti-fraud desk: a suspended SEPA transfer, call a Milan number.",
             why="Look-alike domain via Amazon SES; no link at all (evades URL scanning) but a phone number where a fake operator harvests Inbiz credentials/OTPs; alarming amount and deadline.")


MESSAGES = [_a17(), _a18(), _a19(), _a20(), _a21()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
