# -*- coding: utf-8 -*-
"""Attack messages 17-21 (Italian)."""
from msgkit import *  # noqa: F401,F403

# message ids of the genuine thread with Caseificio Val Padana (see business_it)
CVP_ORIG = "<00a601dd6a47$1c2e9b40$54b3d1c0$@caseificiovalpadana.it>"
CVP_REPLY = "<a3c51f0e9d7b4e2f8c1a6b5d4e3f2a10@EXCH01.ad.example.com>"


@message("attack", 17, "it", "ferretti-variazione-iban-lookalike",
         "Carrier bank-detail change: 'Chiara Colombo' of Ferretti Trasporti asks to pay invoice 1874/2026 and all following ones to a Lithuanian account; PDF 'confirmation letter'",
         "Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it) on an OVH VPS; 'account frozen by a tax audit' pretext; new IBAN in Lithuania (e-money institution) for an Italian S.p.A.; asks not to use the old details and to send the payment slip",
         pair="business 17",
         note="Genuine invoice comes from amministrazione@ferretti-trasporti.it via Aruba with the usual Intesa Sanpaolo IBAN and the SdI reference")
def a17():
    p = infra.SMTPHost(mua="outlook", software="postfix", host="mail.ferretti-trasporti.com",
                       host_ip="51.75.143.20", rdns="vps-3b1e22c4.vps.ovh.net", lang_tag="it")
    iban = P("mule_it17")
    txt = """Gentile Francesca,

facendo seguito alla nostra fattura n. 1874/2026 del 30/10/2026 (trasporto ADR Milano–Colonia, € 5.941,40 IVA inclusa), Le comunichiamo che a seguito di una verifica dell'Agenzia delle Entrate il nostro conto presso Intesa Sanpaolo è temporaneamente vincolato e non può ricevere accrediti.

Per evitare ritardi La preghiamo di disporre il saldo della fattura in oggetto, e di quelle successive fino a nuova comunicazione, sulle seguenti coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC: REVOLT21

Si tratta del conto operativo della nostra filiale estera; la lettera di conferma firmata dall'amministratore è in allegato. La preghiamo di non utilizzare più le vecchie coordinate e di inviarci la contabile del bonifico a pagamento avvenuto.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 42 – 26013 Crema (CR)
Tel. +39 0373 204 118
""" % iban
    pdf = pdf_att([("FERRETTI TRASPORTI S.p.A.", "h"), "Via dell'Industria 42 - 26013 Crema (CR) - P.IVA " + VAT["ferretti"][2:], "",
                   "Spett.le Example Group Italia S.r.l.", "Via Gallarate 184 - 20151 Milano", "",
                   ("Oggetto: variazione coordinate bancarie", "b"), "",
                   "Con la presente Vi comunichiamo che, con decorrenza immediata, tutti i pagamenti a",
                   "favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente su:", "",
                   "IBAN " + iban + "   BIC REVOLT21", "",
                   "Le precedenti coordinate non sono più valide.", "",
                   "Crema, 04/11/2026", "L'Amministratore Delegato", "Giancarlo Ferretti"],
                  "Variazione_coordinate_bancarie_Ferretti.pdf", title="Variazione IBAN",
                  author="Amministrazione", creator="Microsoft Word", date="D:20261104170100+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "windows-1252", "IT"), "windows-1252", "quoted-printable"), pdf])
    return make("a17", p, bt(2026, 11, 5, 9, 12, 44), "c.colombo@ferretti-trasporti.com", S("it_acc")[1],
                ("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), S("it_acc"),
                "R: Fattura n. 1874/2026 - comunicazione nuove coordinate bancarie", body, replies=1,
                user_ip="51.75.143.20", user_rdns="vps-3b1e22c4.vps.ovh.net", user_lan="10.0.0.12",
                lang_tag="it", hdr_cs="windows-1252", hdr_enc="Q")


@message("attack", 18, "it", "agenzia-entrate-zip-password",
         "'Agenzia delle Entrate' notice of VAT irregularities (EUR 3,812.44) with a password-protected ZIP (ZipCrypto) holding 'Comunicazione_irregolarita_0Y4531.pdf.vbs'",
         "Tax-office display name on a compromised engineering studio's Aruba mailbox; the tax office uses PEC / cassetto fiscale and never mails encrypted archives; password in the body to defeat scanning; double extension .pdf.vbs (placeholder)",
         pair="business 18",
         note="Genuine F24/tax mail comes from the external accountant's own domain with a plain PDF and no password")
def a18():
    p = infra.SMTPHost(mua="ox", software="aruba", host="smtpdh13-1.aruba.it", host_ip="62.149.155.164",
                       rdns="smtpdh13-1.aruba.it", helo="smtpdh13-1.aruba.it")
    txt = """Gentile contribuente,

a seguito del controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025), ai sensi dell'art. 54-bis del D.P.R. 633/72, sono emerse irregolarità nei versamenti per un importo complessivo di € 3.812,44, comprensivo di sanzioni e interessi.

La comunicazione completa con il dettaglio degli importi e le modalità per regolarizzare la posizione beneficiando della riduzione delle sanzioni è contenuta nell'archivio allegato.

Per motivi di riservatezza il documento è protetto da password: AdE4531

Il termine per la regolarizzazione è di 30 giorni dal ricevimento della presente comunicazione.

Agenzia delle Entrate
Direzione Provinciale II di Milano - Ufficio Controlli
"""
    z = zip_att([("Comunicazione_irregolarita_0Y4531.pdf.vbs", A.PLACEHOLDER)],
                "Comunicazione_0Y4531_2026.zip", password="AdE4531", seed="a18", when=(2026, 10, 21, 8, 2, 30))
    body = multipart("mixed", [text(txt, "plain", "iso-8859-15", "quoted-printable"), z])
    return make("a18", p, bt(2026, 10, 21, 8, 19, 6), "info@studiotecnicobellini.it", S("it_mgr")[1],
                ("Agenzia delle Entrate", "info@studiotecnicobellini.it"), S("it_mgr"),
                "Comunicazione di irregolarità n. 0Y4531/2026 - Example Group Italia S.r.l.", body,
                user_ip="45.134.26.91", user_lan="192.168.1.5", hdr_cs="iso-8859-15", hdr_enc="Q")


@message("attack", 19, "it", "thread-hijack-caseificio-onedrive",
         "Thread hijack: the customer's real mailbox (Caseificio Val Padana) replies in the genuine contract-renewal thread with a 'OneDrive' link for the signed order and audit report",
         "Genuinely compromised customer account: sent from the hoster's webmail via a foreign VPN IP instead of the customer's usual Outlook; quotes the real thread, but the promised attachments are replaced by a link to caseificiovalpadana-my.sharepoint-docs.com (not sharepoint.com); urgency 'confirm today'",
         pair="business 19",
         note="Same sender address; genuine message comes from Outlook via Aruba SMTP from the dairy's Italian IP and carries the real attachment")
def a19():
    p = infra.SMTPHost(mua="roundcube", software="aruba", host="smtpdh19-2.aruba.it", host_ip="62.149.155.192",
                       rdns="smtpdh19-2.aruba.it", msgid_domain="caseificiovalpadana.it")
    url = "https://caseificiovalpadana-my.sharepoint-docs.com/:f:/g/personal/m_rinaldi/EkX4cQp2Z8xLr1Yw7nT0bV3s?e=Hq81Vd"
    txt = """Buongiorno Niccolò,

grazie per l'offerta aggiornata. Le invio l'ordine d'acquisto firmato e il capitolato per le sedi di Cremona e Soresina, insieme al verbale dell'audit BRC con le osservazioni sul piano di monitoraggio.

Essendo i file pesanti li ho caricati sulla nostra area OneDrive:

Visualizza documenti (3 file, 18,4 MB)
%s

Mi conferma la ricezione entro oggi? Così passo la pratica all'amministrazione per la firma del contratto.

Cordiali saluti
Marco Rinaldi
Responsabile Qualità
Caseificio Val Padana S.r.l.

Il 05/11/2026 11:20 Niccolò Ferrara ha scritto:
> Gentile Marco,
> in allegato l'offerta aggiornata con le 12 visite annuali, il monitoraggio
> elettronico delle trappole nelle aree di stagionatura e il trattamento
> preventivo contro gli insetti striscianti nel magazzino imballaggi.
> Resto a disposizione per un incontro in stabilimento.
> Cordiali saluti
> Niccolò Ferrara
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            "<p>Buongiorno Niccolò,</p>\n<p>grazie per l'offerta aggiornata. Le invio l'ordine d'acquisto firmato e il capitolato per le sedi di Cremona e Soresina, insieme al verbale dell'audit BRC con le osservazioni sul piano di monitoraggio.</p>\n"
            "<p>Essendo i file pesanti li ho caricati sulla nostra area OneDrive:</p>\n"
            '<p><a href="%s" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Visualizza documenti (3 file, 18,4 MB)</a></p>\n'
            "<p>Mi conferma la ricezione entro oggi? Così passo la pratica all'amministrazione per la firma del contratto.</p>\n"
            "<p>Cordiali saluti<br />Marco Rinaldi<br />Responsabile Qualità<br />Caseificio Val Padana S.r.l.</p>\n"
            "<p>Il 05/11/2026 11:20 Niccolò Ferrara ha scritto:</p>\n<blockquote type=\"cite\" style=\"padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0\">"
            "Gentile Marco,<br />in allegato l'offerta aggiornata con le 12 visite annuali, il monitoraggio elettronico delle trappole nelle aree di stagionatura e il trattamento preventivo contro gli insetti striscianti nel magazzino imballaggi.<br />Resto a disposizione per un incontro in stabilimento.<br />Cordiali saluti<br />Niccolò Ferrara</blockquote>\n"
            "</body></html>\n") % esc(url)
    body = alt(txt, html, "UTF-8", "quoted-printable", quote=False, flowed=True)
    return make("a19", p, bt(2026, 11, 18, 16, 52, 30), "m.rinaldi@caseificiovalpadana.it", S("it_mgr")[1],
                ("Marco Rinaldi", "m.rinaldi@caseificiovalpadana.it"), S("it_mgr"),
                "R: Rinnovo contratto disinfestazione 2027", body,
                in_reply_to=CVP_REPLY, references=CVP_ORIG + "\n " + CVP_REPLY, replies=2,
                user_ip="154.47.22.180", user_lan="10.64.1.7", lang_tag="it", hdr_cs="UTF-8", hdr_enc="Q",
                extra=[("Organization", "Caseificio Val Padana S.r.l.")])


@message("attack", 20, "it", "aruba-rinnovo-dominio-brevo",
         "'Aruba.it' says the renewal of the domain examplegroup.eu failed and hosting + mail will be suspended unless the card is updated (EUR 30.49)",
         "Sent through Brevo from aruba-servizi-rinnovo.it (not aruba.it), link behind Brevo tracking to a payment page; small amount + service-suspension threat is the classic Italian Aruba phish; the group's domains are not managed by the Italian office")
def a20():
    p = infra.ESP(kind="brevo")
    track = "https://xzq4p.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OiGsF31ELgWMa7qEQ3pR8kX2Lz/aR7pT0qVc9wY"
    txt = """Gentile Cliente,

non è stato possibile addebitare il rinnovo annuale dei servizi associati al dominio examplegroup.eu (Hosting Linux Easy + Posta elettronica) sul metodo di pagamento registrato.

Importo: € 30,49 IVA inclusa
Scadenza servizi: 12/11/2026

Per evitare la sospensione del dominio e delle caselle di posta aggiorna il metodo di pagamento entro la data di scadenza:
%s

Trascorsa la scadenza il dominio entrerà in stato di redemption e il ripristino avrà un costo aggiuntivo.

Cordiali saluti,
Aruba S.p.A.
Via San Clemente 53 - 24036 Ponte San Pietro (BG)
""" % track
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f0f0f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6600;padding:14px 20px;color:#fff;font-size:22px;font-weight:bold">aruba.it</td></tr>
<tr><td style="padding:22px">
<p>Gentile Cliente,</p>
<p>non è stato possibile addebitare il rinnovo annuale dei servizi associati al dominio <b>examplegroup.eu</b> (Hosting Linux Easy + Posta elettronica) sul metodo di pagamento registrato.</p>
<p>Importo: <b>€ 30,49</b> IVA inclusa<br>Scadenza servizi: <b>12/11/2026</b></p>
<p>Per evitare la sospensione del dominio e delle caselle di posta aggiorna il metodo di pagamento entro la data di scadenza.</p>
<p style="text-align:center"><a href="%s" style="background:#ff6600;color:#fff;padding:11px 28px;text-decoration:none;font-weight:bold">RINNOVA ORA</a></p>
<p style="font-size:12px;color:#777">Trascorsa la scadenza il dominio entrerà in stato di redemption e il ripristino avrà un costo aggiuntivo.</p>
<p style="font-size:12px;color:#777">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)</p>
</td></tr></table>
<img src="https://xzq4p.r.sp1-brevo.net/tr/op/Bx2hD9kq0Lm4RfT7" width="1" height="1" alt="">
</body></html>
""" % esc(track)
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("a20", p, bt(2026, 11, 9, 8, 3, 27), "noreply@aruba-servizi-rinnovo.it", S("it_acc")[1],
                ("Aruba.it", "noreply@aruba-servizi-rinnovo.it"), S("it_acc"),
                "Rinnovo non riuscito: examplegroup.eu scade il 12/11/2026", body)


@message("attack", 21, "it", "helpdesk-teams-quick-assist",
         "Remote-access vishing set-up: 'Help Desk IT - Example Group' tells a field lead that his mailbox is under mail-bombing and that a technician will call via Teams from an external support tenant; he must start Quick Assist and read out the code",
         "Internal IT persona on a free outlook.com address; mail-bombing + Teams call + Quick Assist is the known ransomware-operator playbook; real IT never works from an external tenant nor asks for Quick Assist codes unsolicited")
def a21():
    p = infra.Webmail(kind="outlookcom")
    txt = """Ciao Davide,

il filtro antispam sta ricevendo centinaia di messaggi indirizzati alla tua casella (iscrizioni a newsletter e conferme di registrazione): si tratta di un attacco di tipo mail bombing ancora in corso.

Per bloccarlo dobbiamo applicare manualmente una regola sul tuo PC. Un tecnico ti contatterà nei prossimi minuti su Microsoft Teams dall'account «Help Desk IT» (tenant di supporto esterno) oppure sul cellulare aziendale.

Ti chiediamo di:
- accettare la chat o la chiamata Teams;
- avviare Assistenza rapida (Quick Assist) premendo Ctrl + Windows + Q;
- comunicare al tecnico il codice di sicurezza a 6 cifre che ti verrà mostrato.

L'intervento dura circa 10 minuti. Non spegnere il PC nel frattempo.

Grazie per la collaborazione,
Service Desk IT – Example Group
Ticket INC0048213
"""
    body = alt(txt, html_outlook(txt, "utf-8", "IT"), "utf-8", "quoted-printable")
    return make("a21", p, bt(2026, 11, 26, 14, 7, 19), "helpdesk.examplegroup@outlook.com", S("it_tech")[1],
                ("Help Desk IT - Example Group", "helpdesk.examplegroup@outlook.com"), S("it_tech"),
                "Ticket INC0048213 - attività anomala sulla tua casella", body, lang_tag="it-IT")
