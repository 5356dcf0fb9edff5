"""Italian messages: 5 attacks, 5 genuine."""
import base64
import random

from common import *  # noqa: F401,F403

NICCOLO = C.P('it_acc')
MARCO = C.P('it_sales')
FRANCESCA = C.P('it_mgr')
FERR_FOOT = 'Ferretti Trasporti S.p.A.\nVia dell\'Industria 48 - 29122 Piacenza (PC)\nTel. 0523 614 211 - P.IVA %s' % C.FERR_PIVA


# =========================================================== ATTACKS ======
def a_ferretti_iban():
    t = T('IT', 2026, 11, 16, 11, 26, 8)
    body = """Buongiorno Sig. Galli,

con la presente Vi comunichiamo che, a seguito di un riassetto dei rapporti bancari del nostro Gruppo, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - filiale di Milano
IBAN: %s
BIC: SELBIT2BXXX

Vi preghiamo di aggiornare le Vostre anagrafiche e di utilizzare le nuove coordinate già per il pagamento delle fatture n. 2026/FT/01877 e 2026/FT/01912 in scadenza a fine mese. Le coordinate precedenti presso Crédit Agricole non sono più operative e gli eventuali bonifici verranno respinti.

Per qualsiasi chiarimento restiamo a disposizione via e-mail, in quanto il nostro centralino è in fase di migrazione al nuovo sistema telefonico.

Cordiali saluti

Chiara Colombo
Ufficio Traffico e Amministrazione
""" % ids.fmt(C.FERR_FAKE) + FERR_FOOT + '\n'
    return Mail('ferretti-coordinate-bancarie-lookalike', t=t, frm=('Chiara Colombo', 'c.colombo@ferrettitrasporti.it'), to=NICCOLO,
                subject='Variazione coordinate bancarie - Ferretti Trasporti S.p.A.', hcs='UTF-8', henc='Q',
                body=text(body, 'utf-8', 'quoted-printable', label='UTF-8', params=[('format', 'flowed')]),
                profile=I.roundcube, pkw=dict(domain='ferrettitrasporti.it', mailhost='mail.ferrettitrasporti.it',
                                              vps_rdns='vps-3c7e1a42.vps.ovh.net', vps_ip='51.75.143.206', version='1.6.10'),
                what='Carrier bank-detail change from a look-alike domain: "Chiara Colombo" redirects two real Ferretti invoices to a Banca Sella account.',
                why='ferrettitrasporti.it (no hyphen) instead of ferretti-trasporti.it, Roundcube on an OVH VPS; the traffic planner (not accounts) announces it; old account "no longer operative", phone "being migrated", e-mail only - BEC pattern; compare business 17/20.')


def a_sdi_phishing():
    t = T('IT', 2026, 10, 13, 8, 41, 55)
    url = 'https://ivaservizi-agenziaentrate.fatture-portale.com/accesso/spid?idsdi=14972033618&r=%s' % base64.urlsafe_b64encode(b'niccolo.galli@example.com').decode().rstrip('=')
    body = """Gentile Contribuente,

il Sistema di Interscambio (SdI) ha rilevato errori nel file fattura trasmesso per conto di EXAMPLE ITALIA S.R.L. (P.IVA %s):

Identificativo SdI: 14972033618
Nome file: IT%s_0A7F3.xml
Codice errore: 00305 - 1.4.1.1.2 <IdCodice> del cessionario/committente non valido

Il documento è stato scartato e risulta NON emesso ai fini IVA. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 è necessario verificare e ritrasmettere il file entro 5 giorni dalla presente notifica.

Acceda al servizio Fatture e Corrispettivi con SPID, CIE o CNS per visualizzare il dettaglio dello scarto:

[Accedi a Fatture e Corrispettivi](%s)

Agenzia delle Entrate
Sistema di Interscambio - Servizio notifiche
""" % (C.EXG_IT_PIVA, C.EXG_IT_PIVA, url)
    esc = lambda s: s.replace('<', '&lt;').replace('>', '&gt;')
    parts = body.strip().split('\n\n')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1a1a1a">'
         '<div style="background:#0066cc;color:#fff;padding:12px 20px;font-size:18px"><b>Agenzia delle Entrate</b> | Fatture e Corrispettivi</div><div style="padding:20px">'
         + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in parts[:4])
         + '<p><a href="%s" style="background:#0066cc;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Accedi a Fatture e Corrispettivi</a></p>' % url
         + '<p style="font-size:12px;color:#555">Agenzia delle Entrate<br>Sistema di Interscambio - Servizio notifiche</p></div></body></html>\n')
    b = multi('alternative', [text(plain(body, 'colon'), 'iso-8859-1', 'quoted-printable', label='iso-8859-1'),
                              htmlpart(h, 'iso-8859-1', 'quoted-printable', label='iso-8859-1')])
    return Mail('sdi-fattura-scartata-phishing', t=t, frm=('Agenzia delle Entrate - SdI', 'noreply@hotelbelvedere-rimini.it'), to=NICCOLO,
                subject='Notifica di scarto - Fattura elettronica - Identificativo SdI 14972033618', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.cpanel_php, pkw=dict(server='s2.hostingsolutions-italia.it', server_ip='89.46.108.73', cpuser='belvede1',
                                               site='hotelbelvedere-rimini.it', script='/home/%s/public_html/wp-content/themes/belvedere/inc/mail-queue.php'),
                what='Italian e-invoicing phishing: fake SdI "notifica di scarto" asking to log in with SPID/CIE to a look-alike "Fatture e Corrispettivi" page.',
                why='SdI notifications arrive via PEC/the accredited channel, never from a hotel\'s WordPress (PHPMailer on shared cPanel); link to fatture-portale.com; penalty threat with 5-day deadline; credential harvesting of SPID.')


def a_libero_zip():
    t = T('IT', 2026, 11, 25, 14, 7, 21)
    old_t = T('IT', 2026, 10, 19, 16, 12, 0)
    old = """Buongiorno Sig. Rossi,

abbiamo ricevuto le foto, grazie. Il nostro laboratorio ha analizzato il campione del lotto 26-3814: come promesso Le faremo avere entro venerdì la relazione tecnica e, se confermato il difetto, la sostituzione delle 18 latte di smalto.

Cordiali saluti
Marco Esposito"""
    body = """Buongiorno,

in allegato la documentazione richiesta (fattura e DDT firmati).
Mi confermi la ricezione, grazie.

Cordiali saluti
Giuseppe Rossi
""" + quote_gmail('it', MARCO, old_t, old)
    z = attach.make_zip([('Fattura_1187_2026_DDT.pdf.js', PLACEHOLDER)], when=(2026, 11, 25, 13, 58, 0))
    b = multi('mixed', [text(body, 'UTF-8', 'quoted-printable', label='UTF-8'),
                        zip_att(z, 'Fattura_1187_2026.zip', note='plain ZIP; member Fattura_1187_2026_DDT.pdf.js (placeholder)')])
    return Mail('libero-compromesso-zip-protetto', t=t, frm=('Giuseppe Rossi', 'giuseppe.rossi71@libero.it'), to=MARCO,
                subject='R: Reclamo smalto bianco lotto 26-3814', irt='<4a7c19e02b3d4f58a6e1c07b92d8f314@EXCH02.corp.example.com>',
                refs='<1388201457.1620113.1792483200112@mail1.libero.it> <4a7c19e02b3d4f58a6e1c07b92d8f314@EXCH02.corp.example.com>',
                body=b, profile=I.libero, pkw=dict(client_ip='193.35.18.44'),
                what='Reply in an old complaint thread from the genuinely compromised libero.it mailbox of a small customer, with a ZIP archive containing a JavaScript file disguised as PDF.',
                why='Account takeover (submitted from 193.35.18.44, a foreign hosting IP, instead of the customer\'s usual Italian DSL); a customer sending "invoice and DDT" into his own complaint thread makes no sense, generic text, archive with a .pdf.js script (classic Italian malspam loader pattern).')


def a_teams_vishing():
    t = T('IT', 2026, 12, 2, 9, 48, 2)
    body = """Gentile Marco,

il nostro sistema di monitoraggio ha rilevato un volume anomalo di e-mail indesiderate in arrivo sulla Sua casella (oltre 3.000 messaggi nelle ultime ore), dovuto a un attacco di spam in corso contro alcuni utenti del gruppo.

Per bloccarlo è necessario applicare un filtro direttamente sul Suo PC. Entro 10 minuti un nostro tecnico La contatterà su Microsoft Teams dall'account "Help Desk | Example Group".

La preghiamo di:
1. accettare la chat/chiamata Teams del tecnico;
2. avviare Assistenza rapida (Quick Assist) premendo Ctrl + Windows + Q;
3. comunicare al tecnico il codice di sicurezza a 6 cifre che compare sullo schermo.

Non spenga il computer e non segnali i messaggi come spam fino al termine dell'intervento, per non compromettere l'analisi.

Grazie per la collaborazione.

Help Desk IT
Example Group - Supporto Europa
"""
    b = multi('alternative', [text(body, 'iso-8859-1', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-1', lang='IT'), 'iso-8859-1', 'quoted-printable')])
    return Mail('teams-vishing-quick-assist-helpdesk', t=t, frm=('Help Desk IT | Example Group', 'helpdesk.examplegroup@outlook.com'),
                to=MARCO, subject='Anomalia sulla Sua casella di posta - intervento del supporto IT', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.outlook_com, pkw=dict(srv='DB9P191MB2208', client_ip='185.213.155.71', lang='it-IT'),
                what='Remote-access vishing pretext after e-mail bombing: fake "Help Desk" announces a Teams call and asks the user to start Quick Assist and read out the code.',
                why='IT help desk on a consumer outlook.com address; Teams contact from an external tenant; Quick Assist hands over the desktop (Storm-1811/Black Basta playbook); asks not to report spam.')


def a_payslip_quishing():
    t = T('IT', 2026, 12, 10, 7, 31, 16)
    e = base64.urlsafe_b64encode(b'francesca.ricci@example.com').decode().rstrip('=')
    url = 'https://cedolini.portale-hr-dipendenti.info/doc/view?id=2611-4471&e=' + e
    doc = pdf([('h', 'Documento riservato - Cedolino paga 11/2026'), ('p', 'Example Italia S.r.l. - Ufficio Personale'), ('gap', 10),
               ('p', 'Gentile dipendente,\n\nil Suo cedolino di novembre 2026 e il prospetto della tredicesima mensilità sono disponibili. '
                     'Per ragioni di sicurezza (GDPR) il documento può essere aperto esclusivamente da dispositivo mobile.\n\n'
                     'Inquadri il codice QR con la fotocamera del Suo smartphone e acceda con le credenziali aziendali (Microsoft 365).'),
               ('gap', 8), ('qr', qr.encode(url, 'M'), 4.2),
               ('p', 'Codice documento: 2611-4471\nIl link scade dopo 24 ore dalla ricezione della presente comunicazione.'),
               ('gap', 20), ('s', 'Comunicazione generata automaticamente dal portale HR. Non rispondere a questa e-mail.')],
              'Cedolino 11-2026', 'Ufficio Personale', 'iText 5.5.13.3', 'Portale HR', t)
    body = """Gentile dipendente,

è disponibile il Suo cedolino di novembre 2026 con il conguaglio della tredicesima mensilità.

Per motivi di sicurezza il documento è allegato in formato protetto: aprire il PDF e seguire le istruzioni (accesso solo da smartphone).

Cordiali saluti
Ufficio Personale
Example Italia S.r.l.
"""
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'quoted-printable'), htmlpart(html_simple(body), 'utf-8', 'quoted-printable')]),
                        pdf_att(doc, 'Cedolino_11-2026_RICCI.pdf', note='vector QR code inside the PDF')])
    return Mail('cedolino-qr-code-pdf-quishing', t=t, frm=('Example Italia - Ufficio Personale', 'noreply@portale-hr-dipendenti.info'),
                to=FRANCESCA, subject='Cedolino novembre 2026 e tredicesima disponibili', body=b,
                profile=I.brevo, pkw=dict(account='5512093'),
                what='Quishing in a PDF: fake payslip notice whose attached PDF contains only a QR code to a Microsoft 365 credential page.',
                why='External bulk sender (Brevo) posing as the HR office; payslips are only in the intranet HR portal (see business 21); QR code inside a PDF to evade URL scanning and move the victim to an unmanaged phone; 24-hour expiry.')


def attacks():
    return [a_ferretti_iban(), a_sdi_phishing(), a_libero_zip(), a_teams_vishing(), a_payslip_quishing()]


# =========================================================== BUSINESS =====
def b_ferretti_invoice():
    t = T('IT', 2026, 11, 2, 10, 15, 37)
    body = """Spett.le Example Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/01877 del 31/10/2026 relativa ai trasporti del mese di ottobre (tratta Köln - Bologna, 9 viaggi a carico completo).

Vi ricordiamo che l'originale è stato trasmesso tramite Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Imponibile: € 14.860,00
IVA 22%%: € 3.269,20
Totale documento: € 18.129,20
Scadenza: 30/11/2026 (bonifico 30 gg d.f.)
IBAN: %s (Crédit Agricole Italia, filiale di Piacenza)

Distinti saluti

Ufficio Amministrazione
""" % ids.fmt(C.FERR) + FERR_FOOT + '\n'
    doc = pdf([('h', 'Ferretti Trasporti S.p.A.'), ('s', 'Via dell\'Industria 48 - 29122 Piacenza (PC) - P.IVA %s - REA PC-158321' % C.FERR_PIVA), ('gap', 14),
               ('p', 'Spett.le\nExample Italia S.r.l.\nVia del Lavoro 58\n40127 Bologna (BO)\nP.IVA %s' % C.EXG_IT_PIVA), ('gap', 6),
               ('b', 'FATTURA N. 2026/FT/01877 del 31/10/2026 - copia di cortesia'), ('rule',),
               ('row', [(50, 'Descrizione'), (340, 'Q.tà'), (400, 'Prezzo'), (470, 'Importo')]),
               ('row', [(50, 'Trasporto FTL Köln - Bologna, ottobre 2026'), (340, '9'), (400, '1.580,00'), (470, '14.220,00')]),
               ('row', [(50, 'Supplemento ADR (2 viaggi)'), (340, '2'), (400, '320,00'), (470, '640,00')]), ('rule',),
               ('row', [(340, 'Imponibile'), (470, '14.860,00')]), ('row', [(340, 'IVA 22%'), (470, '3.269,20')]), ('row', [(340, 'Totale €'), (470, '18.129,20')]),
               ('gap', 8), ('p', 'Pagamento: bonifico bancario 30 gg d.f. - scadenza 30/11/2026\nIBAN %s - Crédit Agricole Italia S.p.A.' % ids.fmt(C.FERR)),
               ('s', 'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area riservata del sito dell\'Agenzia delle Entrate.')],
              'Fattura 2026/FT/01877', 'Ferretti Trasporti', 'TeamSystem', 'TeamSystem', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1252', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1252', lang='IT'), 'windows-1252', 'quoted-printable')]),
                        pdf_att(doc, 'Fattura_2026-FT-01877.pdf')])
    return Mail('ferretti-fattura-cortesia', t=t, frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
                to=NICCOLO, subject='Invio copia di cortesia fattura n. 2026/FT/01877 del 31/10/2026', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='ferretti-trasporti.it', smtp_style='aruba', client_name='AMM-PC02', client_ip='151.76.42.118'),
                what='Genuine courtesy copy of the carrier\'s monthly invoice (original via SdI).',
                why='Real domain via Aruba\'s outgoing SMTP from an Italian IP, IBAN unchanged (Crédit Agricole, as on file), amounts and route consistent, reference to SdI original.',
                pair=(['ferretti-coordinate-bancarie-lookalike'], 'Same carrier and same invoice numbers the attacker names; genuine domain and unchanged bank account.'))


def b_google_alert():
    t = T('IT', 2026, 11, 18, 19, 2, 41)
    body = """Nuovo accesso su Google Pixel 8

marco.esposito@examplegroup.eu

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Google Pixel 8. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

Controlla l'attività
https://accounts.google.com/AccountChooser?Email=marco.esposito@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1795028561000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-6581077214352211418%%26et%%3D0

Puoi anche vedere l'attività relativa alla sicurezza all'indirizzo
https://myaccount.google.com/notifications

Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""".replace('%%', '%')
    b = multi('alternative', [text(body, 'UTF-8', 'base64', label='"UTF-8"', params=[('format', 'flowed'), ('delsp', 'yes')]),
                              htmlpart(html_branded([('h', 'Nuovo accesso su Google Pixel 8'), 'marco.esposito@examplegroup.eu',
                                                     body.split('\n\n')[2], ('btn', "Controlla l'attività", body.split('\n\n')[3].split('\n')[1]),
                                                     'Puoi anche vedere l\'attività relativa alla sicurezza all\'indirizzo\n[https://myaccount.google.com/notifications](https://myaccount.google.com/notifications)'],
                                                    brand='#1a73e8', logo_text='Google', footer=body.split('\n\n')[-1]),
                                       'UTF-8', 'quoted-printable', label='"UTF-8"')])
    return Mail('google-avviso-nuovo-accesso', t=t, frm=('Google', 'no-reply@accounts.google.com'), to=MARCO,
                subject='Avviso di sicurezza', body=b, profile=I.google_notify, notif_type='127',
                what='Genuine Google security alert (new sign-in on a Pixel phone) for the Google account tied to the sales rep\'s work address.',
                why='Sent by Google\'s notification infrastructure (mail-sor, gaia.bounces.google.com), links only to accounts.google.com / myaccount.google.com, no action demanded.')


def b_customer_complaint():
    t = T('IT', 2026, 10, 16, 18, 52, 9)
    body = """Buonasera Sig. Esposito,

Le scrivo per segnalare un problema serio con lo smalto all'acqua bianco satinato (latte da 2,5 lt, lotto 26-3814) che ci avete consegnato il 22 settembre con DDT n. 4418.

Lo abbiamo usato per le porte interne e gli infissi di un appartamento a Carpi: dopo neanche tre settimane le superfici si stanno ingiallendo, soprattutto vicino ai termosifoni. Il cliente finale è furioso e vuole che ridipingiamo tutto. Le mando in allegato una foto fatta oggi.

Mi serve una risposta entro la settimana prossima, altrimenti mi vedo costretto a rivolgermi a un altro fornitore e a chiedervi il rimborso del materiale e della manodopera.

Distinti saluti
Giuseppe Rossi
Impresa Edile Rossi - Modena
cell. 347 881 2093
"""
    b = multi('mixed', [text(body, 'UTF-8', 'quoted-printable', label='UTF-8'),
                        png_att(png.photo_png('porta-carpi', base=(232, 230, 222), blotch=(226, 212, 160)), 'IMG-20261016-WA0007.png')])
    return Mail('reclamo-cliente-smalto-ingiallito', t=t, frm=('Giuseppe Rossi', 'giuseppe.rossi71@libero.it'), to=MARCO,
                subject='Reclamo smalto bianco lotto 26-3814', body=b, profile=I.libero, pkw=dict(client_ip='79.31.44.120'),
                what='Genuine complaint from a small building contractor on libero.it about yellowing enamel, with a photo and a threat to switch supplier.',
                why='Known customer from his usual libero.it webmail and Italian consumer IP (Telecom Italia), concrete batch and delivery note, photo as PNG, no link or payment instruction.',
                pair=(['libero-compromesso-zip-protetto'], 'Same sender address and thread that the attacker later hijacks; this original has a photo instead of a script archive and is sent from the customer\'s own line.'))


def b_ferretti_cmr():
    t = T('IT', 2026, 11, 11, 15, 33, 12)
    body = """Buongiorno Francesca,

Vi confermo lo scarico di domani, giovedì 12/11, presso il Vostro magazzino di Bologna: l'autista (Marius Popescu, trattore FP 417 GZ / semirimorchio XA 882 LK) arriverà tra le 7:30 e le 8:00 anziché alle 10:00 come previsto, perché il carico da Köln è stato anticipato.

Si tratta di 33 bancali (ordine di trasporto OT-26-4471, CMR n. 0884217 in allegato). Vi chiedo cortesemente di avvisare il magazzino e di restituirci la CMR firmata e timbrata anche via e-mail.

Per urgenze l'autista è raggiungibile al +40 744 318 205, io sono in ufficio fino alle 18.

Grazie e buona giornata

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Tel. 0523 614 230
"""
    cmr = pdf([('h', 'CMR - Lettera di vettura internazionale'), ('s', 'Convenzione CMR - Ginevra 19.05.1956'), ('gap', 8),
               ('row', [(50, '1 Mittente'), (200, 'Example Group GmbH, Emil-Hoffmann-Straße 41, 50996 Köln, DE')]),
               ('row', [(50, '2 Destinatario'), (200, 'Example Italia S.r.l., Via del Lavoro 58, 40127 Bologna, IT')]),
               ('row', [(50, '3 Luogo di consegna'), (200, 'Bologna (BO), Italia')]),
               ('row', [(50, '4 Luogo/data presa'), (200, 'Köln, 10.11.2026')]),
               ('row', [(50, '6-9 Merce'), (200, '33 bancali pitture e vernici all\'acqua, 18.412 kg lordi')]),
               ('row', [(50, '16 Vettore'), (200, 'Ferretti Trasporti S.p.A., Piacenza - FP 417 GZ / XA 882 LK')]),
               ('row', [(50, 'N. CMR'), (200, '0884217 - OT-26-4471')]), ('gap', 30),
               ('row', [(50, '22 Firma mittente'), (220, '23 Firma vettore'), (400, '24 Firma destinatario')])],
              'CMR 0884217', 'Ferretti Trasporti', 'TeamSystem', 'TeamSystem', t)
    b = multi('mixed', [multi('alternative', [text(body, 'iso-8859-15', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'iso-8859-15', lang='IT'), 'iso-8859-15', 'quoted-printable')]),
                        pdf_att(cmr, 'CMR_0884217_OT-26-4471.pdf')])
    return Mail('ferretti-scarico-cmr', t=t, frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=FRANCESCA,
                cc=[C.P('log')], subject='Scarico Bologna 12/11 - anticipo orario - CMR 0884217', hcs='iso-8859-15', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='ferretti-trasporti.it', smtp_style='aruba', client_name='TRAFFICO-03', client_ip='151.76.42.118'),
                what='Genuine transport coordination from the carrier\'s traffic planner with the CMR consignment note as PDF.',
                why='Real address via Aruba from the carrier\'s usual IP, operational detail (truck plates, pallets, CMR), logistics manager in cc, no payment topic.',
                pair=(['ferretti-coordinate-bancarie-lookalike'], 'Same person (Chiara Colombo) as impersonated by the look-alike; genuine domain and purely operational content.'))


def b_payslip_notice():
    t = T('IT', 2026, 12, 9, 12, 4, 51)
    body = """Ciao a tutti,

vi informo che da venerdì 11 dicembre i cedolini di novembre e il prospetto della tredicesima saranno disponibili sul portale HR, come sempre in Intranet > Il mio profilo > Documenti.

Vi ricordo che il cedolino NON viene mai inviato come allegato e non si apre tramite QR code: l'accesso avviene solo dalla Intranet con le normali credenziali aziendali. Se ricevete e-mail di "cedolini disponibili" da indirizzi esterni, non apriteli e inoltrateli a security@example.com.

Il bonifico degli stipendi sarà eseguito con valuta 15 dicembre.

Buona giornata
Francesca

Francesca Ricci
Office Manager
Example Italia S.r.l. - Via del Lavoro 58, 40127 Bologna
Tel. +39 051 634 120
"""
    b = multi('alternative', [text(body, 'iso-8859-1', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-1', lang='IT'), 'iso-8859-1', 'quoted-printable')])
    return Mail('cedolini-disponibili-intranet', t=t, frm=FRANCESCA, to=('Tutti Bologna', 'tutti-bologna@example.com'), rcpt=MARCO[1],
                subject='Cedolini novembre e tredicesima disponibili da venerdì', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.exchange_internal, pkw=dict(host='EXCH02', lang='it-IT', client_ip='10.60.2.31'),
                what='Genuine internal notice from the Italian office manager that payslips are available in the intranet HR portal.',
                why='Internal Exchange -> mail-int01 path, no link or attachment, explicitly warns about external payslip e-mails and QR codes.',
                pair=(['cedolino-qr-code-pdf-quishing'], 'Same payslip topic in the same week; internal sender, no attachment, no QR code, no login link.'))


def business():
    return [b_ferretti_invoice(), b_google_alert(), b_customer_complaint(), b_ferretti_cmr(), b_payslip_notice()]
