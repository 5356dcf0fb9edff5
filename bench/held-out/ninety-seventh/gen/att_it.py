"""Attack messages, Italian (5)."""
import hops
import ids
from assets import pdf_att, zip_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, gmail_html, simple_html, esc


def m17():
    text = """Gentile Contribuente,

a seguito del controllo automatizzato ai sensi dell'art. 36-bis del D.P.R. 600/1973 della dichiarazione modello 770/2026 (periodo d'imposta 2025) presentata da EXAMPLE GROUP ITALIA S.R.L., sono emerse irregolarità nei versamenti delle ritenute alla fonte sui redditi di lavoro dipendente.

Importo complessivamente dovuto: euro 8.412,37 (imposta, interessi e sanzione ridotta a un terzo).

La comunicazione completa con il dettaglio dei versamenti contestati è allegata in formato protetto, ai sensi della normativa sulla riservatezza dei dati fiscali. Per aprire il documento utilizzare la password: AdE4471

Entro 30 giorni dal ricevimento della presente è possibile fornire chiarimenti o segnalare eventuali elementi non considerati, oppure regolarizzare la posizione beneficiando della riduzione della sanzione.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale II di Milano
Ufficio Controlli - Area Imposte Dirette
"""
    z = zip_att("Comunicazione_2026_4471_MI.zip",
                [("Comunicazione_2026_4471_MI.pdf.js", "// placeholder - inert evaluation stub\n")],
                password="AdE4471", seed="it-ade-zip")
    inf = hops.aruba(client_ip="41.216.188.77", webmail=True, n=20)
    inf.desc = "compromised Aruba mailbox of ferramentabrambilla.it via Roundcube webmail from 41.216.188.77"
    return Mail("ade-irregolarita-zip-password", "it", local(2026, 11, 5, 10, 27, "IT"),
                ("Agenzia delle Entrate", "amministrazione@ferramentabrambilla.it"), [S("it_acc")],
                "Comunicazione di irregolarità n. 2026/4471/MI - art. 36-bis D.P.R. 600/1973", inf,
                Body(plain=text, charset="utf-8", cte="quoted-printable", flowed=True),
                atts=[z], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Tax-office malspam: fake 'Agenzia delle Entrate' irregularity notice with a password-protected ZIP (ZipCrypto) containing a .pdf.js script.",
                why="The AdE sends such notices via PEC/cassetto fiscale, never as encrypted ZIP from a hardware store's Aruba mailbox (compromised, webmail login from an African IP); password in the body defeats content scanning; double extension .pdf.js is a script dropper (inert placeholder here).")


def m18():
    text = """Buongiorno dott. Esposito,

facendo seguito al nostro estratto conto al 31/10, Vi informiamo che a causa della migrazione dei sistemi informatici di BPER Banca il nostro conto dedicato agli incassi è temporaneamente bloccato per le operazioni in entrata fino al completamento della verifica.

Vi preghiamo pertanto di disporre il pagamento delle fatture scadute (n. 2026/1187 del 30/09 - € 4.880,00; n. 2026/1243 del 15/10 - € 6.710,00) e delle successive sulle nuove coordinate:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Intesa Sanpaolo - Filiale di Lodi
IBAN: %s
BIC: BCITITMM

In allegato la comunicazione firmata dal nostro amministratore delegato. Vi chiediamo cortesemente di inviarci la contabile del bonifico appena disposto, così da poter confermare i viaggi programmati per la prossima settimana.

Per qualsiasi chiarimento rispondete pure a questa mail: in questi giorni sono spesso in trasferta e difficilmente raggiungibile al telefono.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Artigianato 18 - 26900 Lodi (LO)
""" % fmt_iban(ids.FERRETTI_MULE)
    pdf = pdf_att("Comunicazione_variazione_IBAN_Ferretti.pdf", [
        "FERRETTI TRASPORTI S.p.A.", "Via dell'Artigianato 18 - 26900 Lodi (LO)", "P.IVA 09876540157", "",
        "Spett.le EXAMPLE GROUP ITALIA S.R.L.", "Via Gallarate 215 - 20151 Milano", "",
        "Lodi, 02/11/2026", "",
        "Oggetto: variazione coordinate bancarie", "",
        "Con la presente Vi comunichiamo che, con decorrenza immediata, tutti i",
        "pagamenti a nostro favore dovranno essere effettuati esclusivamente sul",
        "seguente conto corrente:", "",
        "Banca: Intesa Sanpaolo S.p.A. - Filiale di Lodi",
        "IBAN:  " + fmt_iban(ids.FERRETTI_MULE), "BIC:   BCITITMM", "",
        "Le coordinate precedenti non sono più valide.", "",
        "Distinti saluti", "", "L'Amministratore Delegato", "Roberto Ferretti"],
        title="Variazione IBAN", author="Amministrazione", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")
    inf = hops.postfix_host("VPS OVH", "mail.ferretti-trasporti.com", "vps-3b1f5a2c.vps.ovh.net", "51.178.46.201",
                            "mail.ferretti-trasporti.com", submit_from="unknown", submit_ip="185.107.56.204",
                            mailer=("X-Mailer", "Microsoft Outlook 16.0"), bstyle="outlook_desktop",
                            msgid_fn=lambda ctx: "<000001db%s$%s$%s$@ferretti-trasporti.com>" % tuple("".join(ctx.rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 8, 8)),
                            desc="Postfix on an OVH VPS for the look-alike domain ferretti-trasporti.com, forged Outlook X-Mailer")
    return Mail("ferretti-iban-lookalike", "it", local(2026, 11, 3, 9, 14, "IT"),
                ("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), [S("it_acc")],
                "R: Estratto conto Ferretti Trasporti al 31/10/2026 - nuove coordinate bancarie", inf,
                Body(plain=text, html=outlook_html(text, lang="IT"), charset="windows-1252", cte="quoted-printable"),
                cc=[S("it_mgr")], atts=[pdf], hdr_cs="windows-1252", hdr_enc="Q", hdr_label="windows-1252",
                what="Carrier bank-detail change from a look-alike of Ferretti Trasporti (.com instead of .it) asking to pay overdue invoices to a new Intesa Sanpaolo IBAN.",
                why="ferretti-trasporti.com is not the carrier's domain (ferretti-trasporti.it, on-prem Exchange); sent from an OVH VPS with a forged Outlook X-Mailer; 'account blocked after bank migration', wants the payment receipt, discourages phone calls; IBAN differs from the one on genuine Ferretti invoices.")


def m19():
    link = "https://pref-milano-vigilanza.it/portale/accesso-spid?pratica=MI-134-2026-0917"
    text = """Spett.le EXAMPLE GROUP ITALIA S.R.L.
Istituto di vigilanza privata - licenza ex art. 134 T.U.L.P.S.

Oggetto: verifica periodica dei requisiti - pratica n. MI-134-2026-0917

Si comunica che, ai sensi degli artt. 134 e seguenti del T.U.L.P.S. e del D.M. 1 dicembre 2010, n. 269, è stato avviato il procedimento di verifica periodica dei requisiti organizzativi e professionali dell'Istituto.

Il legale rappresentante o un suo delegato è tenuto ad accedere al Portale Istituti di Vigilanza tramite SPID o CIE entro 10 giorni dal ricevimento della presente e a caricare la seguente documentazione:

- elenco aggiornato delle guardie particolari giurate con estremi dei decreti di nomina;
- copia della polizza assicurativa per la responsabilità civile;
- DURC in corso di validità.

Accesso al portale: %s

In mancanza di riscontro nel termine indicato, l'Ufficio procederà ai sensi dell'art. 10 T.U.L.P.S. con l'avvio del procedimento di sospensione della licenza.

Prefettura - Ufficio Territoriale del Governo di Milano
Area I - Ordine e Sicurezza Pubblica
Ufficio Licenze Istituti di Vigilanza
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Titillium Web\',Arial,sans-serif;font-size:14px">'
            '<div style="background:#0066cc;color:#fff;padding:14px 20px;font-size:17px">Prefettura - U.T.G. di Milano</div><div style="padding:18px 24px;max-width:680px">'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:5])
            + '<p><a href="%s" style="background:#0066cc;color:#fff;padding:10px 18px;text-decoration:none">Entra con SPID</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[6:])
            + "</div></body></html>")
    inf = hops.postfix_host("DigitalOcean droplet", "pref-milano-vigilanza.it", "unknown", "46.101.212.87",
                            "pref-milano-vigilanza.it", bstyle="phpmailer",
                            mailer=("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                            msgid_fn=lambda ctx: "<%s@pref-milano-vigilanza.it>" % "".join(ctx.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(43)),
                            desc="Postfix/PHPMailer on a DigitalOcean droplet without rDNS, domain pref-milano-vigilanza.it")
    return Mail("prefettura-licenza-spid", "it", local(2026, 11, 19, 11, 40, "IT"),
                ("Prefettura di Milano - Ufficio Licenze", "ufficio.licenze@pref-milano-vigilanza.it"), [S("it_mgr")],
                "Verifica periodica requisiti istituto di vigilanza - pratica MI-134-2026-0917 - riscontro entro 10 giorni", inf,
                Body(plain=text, html=html, charset="utf-8", cte="base64"), hdr_cs="utf-8", hdr_enc="B", hdr_label="UTF-8",
                what="SPID/CIE credential phishing impersonating the Prefettura di Milano's licensing office for private security institutes (art. 134 TULPS).",
                why="Government communication from pref-milano-vigilanza.it (the Prefettura uses interno.gov.it and PEC), sent by PHPMailer from a DigitalOcean host without rDNS; 'Entra con SPID' links to a fake identity-provider page on the same domain; licence-suspension threat with a 10-day deadline. Highly trade-specific lure.")


def m20():
    link = "https://hrportal-examplegroup.it/cedolini/login?u=davide.conti%40example.com&doc=2026-11"
    text = """Gentile dipendente,

è disponibile il cedolino paga del mese di novembre 2026 comprensivo della tredicesima mensilità, insieme alla comunicazione sulle variazioni dell'addizionale regionale per il 2027.

Per motivi di riservatezza i documenti non vengono più inviati come allegato. La preghiamo di accedere al portale HR con le Sue credenziali aziendali Microsoft 365 entro il 05/12/2026 e di confermare la presa visione:

%s

Dopo tale data il documento verrà archiviato e l'accredito della tredicesima potrebbe subire ritardi.

Cordiali saluti
Ufficio Personale - Amministrazione del personale
Example Group Italia S.r.l.
""" % link
    inf = hops.sendgrid(ip="167.89.101.236", rdns="o3.ptr8834.hrportal-examplegroup.it")
    return Mail("cedolino-portale-hr", "it", local(2026, 11, 30, 7, 5, "IT"),
                ("Ufficio Personale Example Group", "noreply@hrportal-examplegroup.it"), [S("it_ops")],
                "Cedolino di novembre 2026 e tredicesima: documento disponibile", inf,
                Body(plain=text, html=simple_html(text), charset="iso-8859-1", cte="quoted-printable"),
                hdr_cs="iso-8859-1", hdr_enc="Q", hdr_label="iso-8859-1",
                what="Payroll-themed credential phishing: 'HR portal' says the November payslip and 13th salary are available only after logging in with Microsoft 365 credentials.",
                why="External domain hrportal-examplegroup.it through SendGrid instead of the internal HR notice via mail-int01 (compare the genuine payslip notice, which points to the Zucchetti app and never asks for M365 credentials); prefilled address in the link; threat of delayed 13th salary.")


def m21():
    text = """Buongiorno,

mi chiamo Alessandro Ferri, ho 34 anni e sono guardia particolare giurata con decreto prefettizio in corso di validità e porto d'armi per difesa personale. Ho lavorato sei anni presso un istituto di vigilanza di Monza occupandomi di piantonamento fisso, pronto intervento su allarme e servizi di scorta valori.

Ho visto il vostro annuncio per guardie giurate su Milano e provincia (turni notturni, servizio ispettivo) e vorrei propormi per la posizione. Sono automunito e disponibile da subito, anche su turnazioni festive.

In allegato trovate il curriculum e la copia del decreto di nomina e del porto d'armi; ho dovuto comprimerli in un unico archivio perché i file erano troppo grandi per la mail.

Resto a disposizione per un colloquio.

Cordiali saluti
Alessandro Ferri
Cell. 347 118 2093
"""
    z = zip_att("CV_Alessandro_Ferri_GPG.zip",
                [("CV_Alessandro_Ferri_GPG.pdf.lnk", "placeholder - inert evaluation stub (shortcut)\n"),
                 ("Decreto_nomina_e_porto_armi.pdf.lnk", "placeholder - inert evaluation stub (shortcut)\n")],
                seed="it-cv-zip", when=(2026, 11, 24, 18, 2, 10))
    inf = hops.gmail(n=41, ip_last=41, helo_prefix="mail-ed1-f", net="209.85.208")
    return Mail("candidatura-cv-zip-lnk", "it", local(2026, 11, 24, 18, 9, "IT"),
                ("Alessandro Ferri", "alessandro.ferri.gpg@gmail.com"), [S("it_ops")],
                "Candidatura guardia particolare giurata - Milano e provincia", inf,
                Body(plain=text, html=gmail_html(text), charset="utf-8", cte="quoted-printable"),
                atts=[z], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Malware via fake job application: a well-written application as armed security guard with a ZIP holding two .pdf.lnk shortcut files.",
                why="Security firms receive many real applications (good pretext), but the 'CV' and 'licence copies' are Windows shortcut files disguised as PDFs (.pdf.lnk) inside an archive - a common initial-access technique (LNK launching PowerShell/mshta). Inert placeholders here.")


def messages():
    return [m17(), m18(), m19(), m20(), m21()]
