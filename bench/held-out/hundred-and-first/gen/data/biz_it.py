# -*- coding: utf-8 -*-
from data.common import *
from data.biz_de import internal_headers

FERRETTI_SIG = """Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 42124 Reggio Emilia
Tel. 0522 941 300 - P.IVA 01834560356"""


# ----------------------------------------------------------------- 17 -------
@message('business', 17, 'it', 'carrier-payment-reminder-genuine',
         what='Genuine payment reminder from the carrier Ferretti Trasporti\'s accounts department: three overdue invoices (14,327.60 EUR), pay by 06/11, otherwise scheduled pick-ups are suspended; account statement PDF attached.',
         why='Real domain on Ferretti\'s own Exchange Online tenant, lists real invoice numbers, statement attached, threatens a normal commercial consequence (suspension of pick-ups) and does not change the bank account. This is the thread later hijacked by attack/20.',
         hn=(['20-it-thread-hijack-carrier-bank-change.eml'],
             'same carrier and invoices; genuine reminder keeps the known bank account and carries a normal PDF statement'))
def b17():
    rn, ra = S('it_acc')
    c = ctx('b17', '2026-10-27 09:41:22', 'CET', ra)
    frm = 'amministrazione@ferretti-trasporti.it'
    inf = m365(c, 'EUR')
    inf.msgid = FERRETTI_REMINDER_MSGID
    ib = FERRETTI_IBAN
    text = FERRETTI_REMINDER_TEXT
    st = pdf(c, [[(-14, 'Ferretti Trasporti S.p.A.'), (9, 'Via dell\'Industria 14 - 42124 Reggio Emilia - P.IVA 01834560356'), (9, ''),
                  (-12, 'Estratto conto cliente al 27/10/2026'), (10, 'Cliente: Example Group Italia S.r.l. - cod. C0417'), (10, ''),
                  (10, 'FT 2026/3318   31/07/2026   scad. 30/09/2026    EUR 4.812,40'),
                  (10, 'FT 2026/3342   31/08/2026   scad. 31/10/2026    EUR 5.106,20'),
                  (10, 'FT 2026/3391   30/09/2026   scad. 30/11/2026    EUR 4.409,00'), (10, ''),
                  (-10, 'Totale aperto                                    EUR 14.327,60'), (10, ''),
                  (10, 'Pagamento: bonifico bancario - Intesa Sanpaolo - IBAN ' + fmt_iban(ib))]],
             'Estratto conto C0417', 'Amministrazione', 'TeamSystem Enterprise', 'TeamSystem PDF')
    b = inf.boundary()
    body = Multi('mixed', [alt(c, Text(text, charset='iso-8859-1', cte='quoted-printable'),
                               Text(html_outlook(text, 'IT', 'Aptos', 'iso-8859-1'), 'html', 'iso-8859-1', 'quoted-printable'),
                               boundary=b.replace('_000_', '_000_a')),
                           Bin(st, 'application/pdf', 'Estratto_conto_C0417_20261027.pdf', size_param=True)], b.replace('_000_', '_004_'))
    hs = [('From', 'Amministrazione Ferretti Trasporti <%s>' % frm),
          ('To', addr('Galli Niccolò', ra, 'iso-8859-1', 'Q')),
          ('Subject', FERRETTI_REMINDER_SUBJECT),
          ('Thread-Topic', FERRETTI_REMINDER_SUBJECT),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'it-IT, en-US'),
          ('Content-Language', 'it-IT')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 18 -------
@message('business', 18, 'it', 'customer-complaint-mould-photo',
         what='Customer complaint from an Italian deli wholesaler writing from his Libero address: two vacuum-packed Bergkäse pieces with mould (delivery note and batch given), photo attached, asks for credit note or replacement by Friday.',
         why='Known customer address (Libero webmail from an Italian line), concrete delivery/batch data, photo attachment (PNG), asks for a normal commercial remedy; no links, no payment redirection.')
def b18():
    rn, ra = S('it_mgr')
    c = ctx('b18', '2026-11-12 09:23:40', 'CET', ra)
    frm = 'marco.rossi.formaggi@libero.it'
    inf = libero(c, client_ip='151.38.114.207')
    text = """Buongiorno Dott.ssa Bertolini,

vi scrivo per segnalare un problema sull'ultima consegna (DDT 7712 del 10/11, lotto 4471-B): su 6 pezzi di Bergkäse da 1/8 sottovuoto, 2 presentano muffa sotto la pellicola e la confezione non è più aderente. Vi allego la foto.

I pezzi sono stati messi da parte in cella a +4 °C. Come volete procedere: ritiro con nota di credito oppure sostituzione con la prossima consegna? Per noi va bene anche la sostituzione, purché arrivi entro venerdì, perché abbiamo già gli ordini per il fine settimana.

Cordiali saluti

Marco Rossi
Salumeria & Formaggi Rossi
Via Farini 21, 43121 Parma
cell. 347 218 4490
"""
    img = photo_png('b18', kind='cheese')
    html = '<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div>%s</div></body></html>\n' % '</div>\n<div>'.join(
        mime.esc(l) if l else '&nbsp;' for l in text.split('\n'))
    b1 = '----=_Part_%d_%d.%d' % (c.r.randint(10 ** 5, 10 ** 6), c.r.randint(10 ** 8, 10 ** 9), c.r.randint(10 ** 12, 2 * 10 ** 12))
    b2 = '----=_Part_%d_%d.%d' % (c.r.randint(10 ** 5, 10 ** 6), c.r.randint(10 ** 8, 10 ** 9), c.r.randint(10 ** 12, 2 * 10 ** 12))
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='UTF-8', cte='quoted-printable'),
                                                 Text(html, 'html', 'UTF-8', 'quoted-printable')], b2),
                           Bin(img, 'image/png', 'foto_lotto_4471B.png', sep='; ')], b1)
    hs = [('Date', rfc(c.t, 'CET')),
          ('From', 'Marco Rossi <%s>' % frm),
          ('To', addr('Giulia Bertolini', ra)),
          ('Cc', S('it_acc')[1]),
          ('Message-ID', inf.msgid),
          ('Subject', htext('Reclamo consegna DDT 7712 - muffa su Bergkäse lotto 4471-B', 'UTF-8', 'Q')),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 19 -------
@message('business', 19, 'it', 'newsletter-dairy-prices-mailchimp',
         what='Subscribed Italian dairy-market newsletter (weekly prices: spot milk, Grana Padano, Parmigiano Reggiano, butter) sent through Mailchimp with List-Unsubscribe.',
         why='Opt-in newsletter via a mainstream ESP with complete bulk headers (List-ID, List-Unsubscribe, one-click POST, abuse reporting), links to the publisher\'s site through Mailchimp tracking; no request for data or payment.')
def b19():
    rn, ra = S('it_mgr')
    c = ctx('b19', '2026-11-20 07:00:04', 'CET', ra)
    uid, lid, cid = tok('b19u', 25, '0123456789abcdef'), tok('b19l', 10, '0123456789abcdef'), tok('b19c', 10, '0123456789abcdef')
    inf = mailchimp(c, uid, lid, cid, 'Osservatorio Lattiero Caseario', 'osservatoriolatte')
    trk = 'https://osservatoriolatte.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (uid, tok('b19t', 10, '0123456789abcdef'), tok('b19e', 10, '0123456789abcdef'))
    rows = [('Latte spot nazionale', '54,00 - 55,50 EUR/100 kg', '+0,5'),
            ('Grana Padano 9 mesi (Milano)', '9,00 - 9,15 EUR/kg', '='),
            ('Parmigiano Reggiano 12 mesi (Parma)', '11,25 - 11,45 EUR/kg', '+0,10'),
            ('Burro CEE (Milano)', '6,60 EUR/kg', '-0,05'),
            ('Siero di latte in polvere', '0,98 - 1,02 EUR/kg', '=')]
    text = """Osservatorio Lattiero Caseario - Settimana 47/2026

Buongiorno,

ecco le quotazioni della settimana:

%s

In evidenza: consegne di latte in Lombardia ed Emilia stabili, domanda di formaggi stagionati sostenuta in vista delle festività; in calo il burro dopo il picco di ottobre.

Leggi l'analisi completa: %s

Ricevi questa email perché sei iscritto/a alla newsletter dell'Osservatorio Lattiero Caseario.
Annulla l'iscrizione: https://osservatoriolatte.us21.list-manage.com/unsubscribe?u=%s&id=%s
Osservatorio Lattiero Caseario - Via Cremona 44 - 26100 Cremona
""" % ('\n'.join('- %s: %s (%s)' % r for r in rows), trk, uid, lid)
    table = ''.join('<tr><td style="padding:5px;border-bottom:1px solid #eee">%s</td><td style="padding:5px;border-bottom:1px solid #eee">%s</td><td style="padding:5px;border-bottom:1px solid #eee">%s</td></tr>' % r for r in rows)
    html = brand_html('Quotazioni settimana 47/2026', ['Buongiorno,', 'ecco le quotazioni della settimana:',
                                                        '<table width="100%%" style="font-size:13px;border-collapse:collapse">%s</table>' % table,
                                                        mime.esc(text.split('\n\n')[4])],
                      "Leggi l'analisi completa", trk,
                      'Ricevi questa email perché sei iscritto/a alla newsletter. <a href="https://osservatoriolatte.us21.list-manage.com/unsubscribe?u=%s&amp;id=%s">Annulla l\'iscrizione</a><br>Osservatorio Lattiero Caseario · Via Cremona 44 · 26100 Cremona' % (uid, lid),
                      color='#1565c0', logo_text='Osservatorio Lattiero Caseario', lang='it', font='Helvetica, Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'), Text(html, 'html', 'utf-8', 'quoted-printable')], inf.boundary())
    hs = [('Subject', 'Quotazioni settimana 47: latte spot in lieve rialzo, stagionati stabili'),
          ('From', 'Osservatorio Lattiero Caseario <newsletter@osservatoriolatte.it>'),
          ('Reply-To', 'Osservatorio Lattiero Caseario <redazione@osservatoriolatte.it>'),
          ('To', '<%s>' % ra),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, 'bounce-mc.us21_%s.%s-%s=example.com@mail%s' % (uid[:12], cid, ra.split('@')[0], inf.client[0][4:]), mime_pos=6)


# ----------------------------------------------------------------- 20 -------
@message('business', 20, 'it', 'internal-office-closure-notice',
         what='Internal notice from the Italian office manager to the Italian team: office closed on 7-8 December (Immacolata bridge), deliveries and on-call arrangements.',
         why='Internal Exchange/relay path, known sender, distribution list, purely organisational content.')
def b20():
    rn, ra = S('it_acc')
    c = ctx('b20', '2026-11-30 12:17:36', 'CET', ra)
    inf = exchange_internal(c, client_ip='10.40.2.18')
    text = """Ciao a tutti,

vi ricordo che lunedì 7 e martedì 8 dicembre l'ufficio di Reggio Emilia resterà chiuso per il ponte dell'Immacolata.

- Le consegne del 7/12 sono confermate: Ferretti ritira alle 7:00 a Kempten e consegna regolarmente ai clienti GDO.
- Per urgenze con i clienti è reperibile Niccolò (cellulare aziendale) dalle 9:00 alle 13:00.
- Le fatture passive ricevute in quei giorni verranno registrate mercoledì 9/12.

Buon ponte!
Giulia

Giulia Bertolini
Office Manager Italia
Example Group Italia S.r.l.
Via Emilia Ospizio 88 - 42122 Reggio Emilia
"""
    body = alt(c, Text(text, charset='windows-1252', cte='quoted-printable'),
               Text(html_outlook(text, 'IT', 'Calibri', 'windows-1252'), 'html', 'windows-1252', 'quoted-printable'),
               boundary=inf.boundary())
    hs = internal_headers(c, inf, 'it_mgr', [], "Chiusura ufficio 7-8 dicembre (ponte dell'Immacolata)", charset='windows-1252', lang='it-IT')
    hs[1] = ('To', '"Ufficio Italia" <ufficio.italia@example.com>')
    return assemble(c, inf, hs, body, S('it_mgr')[1])


# ----------------------------------------------------------------- 21 -------
@message('business', 21, 'it', 'carrier-delivery-confirmation-ddt',
         what='Genuine delivery confirmation from the carrier\'s traffic office (Chiara Colombo): shipment 8841/2026 delivered, countersigned delivery note and temperature log attached as PDF, warning about fake mails from ferretti-trasporti-spa.com.',
         why='Known contact on the carrier\'s real Exchange Online tenant, attachment is a plain PDF (no "verification" or login), content consistent with the logistics flow.',
         hn=(['21-it-clickfix-fake-captcha-ddt.eml'],
             'same shipment/DDT topic; genuine mail attaches the PDF delivery note, no CAPTCHA or instructions to run anything'))
def b21():
    rn, ra = S('it_mgr')
    c = ctx('b21', '2026-11-27 10:02:51', 'CET', ra)
    frm = 'c.colombo@ferretti-trasporti.it'
    inf = m365(c, 'EUR')
    text = """Buongiorno Giulia,

ti confermo che la spedizione 8841/2026 (2 bancali refrigerati Kempten - Reggio Emilia) è stata consegnata stamattina alle 8:40 presso il vostro magazzino di via Emilia Ospizio.

In allegato il DDT controfirmato e la stampa del datalogger (temperatura sempre tra +2,8 e +4,1 °C).

Ti segnalo anche che ieri alcuni nostri clienti hanno ricevuto email false a nome nostro con mittente ferretti-trasporti-spa.com e un allegato "DDT" da aprire: noi scriviamo solo da indirizzi @ferretti-trasporti.it e non chiediamo mai verifiche o codici.

Buona giornata,

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Tel. 0522 941 310 - Cell. 335 628 1147
"""
    d = pdf(c, [[(-14, 'Ferretti Trasporti S.p.A. - Documento di trasporto'), (10, 'DDT n. 8841/2026 del 26/11/2026'), (10, ''),
                 (10, 'Mittente: Example Group eG, Molkereistraße 12, 87435 Kempten (DE)'),
                 (10, 'Destinatario: Example Group Italia S.r.l., Via Emilia Ospizio 88, 42122 Reggio Emilia'),
                 (10, 'Merce: formaggi stagionati, 2 bancali EPAL, 1.184 kg lordi'), (10, 'Temperatura di trasporto: +2/+4 °C'), (10, ''),
                 (10, 'Consegnato il 27/11/2026 ore 08:40 - firma destinatario: G. Bertolini'), (10, ''),
                 (-10, 'Datalogger TR-41: min +2,8 °C / max +4,1 °C / media +3,4 °C')]],
            'DDT 8841-2026', 'Ufficio Traffico', 'Canon iR-ADV C5840', 'Adobe PSL 1.3e for Canon')
    b = inf.boundary()
    body = Multi('mixed', [alt(c, Text(text, charset='Windows-1252', cte='quoted-printable'),
                               Text(html_outlook(text, 'IT', 'Aptos', 'Windows-1252'), 'html', 'Windows-1252', 'quoted-printable'),
                               boundary=b.replace('_000_', '_000_a')),
                           Bin(d, 'application/pdf', 'DDT_8841-2026_firmato.pdf', size_param=True)], b.replace('_000_', '_004_'))
    hs = [('From', 'Chiara Colombo <%s>' % frm),
          ('To', addr('Giulia Bertolini', ra)),
          ('Subject', 'Conferma consegna spedizione 8841/2026 + DDT firmato'),
          ('Thread-Topic', 'Conferma consegna spedizione 8841/2026 + DDT firmato'),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'it-IT, en-US'),
          ('Content-Language', 'it-IT')]
    return assemble(c, inf, hs, body, frm)
