"""Attack messages, Italian (5)."""

from codes import iban_print
from company import S, BANK
from core import Msg, alt, plain, mixed, att_svg, prev_mid, html_of
from systems import OwnPostfix, Aruba, Libero, Brevo


def a17():
    text = """Gentile Dott.ssa Galli,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a partire dalla data odierna i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Wise Europe SA – Bruxelles
IBAN: %s
BIC/SWIFT: TRWIBEB1XXX

Il conto presso Intesa Sanpaolo è al momento sottoposto a verifica da parte dell'istituto nell'ambito di un controllo fiscale e non può ricevere accrediti fino a nuova comunicazione. Eventuali bonifici disposti sulle vecchie coordinate verranno respinti.

Vi chiediamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre entro venerdì il pagamento delle fatture scadute n. 2026/1184 (€ 6.420,00) e n. 2026/1236 (€ 3.915,50), inviandoci copia della contabile del bonifico.

Per qualsiasi chiarimento potete rispondere a questa e-mail: l'ufficio amministrativo è temporaneamente raggiungibile solo per posta elettronica.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 – 24040 Ciserano (BG)
P.IVA IT02817460161""" % iban_print(BANK["ferretti_fake"])
    return Msg("ferretti-variazione-iban-lookalike", "2026-11-25 12:18:40",
               OwnPostfix(server="mail.ferretti-trasporti.com", server_ip="51.75.143.208",
                          server_rdns="vps-4f2a91c3.vps.ovh.net", client="outlook",
                          client_helo="DESKTOP-L0R3N2O", client_ip="193.32.249.133", zone="CET"),
               ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"), [S("galli")],
               "Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.",
               alt(text, "windows-1252", "quoted-printable", lang="it"),
               hcs="windows-1252", hmode="Q",
               what="'Ferretti Trasporti' administration announces new bank details (Wise, Belgium) and asks to pay two overdue invoices there by Friday.",
               why="Carrier bank-detail-change BEC: look-alike ferretti-trasporti.com (real: ferretti-trasporti.it) on an OVH VPS, an Italian S.p.A. suddenly paid via a Belgian fintech account, "
                   "'tax audit' excuse, reachable only by e-mail, payment deadline and request for the transfer receipt. Contrast business/17 (genuine reminder from the real carrier).",
               technique="BEC carrier bank change; look-alike domain (VPS)")


def a18():
    url = "https://agenziaentrate-cassettofiscale.it.com/spid/login?esito=00305&file=IT09231180960_a8K3x"
    text = """Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il file fattura IT09231180960_a8K3x.xml (fattura n. 2026/0871 del 08/10/2026) per il seguente motivo:

Codice errore 00305 – IdFiscaleIVA del cessionario/committente non valido

Il dettaglio della notifica di scarto e le istruzioni per la ritrasmissione sono riportati nel documento allegato, consultabile previa autenticazione con SPID o CIE.

Si ricorda che la fattura scartata si considera non emessa: per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/1997 il file corretto deve essere ritrasmesso entro 5 giorni.

Agenzia delle Entrate
Divisione Contribuenti – Fatturazione elettronica"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="420" viewBox="0 0 640 420">
  <rect width="640" height="420" fill="#ffffff" stroke="#c9c9c9"/>
  <rect width="640" height="64" fill="#0066cc"/>
  <text x="24" y="40" font-family="Titillium Web, Arial" font-size="22" fill="#ffffff">Agenzia delle Entrate</text>
  <text x="24" y="108" font-family="Arial" font-size="18" fill="#1a1a1a">Notifica di scarto – Sistema di Interscambio</text>
  <text x="24" y="144" font-family="Arial" font-size="14" fill="#333">File: IT09231180960_a8K3x.xml – Fattura n. 2026/0871</text>
  <text x="24" y="168" font-family="Arial" font-size="14" fill="#333">Esito: SCARTATA – Codice 00305</text>
  <text x="24" y="204" font-family="Arial" font-size="13" fill="#555">Per visualizzare il dettaglio e ritrasmettere la fattura</text>
  <text x="24" y="222" font-family="Arial" font-size="13" fill="#555">accedere all'area riservata con SPID o CIE entro 5 giorni.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="24" y="252" width="260" height="48" rx="4" fill="#0066cc"/>
    <text x="46" y="282" font-family="Arial" font-size="16" fill="#ffffff">Entra con SPID / CIE</text>
  </a>
  <text x="24" y="392" font-family="Arial" font-size="10" fill="#999">Agenzia delle Entrate – Via Giorgione 106 – 00147 Roma – C.F. 06363391001</text>
</svg>
""" % (url.replace("&", "&amp;"), url.replace("&", "&amp;"))
    return Msg("agenzia-entrate-scarto-sdi-svg", "2026-10-13 09:41:16",
               Aruba(client="none", client_helo="[10.0.2.15]", client_ip="103.178.236.49"),
               ("Agenzia delle Entrate – Fatturazione Elettronica", "info@termoidraulicabrembana.it"), [S("galli")],
               "Notifica di scarto SdI – fattura n. 2026/0871 – codice 00305",
               mixed(plain(text, "utf-8", "quoted-printable"), att_svg("Notifica_scarto_SDI_2026-0871.svg", svg)),
               hcs="utf-8", hmode="B",
               what="'Agenzia delle Entrate' says an e-invoice was rejected by SdI; details in an SVG attachment that asks for SPID/CIE login.",
               why="Tax-office / e-invoicing phishing: SdI outcomes are delivered to the sender's channel (PEC/intermediary), not by e-mail from a plumbing company's Aruba mailbox; "
                   "the SVG attachment contains a clickable button to a look-alike .it.com site imitating the SPID/CIE login; sanction threat and 5-day deadline.",
               technique="SVG attachment with link; credential phishing: national tax office (Agenzia delle Entrate, SdI e-invoicing); compromised small-business mailbox")


def a19():
    q = prev_mid("a19-q", "exchange")
    url = "https://studiomarchetti-documenti.my.canva.site/computo-lotto-b"
    text = """Buonasera,

vi ho condiviso i documenti aggiornati del computo metrico e le tavole di rilievo.
Cliccate sul link qui sotto per visualizzarli e scaricarli.

[[VISUALIZZA DOCUMENTI|%s]]

Cordiali saluti
Paolo Marchetti

Il 16/11/2026 15:02, Niccolò Bernardi <niccolo.bernardi@example.com> ha scritto:

> Buongiorno Ing. Marchetti,
> grazie per la revisione 2. Ci può mandare entro fine mese anche la revisione 3 con le quantità aggiornate delle opere in c.a. del Lotto B?
> Cordiali saluti
> Niccolò Bernardi""" % url
    return Msg("marchetti-libero-compromesso-canva", "2026-11-30 19:22:55", Libero(),
               ("Studio Tecnico Marchetti", "studio.marchetti@libero.it"), [S("bernardi")],
               "R: Computo metrico Lotto B – revisione 3",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="paren", lang="it"),
               cc=[S("galli")], in_reply_to=q, references=q, hcs="UTF-8", hmode="B",
               what="The subcontractor's real libero.it mailbox replies in an existing thread with a 'view documents' link.",
               why="Compromised partner mailbox: the genuine address and Libero infrastructure, but instead of the usual PDF attachment (business/19) a generic link to a Canva-hosted page, "
                   "text that does not fit the request (no revision number, 'tavole di rilievo'), sent in the evening to two recipients - the landing page is a credential-phishing page.",
               technique="thread hijack (compromised consumer mailbox); abused genuine service (Canva sites)")


def a20():
    url = "https://inarcassa-servizi.it/iol/login?cf=BRNNCL81M12F205D&rif=DICH2025"
    text = """Gentile Ing. Niccolò Bernardi,

dai controlli incrociati effettuati sulla dichiarazione reddituale relativa all'anno 2025 (Dich. 2025) risulta un conguaglio contributivo non versato pari a € 1.284,60.

Per evitare l'irrogazione delle sanzioni previste dal Regolamento Generale Previdenza e la sospensione del certificato di regolarità contributiva – necessario per la partecipazione alle gare pubbliche e per l'incasso dei compensi dalle Pubbliche Amministrazioni – La invitiamo a regolarizzare la posizione entro il 15/11/2026.

Può verificare l'importo e procedere al pagamento tramite PagoPA accedendo a Inarcassa On line con SPID o CIE:

[[Accedi a Inarcassa On line|%s]]

Cordiali saluti

Inarcassa
Cassa Nazionale di Previdenza ed Assistenza per gli Ingegneri ed Architetti Liberi Professionisti
Servizio Riscossione Contributi""" % url
    return Msg("inarcassa-irregolarita-contributiva", "2026-10-29 08:33:47",
               Brevo(bounce_domain="mail.inarcassa-servizi.it"),
               ("Inarcassa – Servizi agli iscritti", "comunicazioni@inarcassa-servizi.it"), [S("bernardi")],
               "Inarcassa: irregolarità contributiva – regolarizzazione entro il 15/11/2026",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", lang="it"),
               hcs="UTF-8", hmode="Q",
               what="'Inarcassa' (pension fund of Italian engineers and architects) reports unpaid contributions and asks to log in with SPID/CIE.",
               why="Trade-specific credential phishing: look-alike inarcassa-servizi.it via Brevo, threat to suspend the contribution-regularity certificate needed for public tenders, "
                   "fake 'Inarcassa On line' SPID/CIE login with the victim's tax code in the URL.",
               technique="credential phishing: trade-specific portal (Inarcassa, SPID); bulk ESP (Brevo)")


def a21():
    text = """Gentile Dott.ssa Galli,

mi presento: sono l'Avv. Marco De Angelis e assisto la Example Group GmbH, su incarico diretto del Dott. Matthias Köhler, nell'operazione di acquisizione di una società di ingegneria lombarda (nome in codice "Operazione Ponte"). Il Dott. Köhler mi ha indicato Lei come referente per gli adempimenti amministrativi in Italia.

L'operazione è coperta da un accordo di riservatezza e, trattandosi di informazioni privilegiate ai sensi del Regolamento (UE) 596/2014, non può essere discussa con altri colleghi, né in Italia né in Germania, fino all'annuncio ufficiale previsto per lunedì.

Per la firma del preliminare è necessario costituire oggi il deposito cauzionale di € 148.500,00 sul conto vincolato (escrow) aperto dal nostro studio per l'operazione:

Beneficiario: DA & Partners – Compte séquestre Opération Ponte
Banca: BNP Paribas, Paris
IBAN: %s
BIC: BNPAFRPPXXX
Causale: Deposito cauzionale Op. Ponte – rif. DA/2026/0419

La prego di confermarmi per e-mail l'esecuzione del bonifico con data valuta odierna. Il Dott. Köhler è in riunione con la controparte per tutta la giornata e Le scriverà personalmente a operazione conclusa.

Distinti saluti

Avv. Marco De Angelis
De Angelis & Partners – Studio Legale
Corso Venezia 16 – 20121 Milano | Via Nassa 21 – 6900 Lugano""" % iban_print(BANK["lawyer_fake"])
    return Msg("avvocato-operazione-ponte-escrow", "2026-10-09 11:12:05",
               OwnPostfix(server="mail.deangelis-legal.com", server_ip="185.244.130.77", server_rdns=None,
                          client="thunderbird", client_helo="[192.168.1.41]", client_ip="89.187.185.170", zone="CET"),
               ("Avv. Marco De Angelis", "m.deangelis@deangelis-legal.com"), [S("galli")],
               "Riservato – Operazione Ponte – deposito cauzionale",
               plain(text, "UTF-8", "8bit", flowed=True),
               hcs="UTF-8", hmode="Q",
               what="A 'lawyer' acting for the CEO in the confidential 'Operazione Ponte' asks the Milan accountant to wire EUR 148,500 to an escrow account today.",
               why="Fake-lawyer BEC (sequel of attack/02, same 'Projekt Ponte' story): unknown law firm on a new domain whose server has no reverse DNS, invokes the CEO and insider-information secrecy "
                   "to forbid verification, urgent six-figure transfer to a French account, CEO 'unreachable'.",
               technique="fake lawyer / CEO fraud (BEC); look-alike law-firm domain (VPS)")


def messages():
    return [a17(), a18(), a19(), a20(), a21()]
