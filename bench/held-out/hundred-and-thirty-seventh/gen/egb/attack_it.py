"""attack/17-21: Italian-language attacks."""
from . import archive, company, docs, ids, mime, pec, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822
from .h import S, setup, meta, urls, mid_m365, mid_gmail, mid_exchange, pdf_meta, outlook_quote_header, mid_apple
from .registry import message

FERR = company.FERR
FERR_SRV, FERR_POD = 'PA4PR07MB7411', 'eurprd07'


def ferretti_sig(name='Chiara Colombo', role='Ufficio Amministrazione Clienti', phone='+39 045 858 1294'):
    return ('%s\n%s\n\nFerretti Trasporti S.p.A.\nVia dell\'Industria 44 – 37066 Sommacampagna (VR)\nTel. %s – www.ferretti-trasporti.it\n'
            'P.IVA IT%s\n\nLe informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.\n'
            % (name, role, phone, FERR['piva']))


@message('attack', 17, 'it', 'ferretti-compromesso-variazione-iban')
def a17(m):
    dg = S('davide.gasperi')
    t1 = local('Europe/Rome', 2026, 11, 19, 16, 2)
    t2 = local('Europe/Rome', 2026, 11, 20, 9, 41)
    sent = local('Europe/Rome', 2026, 11, 23, 10, 12, 37)
    mid1 = mid_m365(m, FERR_SRV, FERR_POD)
    mid2 = mid_exchange(m, 'EXCH01')
    setup(m, ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [(dg['name'], dg['addr'])],
          'R: Estratto conto Ferretti Trasporti al 31/10/2026 – fattura %s' % shared.FERR_INV, sent, zone='Europe/Rome',
          irt=mid2, refs=[mid1, mid2])
    m.ms_server, m.ms_pod = FERR_SRV, FERR_POD
    m.msgid = mid_m365(m, FERR_SRV, FERR_POD)
    iban = ids.it_iban('03268', '10001', '052841937610')
    amount = shared.fmt(shared.FERR_GROSS)
    new = ('Buongiorno Davide,\n\n'
           'grazie per la conferma. Ti scrivo per avvisarti che, a seguito di una verifica fiscale in corso, il nostro conto presso '
           'Banco BPM è temporaneamente vincolato e non possiamo ricevere accrediti fino alla chiusura della pratica (prevista a fine gennaio).\n\n'
           'Ti chiedo quindi di effettuare il pagamento della fattura %s e delle prossime fatture sul conto di appoggio che ti riporto qui '
           'sotto e nella comunicazione ufficiale in allegato:\n\n'
           'Intestatario: Ferretti Trasporti S.p.A.\nBanca: Banca Sella S.p.A.\nIBAN: %s\n\n'
           'L\'importo da saldare resta invariato (€ %s). Ti sarei grata se potessi confermarmi la data prevista del bonifico e inviarmi '
           'la contabile appena disponibile, così la collega può chiudere la posizione.\n\n'
           'Per qualsiasi cosa scrivimi pure qui, in questi giorni sono spesso fuori ufficio per l\'inventario.\n\n'
           'Grazie e buona giornata\n\n' % (shared.FERR_INV, ids.iban_fmt(iban), amount)) + ferretti_sig()
    q1 = outlook_quote_header('it', 'Gasperi Davide <davide.gasperi@example.com>', t2, 'Chiara Colombo <c.colombo@ferretti-trasporti.it>',
                              'R: Estratto conto Ferretti Trasporti al 31/10/2026 – fattura %s' % shared.FERR_INV, zone='Europe/Rome')
    b1 = ('Ciao Chiara,\n\nho verificato l\'estratto conto: la fattura %s del 31/10 (€ %s) è registrata e va in pagamento con la distinta '
          'di fine mese. Le altre posizioni risultano già saldate.\n\nCiao\nDavide\n\nDavide Gasperi\nAmministrazione – Example Group Italia S.r.l.\n'
          'Via Luigi Negrelli 9, 39100 Bolzano · Tel. +39 0471 183 645\n' % (shared.FERR_INV, amount))
    q2 = outlook_quote_header('it', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>', t1, 'Gasperi Davide <davide.gasperi@example.com>',
                              'Estratto conto Ferretti Trasporti al 31/10/2026 – fattura %s' % shared.FERR_INV, zone='Europe/Rome')
    b2 = ('Buongiorno Davide,\n\nin allegato l\'estratto conto aggiornato al 31/10/2026. Risulta aperta la fattura %s per i trasporti '
          'di ottobre (Rosenheim–Bolzano–Verona).\n\nCordiali saluti\nChiara Colombo\n' % shared.FERR_INV)
    plain = new + '\n' + q1 + '\n\n' + b1 + '\n' + q2 + '\n\n' + b2
    quote_html = lambda q: ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                            '<b>%s</b></p></div>' % '<br>'.join(mime.esc(x) for x in q.split('\n')))
    html = mime.outlook_html(mime.paras_html(new) + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
                             quote_html(q1) + mime.paras_html(b1) + quote_html(q2) + mime.paras_html(b2), 'IT')
    pdfb, _ = docs.letter('helv', pdf_meta(m, sent, 'Comunicazione variazione coordinate bancarie', 'Chiara Colombo',
                                           'Microsoft® Word per Microsoft 365', 'Microsoft® Word per Microsoft 365'),
                          ('FERRETTI TRASPORTI S.p.A.', ['Via dell\'Industria 44', '37066 Sommacampagna (VR)', 'P.IVA IT' + FERR['piva']]),
                          ['Spett.le', 'Example Group Italia S.r.l.', 'Via Luigi Negrelli 9', '39100 Bolzano (BZ)'],
                          'Sommacampagna, 23/11/2026', 'Oggetto: comunicazione variazione coordinate bancarie',
                          'Con la presente Vi comunichiamo che, con decorrenza immediata, tutti i pagamenti a nostro favore dovranno essere '
                          'effettuati esclusivamente sulle seguenti coordinate bancarie:\n\n**Banca Sella S.p.A. – Filiale di Verona**\n'
                          '**IBAN: %s**\n**BIC: SELBIT2BXXX**\n\nLe precedenti coordinate presso Banco BPM non sono più da utilizzare fino a '
                          'nuova comunicazione. Vi preghiamo di aggiornare la Vostra anagrafica fornitori.\n\nDistinti saluti.' % ids.iban_fmt(iban),
                          'Ferretti Trasporti S.p.A.', [('Roberto Ferretti', 'Amministratore Delegato')],
                          ['Ferretti Trasporti S.p.A. · Capitale sociale € 1.200.000 i.v. · REA VR-287114 · P.IVA IT' + FERR['piva']],
                          accent=(11, 61, 110), stamp=('FERRETTI TRASPORTI S.p.A.', 'Amministrazione'))
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Comunicazione variazione coordinate bancarie Ferretti.pdf')])
    systems.m365(m, tenant_id=FERR['tenant_id'], org=FERR['domain'], region='EUR05', server=FERR_SRV, pod=FERR_POD, lang='it-IT',
                 has_attach=True, selector='selector1')
    m.fact('IBAN', iban)
    meta(m, 'Thread hijack from the carrier\'s real, compromised Microsoft 365 mailbox: the known contact answers the accountant\'s own '
            'thread about invoice %s and asks to pay it (and future invoices) to a "temporary" account at another bank; PDF letter with '
            'stamp.' % shared.FERR_INV,
         'Technically indistinguishable from the real partner (same tenant, SPF/DKIM/DMARC pass); the tells are in the content: '
         'a bank account "frozen by a tax audit", a new IBAN at a different bank, request for a payment receipt, discouraging phone '
         'contact. Genuine Ferretti invoice with the registered IBAN: business/17.')


@message('attack', 18, 'it', 'pec-fattura-zip-js')
def a18(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 11, 12, 10, 14, 22)
    sender = 'studiotecnico.bertoldi@pec.it'
    recipient = company.ENT['IT']['tax'][2][1]
    subject = 'Sollecito di pagamento fattura n. 218/2026'
    inner_mid = '%s@pec.it' % guid(m.rng)
    inner_txt = ('Spett.le Example Group Italia S.r.l.,\n\n'
                 'con la presente Vi sollecitiamo il pagamento della fattura n. 218/2026 relativa alla progettazione esecutiva delle '
                 'strutture in legno (cantiere Appiano), scaduta il 31/10/2026.\n\n'
                 'In allegato la fattura e il dettaglio delle prestazioni. In assenza di riscontro entro 5 giorni lavorativi saremo costretti '
                 'ad affidare la pratica al nostro legale.\n\nDistinti saluti\n\nStudio Tecnico Ing. Bertoldi\nVia Roma 12 – 38122 Trento\n')
    js = ('// Inert evaluation placeholder.\r\n// In the real campaign this file is an obfuscated JScript dropper that Windows runs with\r\n'
          '// wscript.exe when double-clicked; it downloads an infostealer. No code follows.\r\n').encode('utf-8')
    z = archive.make_zip([('Fattura_218-2026_dettaglio.js', js, (2026, 11, 12, 9, 58, 14))], comment=b'')
    inner = mime.mixed(m, 'thunderbird', [mime.text(inner_txt, 'UTF-8', '8bit', quoted=False),
                                           mime.attachment(z, 'application/zip', 'Fattura_218-2026.zip')])
    from .core import Msg as _M
    im = _M('attack', m.fname + '#inner', 'it')
    im.headers = [('Message-ID', '<%s>' % inner_mid), ('Date', rfc2822(sent, 'Europe/Rome')), ('MIME-Version', '1.0'),
                  ('User-Agent', 'Webmail PEC Aruba'), ('From', sender), ('To', recipient), ('Subject', subject)]
    im.body = inner
    inner_bytes = im.render()
    env, ident = pec.envelope(m, inner_bytes, sender, recipient, subject, sent, inner_mid)
    setup(m, ('Per conto di: ' + sender, 'posta-certificata@pec.aruba.it'), [('', recipient)], 'POSTA CERTIFICATA: ' + subject,
          sent, zone='Europe/Rome', rcpt=em['addr'])
    m.body = env
    pec.deliver(m, sender, recipient, subject, ident, inner_mid, ('smtps.pec.aruba.it', '62.149.157.55', '198.51.100.77'))
    m.fact('Other', 'Archive content: `Fattura_218-2026_dettaglio.js` (inert placeholder for a JScript dropper)')
    meta(m, 'Malware delivered by certified mail (PEC): a hijacked PEC mailbox of an engineering office sends a "payment reminder" '
            'with a ZIP containing a JScript file; the company\'s PEC mailbox forwards it to the office manager.',
         'PEC transport is genuine (signed envelope by Aruba, daticert.xml) and so is often trusted blindly; but the sender never '
         'worked for the company, the "invoice" is a .js inside a ZIP, and threats of legal action add pressure. Genuine PEC '
         'delivery from SdI: business/18.')


@message('attack', 19, 'it', 'aruba-pec-rinnovo-phishing')
def a19(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 12, 3, 6, 47, 51)
    setup(m, ('Aruba.it', 'amministrazione@ferramentarossi-bz.it'), [('', em['addr'])],
          'Casella PEC examplegroupitalia@arubapec.it in scadenza – rinnova entro 48 ore', sent, zone='Europe/Rome')
    m.msgid = '%s@ferramentarossi-bz.it' % rstr(m.rng, HEXL, 32)
    link = 'https://aruba-rinnovo-pec.serviziclienti-online.com/pec/login.php?u=examplegroupitalia%40arubapec.it&ref=PEC-8841-2026'
    paras = ['Gentile Cliente,',
             'la casella di Posta Elettronica Certificata examplegroupitalia@arubapec.it risulta in scadenza il 05/12/2026. Non avendo '
             'ricevuto il pagamento del rinnovo, dopo tale data la casella sarà sospesa e non potrà più inviare né ricevere messaggi con '
             'valore legale (notifiche, fatture elettroniche SdI, comunicazioni dell\'Agenzia delle Entrate).',
             'Per evitare l\'interruzione del servizio e la perdita dei messaggi archiviati ti invitiamo a rinnovare subito accedendo '
             'all\'Area Clienti con le credenziali della casella PEC:',
             'Importo rinnovo annuale: € 9,90 + IVA',
             'Cordiali saluti,\nAruba S.p.A. – Servizio Clienti PEC']
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0"><table align="center" width="600" '
            'style="background:#fff;border-top:5px solid #ef7d00"><tr><td style="padding:20px 30px;font-size:26px;font-weight:bold;color:#ef7d00">'
            'aruba<span style="color:#333">.it</span></td></tr><tr><td style="padding:0 30px 20px 30px;font-size:14px;color:#333">' +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:3]) +
            '<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#ef7d00;color:#fff;padding:12px 28px;'
            'text-decoration:none;font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>' % mime.esc(link) +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[3:]) +
            '</td></tr><tr><td style="padding:14px 30px;background:#eee;font-size:11px;color:#777">Aruba S.p.A. – Via San Clemente 53, '
            '24036 Ponte San Pietro (BG) – P.IVA 01573850516</td></tr></table></body></html>')
    plain = mime.html2text(html)
    m.body = mime.alt(m, 'roundcube', mime.text(plain, 'UTF-8', 'quoted-printable', flowed=True),
                      mime.html(html, 'UTF-8', 'quoted-printable'))
    systems.aruba(m, mua='roundcube', lang='it')
    urls(m, link)
    meta(m, 'Webmail/PEC credential phishing: "Aruba" warns that the company\'s certified-mail mailbox expires in 48 hours and that SdI '
            'e-invoices will be lost; "renew now" leads to a fake Aruba client area asking for the PEC password.',
         'Sent from a hacked mailbox of an unrelated hardware shop (hosted at Aruba, so the Received chain and DKIM look like Aruba), '
         'display name "Aruba.it"; urgency and a phishing host (serviziclienti-online.com). The genuine Aruba renewal notice is '
         'business/21 (different date, no password request).')


@message('attack', 20, 'it', 'ordine-acquisto-adobe-acrobat')
def a20(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 10, 27, 15, 33, 8)
    setup(m, ('Matteo Zanella', 'm.zanella@edilcasa-trentina.it'), [(em['name'], em['addr'])],
          'Ordine d\'acquisto n. 2026/1187 – case prefabbricate in legno, cantiere Cavalese', sent, zone='Europe/Rome', style='gmail')
    m.msgid = mid_gmail(m)
    link = 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:6b1f3c2e-8d4a-4f7b-9e21-5c0a7d3b9f14'
    lines = ['Buongiorno,', '',
             'come anticipato telefonicamente al vostro ufficio commerciale, vi trasmettiamo l\'ordine d\'acquisto n. 2026/1187 per la '
             'fornitura di 3 case unifamiliari in legno a telaio (Holzrahmenbau) per il nostro cantiere di Cavalese (TN), con consegna '
             'prevista a marzo 2027.', '',
             'Il documento con capitolato, quantità e condizioni di pagamento è condiviso tramite Adobe Acrobat:', '',
             'Visualizza ordine (PDF, 2,4 MB): %s' % link, '',
             'Vi chiediamo di restituirci l\'ordine controfirmato entro venerdì per poter bloccare i prezzi.', '',
             'Cordiali saluti', '', 'Matteo Zanella', 'Ufficio Acquisti', 'Edilcasa Trentina S.r.l.', 'Via delle Segherie 7 – 38033 Cavalese (TN)',
             'Tel. +39 0462 342 118']
    html_lines = [ln if 'acrobat.adobe.com' not in ln else 'Visualizza ordine (PDF, 2,4 MB): <a href="%s">%s</a>' % (mime.esc(link), mime.esc(link)) for ln in lines]
    gm = '<div dir="ltr">' + ''.join('<div><br></div>' if not x else ('<div>%s</div>' % (x if '<a ' in x else mime.esc(x))) for x in html_lines) + '</div>\n'
    m.body = mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'quoted-printable'), mime.html(gm, 'UTF-8', 'quoted-printable'))
    systems.gmail(m, workspace_domain='edilcasa-trentina.it')
    urls(m, link)
    meta(m, 'Fake purchase order shared through Adobe Acrobat cloud from a compromised builder\'s Google Workspace mailbox; the shared '
            'PDF carries a "view order" button to a Microsoft 365 credential page.',
         'Authentication passes for the real (compromised) domain and the only link is Adobe\'s genuine acrobat.adobe.com, so URL '
         'reputation does not help; the unsolicited three-house order, "phoned your sales office" and the countersignature deadline are '
         'the lure. Genuine order confirmation from a known supplier: business/19.')


@message('attack', 21, 'it', 'ceo-buoni-regalo-whatsapp')
def a21(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 12, 10, 13, 58, 30)
    setup(m, ('Markus Brandstätter', 'markus.brandstaetter.ceo@gmail.com'), [('', em['addr'])], 'Richiesta riservata', sent,
          zone='Europe/Rome', style='gmail', reply_to=('Markus Brandstätter', 'm.brandstaetter.office@gmail.com'))
    m.msgid = mid_gmail(m)
    lines = ['Ciao Elena,', '',
             'sei in ufficio? Avrei bisogno di un favore veloce e riservato.', '',
             'Stiamo preparando una sorpresa di Natale per alcuni clienti importanti in Alto Adige e mi servono 8 buoni regalo Amazon da '
             '100 € ciascuno. Puoi acquistarli oggi (online o al supermercato) e poi mandarmi le foto dei codici sul retro? Ti rimborsiamo '
             'subito con la nota spese, ne ho già parlato con Sabine.', '',
             'Non riesco a telefonare perché sono in riunione con la banca tutto il pomeriggio. Mandami per favore il tuo numero di '
             'cellulare, così ti scrivo su WhatsApp i dettagli.', '',
             'Grazie mille,', 'Markus', '', 'Inviato da iPhone']
    gm = mime.gmail_html(lines)
    m.body = mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'quoted-printable'), mime.html(gm, 'UTF-8', 'quoted-printable'))
    systems.gmail(m)
    meta(m, 'CEO impersonation to the Italian office manager: buy eight 100 EUR Amazon gift cards for "client presents", send photos of '
            'the codes, and move the conversation to WhatsApp.',
         'Free Gmail address with the CEO\'s name, Reply-To to a second Gmail address, secrecy, "can\'t call, in a meeting", gift cards '
         'as untraceable payment and a channel switch to WhatsApp. The real CEO writes via Exchange (business/01) and gift vouchers '
         'are ordered through the welfare platform (business/20).')
