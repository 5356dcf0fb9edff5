"""Attack messages, Italian (17-21)."""
import base64

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


@msg('attack', '17', 'it', 'pec-compromessa-sollecito-fattura-zip')
def a17(m):
    when = local('IT', 2026, 11, 12, 10, 14, 33)
    sender_pec = 'amministrazione@pec.ferramentarossetti.it'
    rcpt = 'marco.esposito@example.com'
    subj = 'Sollecito pagamento fattura n. 388/2026'
    url = 'https://www.agriturismo-colledoro.it/wp-content/uploads/2026/11/documento.php?f=Fattura_388_2026&id=%s' % m.hex(12)
    inner_txt = """Buongiorno,

con la presente Vi sollecitiamo il pagamento della fattura n. 388/2026 del 15/09/2026, scaduta in data 15/10/2026, relativa alla fornitura di materiale elettrico per l'allestimento del Vostro evento presso il Forum di Assago.

Copia della fattura e dell'estratto conto sono disponibili al seguente link (archivio protetto, dimensione 1,8 MB):

%s

Vi preghiamo di provvedere al saldo entro 5 giorni lavorativi dal ricevimento della presente, in mancanza del quale saremo costretti ad affidare la pratica al nostro legale.

Distinti saluti

Ufficio Amministrazione
Ferramenta Rossetti S.r.l.
Via Monte Rosa 14 - 20017 Rho (MI)""" % url
    inner_mid = '<%s@pec.ferramentarossetti.it>' % m.hex(24)
    bi = '----=_Part_%d_%d.%d' % (m.between(10000, 99999), m.between(10**8, 10**9), epoch(when) * 1000)
    ib = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bi)],
               [B.text_part(inner_txt, 'plain', 'iso-8859-1', 'quoted-printable', quote=False),
                B.html_part(B.simple_html(inner_txt, 'iso-8859-1', 'Verdana, sans-serif', '10pt'), 'iso-8859-1', 'quoted-printable', quote=False)], bi)
    inner = raw_inner([('Date', d_std(when)), ('From', sender_pec), ('To', rcpt), ('Message-ID', inner_mid),
                       ('Subject', subj), ('MIME-Version', '1.0'), ('X-Mailer', 'Aruba PEC Webmail')], ib)
    body, ident = pec_wrap(m, 'pec.aruba.it', 'ARUBA PEC S.p.A.', sender_pec, rcpt, subj, when, inner, inner_mid)
    host = 'smtpdoc%02d.pec.aruba.it' % m.between(1, 12)
    ip = '62.149.158.%d' % m.between(80, 120)
    t1 = m.later(when, 1, 3)
    m.connect(host, host, ip, 'posta-certificata@pec.aruba.it', rcpt, m.later(t1, 0, 2))
    m.dmarc = ('none', None, 'pec.aruba.it')
    h = []
    h.append(('Received', 'from pec.aruba.it (pec-out%d.pec.aruba.it [62.149.158.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        m.between(1, 9), m.between(40, 79), host, m.short_qid(), rcpt, d_postfix(t1))))
    h.append(('X-Trasporto', 'posta-certificata'))
    h.append(('Date', d_std(when)))
    h.append(('Subject', 'POSTA CERTIFICATA: ' + subj))
    h.append(('From', '"Per conto di: %s" <posta-certificata@pec.aruba.it>' % sender_pec))
    h.append(('Reply-To', sender_pec))
    h.append(('To', rcpt))
    h.append(('X-Riferimento-Message-ID', inner_mid))
    h.append(('X-TipoRicevuta', 'completa'))
    h.append(('Message-ID', '<%s>' % ident))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Malware campaign through a compromised PEC (certified e-mail) box of a real small company: genuine PEC envelope (daticert.xml, smime.p7s) around a payment reminder whose link downloads "Fattura_388_2026" from a hacked WordPress site.',
        why='The PEC envelope is authentic, which is why this campaign type works in Italy; but the company never bought from Ferramenta Rossetti, the invoice is only available behind a link to /wp-content/uploads/…/documento.php on an unrelated agriturismo site, threat of legal action within 5 days.')


@msg('attack', '18', 'it', 'ferretti-lookalike-nuovo-iban')
def a18(m):
    when = local('IT', 2026, 10, 22, 11, 8, 40)
    iban = ids.it_iban('03268', '22300', '052879164310')
    text = """Buongiorno Marco,

ti scrivo in merito alle fatture dei trasporti del tour di ottobre (FT 2026/1842 e FT 2026/1857, totale EUR 27.480,00).

Ti informiamo che, a seguito della fusione della nostra filiale con la sede centrale, a partire da questo mese le coordinate bancarie per i pagamenti sono cambiate. Ti chiedo cortesemente di aggiornare l'anagrafica fornitore e di utilizzare esclusivamente il nuovo IBAN indicato nella comunicazione allegata, firmata dal nostro amministratore delegato:

Banca Sella S.p.A.
IBAN: %s
Intestatario: Ferretti Trasporti S.p.A.

Le coordinate Intesa Sanpaolo precedenti non sono più attive per gli incassi. Ti sarei grata se mi potessi confermare la data prevista per il bonifico, così aggiorniamo il nostro scadenziario.

Grazie mille e buona giornata,

Chiara Colombo
Traffico Internazionale
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 24040 Stezzano (BG)
Tel. +39 035 4218 770
www.ferretti-trasporti.it""" % ids.fmt_iban(iban)
    letter = doc_pdf(m, 'Microsoft® Word per Microsoft 365', local('IT', 2026, 10, 22, 10, 51, 0), 'FERRETTI TRASPORTI S.p.A.',
                     ['Via dell\'Industria 18 · 24040 Stezzano (BG) · P.IVA IT' + ids.it_piva('0318724016')], (160, 20, 30),
                     ['Spett.le', 'Example Live Italia S.r.l.', 'Via Tortona 27', '20144 Milano (MI)'],
                     [('Stezzano,', '22/10/2026'), ('Prot.', 'AMM/2026/0412')],
                     'Oggetto: comunicazione variazione coordinate bancarie',
                     ['Spettabile Cliente,',
                      'con la presente Vi comunichiamo che, con decorrenza immediata, tutti i pagamenti a nostro favore dovranno essere effettuati '
                      'esclusivamente sul seguente conto corrente:',
                      'Banca Sella S.p.A. - Filiale di Bergamo\nIBAN: %s\nBIC: SELBIT2BXXX\nIntestatario: Ferretti Trasporti S.p.A.' % ids.fmt_iban(iban),
                      'Le precedenti coordinate non dovranno più essere utilizzate. Vi preghiamo di aggiornare la Vostra anagrafica fornitori.',
                      'RingraziandoVi per la collaborazione, porgiamo distinti saluti.'],
                     sign=['Ferretti Trasporti S.p.A.', 'L\'Amministratore Delegato', 'Dott. Roberto Ferretti'],
                     footer=[['Ferretti Trasporti S.p.A.', 'Cap. Soc. EUR 2.500.000 i.v.'], ['Registro Imprese Bergamo', 'REA BG-318204'],
                             ['amministrazione@ferretti-trasporti.it', 'Tel. +39 035 4218 700']],
                     author='Chiara Colombo', doc_title='Comunicazione variazione coordinate bancarie')
    att = B.attachment(letter, 'application/pdf', 'Comunicazione_variazione_coordinate_bancarie.pdf', 'outlook', when=when)
    body = outlook_mixed(m, text, 'iso-8859-1', 'IT', 'm365', 'DU2PR08MB', atts=[att], cte='quoted-printable')
    P.m365(m, ('Chiara Colombo', 'c.colombo@ferrettitrasporti.it'), [S('Marco Esposito')],
           'Fatture trasporti tour ottobre - aggiornamento coordinate bancarie', when, body,
           dkim_domain='ferrettitrasporti.it', dmarc=('none', None), lang='it-IT', region='eurprd08', prefix=('DU2PR08MB', 'AS8PR08MB'),
           has_attach=True, subj_charset='iso-8859-1', subj_enc='Q', name_charset='iso-8859-1',
           cc=[('Amministrazione', 'amministrazione@ferrettitrasporti.it')])
    m.facts['phone'] = ['+39 035 4218 770', '+39 035 4218 700']
    m.meta.update(
        what='Supplier bank-detail change from a look-alike domain: "Chiara Colombo" of the Italian road carrier announces a new Banca Sella IBAN for two tour-trucking invoices (EUR 27,480) with a forged letter signed by the CEO.',
        why='Domain ferrettitrasporti.it (no hyphen) in an attacker Microsoft 365 tenant with no DMARC record; the carrier\'s account on file is at Intesa Sanpaolo; change requested by e-mail only, with a "please confirm the transfer date" nudge and a CC to a fake administration address.')


@msg('attack', '19', 'it', 'ceo-gift-card-gmail')
def a19(m):
    when = local('IT', 2026, 12, 15, 12, 9, 31)
    text = """Ciao Giulia,

sei in ufficio adesso? Ho bisogno che tu mi faccia un favore veloce e discreto.

Vorrei fare una sorpresa alla crew italiana per la fine del tour, ma deve restare tra noi finché non la annuncio io venerdì. Puoi comprare 10 carte regalo Amazon da 100 euro ciascuna? Le trovi da Mediaworld o in qualsiasi tabaccheria/edicola vicino all'ufficio.

Poi gratta il retro delle carte, fai una foto chiara dei codici e mandamele qui via mail. La spesa te la faccio rimborsare da Marco con la nota spese di dicembre.

Sono in riunione con il management dell'artista tutto il pomeriggio e non posso rispondere al telefono, scrivimi qui.

Grazie mille,
Jürgen

Inviato da iPhone"""
    body = gmail_body(m, text)
    P.gmail(m, ('Jürgen Hoffmann', 'jhoffmann.office.exgroup@gmail.com'), [S('Giulia Romano')],
            'Favore urgente', when, body)
    m.meta.update(
        what='Gift-card CEO scam: "Jürgen Hoffmann" writes from Gmail to the Italian office manager asking for ten 100-euro Amazon gift cards, photos of the scratched codes by mail, secrecy and no phone.',
        why='The CEO never writes from a Gmail address; gift cards as a "surprise for the crew", urgency, secrecy, "in a meeting, cannot phone"; Italian written by a non-native (the CEO would write in English to Milan); reimbursement promise via expense report.')


@msg('attack', '20', 'it', 'svg-fattura-cortesia-aruba-compromesso')
def a20(m):
    when = local('IT', 2026, 11, 4, 8, 37, 16)
    url = 'https://documenti-cortesia.fatture-sdi.workers.dev/v/?doc=FPR41126&m=%s' % base64.b64encode(b'giulia.romano@example.com').decode()
    svg = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="1060" viewBox="0 0 820 1060">\n'
           '  <rect width="820" height="1060" fill="#f4f4f4"/>\n'
           '  <rect x="60" y="60" width="700" height="940" fill="#ffffff" stroke="#d0d0d0"/>\n'
           '  <text x="100" y="130" font-family="Arial" font-size="26" fill="#1f3864" font-weight="bold">Fattura elettronica FPR 411/26</text>\n'
           '  <text x="100" y="170" font-family="Arial" font-size="15" fill="#444">Documento di cortesia - Sistema di Interscambio</text>\n'
           '  <g opacity="0.25">\n'
           '    <rect x="100" y="220" width="620" height="16" fill="#999"/><rect x="100" y="250" width="540" height="16" fill="#999"/>\n'
           '    <rect x="100" y="280" width="600" height="16" fill="#999"/><rect x="100" y="340" width="620" height="180" fill="#bbb"/>\n'
           '  </g>\n'
           '  <rect x="180" y="560" width="460" height="150" rx="8" fill="#ffffff" stroke="#1f3864" stroke-width="2"/>\n'
           '  <text x="410" y="610" text-anchor="middle" font-family="Arial" font-size="17" fill="#222">Documento protetto</text>\n'
           '  <text x="410" y="638" text-anchor="middle" font-family="Arial" font-size="13" fill="#555">Per visualizzare la fattura accedi con la tua e-mail aziendale</text>\n'
           '  <a xlink:href="' + B.esc(url) + '" target="_blank">\n'
           '    <rect x="300" y="656" width="220" height="38" rx="4" fill="#1f3864"/>\n'
           '    <text x="410" y="681" text-anchor="middle" font-family="Arial" font-size="15" fill="#ffffff">Visualizza documento</text>\n'
           '  </a>\n</svg>\n')
    text = """Buongiorno,

in allegato la copia di cortesia della fattura elettronica FPR 411/26 relativa ai lavori di manutenzione impianti presso il Vostro magazzino, già trasmessa tramite SdI.

Cordiali saluti

Studio Tecnico Mariani
Impianti elettrici e speciali
Via Gramsci 52 - 20099 Sesto San Giovanni (MI)
Tel. 02 2487 1130"""
    tp = B.text_part(text, 'plain', 'iso-8859-15', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'iso-8859-15', 'IT', 'Calibri'), 'iso-8859-15', 'quoted-printable')
    b0 = P.outlook_nextpart(m, 1, when)
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b0)], [tp, hp], b0)
    att = B.attachment(svg.encode('utf-8'), 'image/svg+xml', 'FPR_411_26.svg', 'plain')
    b1 = P.outlook_nextpart(m, 0, when)
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b1)], [alt, att], b1, 'This is a multipart message in MIME format.')
    P.aruba(m, ('Studio Tecnico Mariani', 'amministrazione@studiotecnicomariani.it'), [('', 'giulia.romano@example.com')],
            'Invio copia di cortesia fattura FPR 411/26', when, body,
            mua_headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', P.thread_index(m)), ('Content-Language', 'it')],
            subj_charset='iso-8859-15')
    m.facts['phone'] = ['+39 02 2487 1130']
    m.meta.update(
        what='SVG attachment lure from the compromised Aruba mailbox of a small engineering firm: "courtesy copy" of an e-invoice as .svg that renders a blurred invoice and a "Visualizza documento" button to a Cloudflare Workers login page.',
        why='Invoices are never sent as SVG; the image is an active document with an embedded link (in the wild usually with script); the supplier has no business with the Milan office; generic text; link on workers.dev carrying the victim address in base64.')


@msg('attack', '21', 'it', 'ordine-biglietti-corporate-po-fraud')
def a21(m):
    when = local('IT', 2026, 11, 25, 15, 2, 9)
    po = 'OA-2026-%s' % m.digits(5)
    text = """Spett.le Example Live Italia,

facendo seguito al contatto telefonico con il Vostro ufficio, Vi trasmettiamo in allegato il nostro ordine d'acquisto %s per 350 biglietti Hospitality Gold per il concerto di Mira Solvej al Forum di Assago del 14/03/2027, destinati a un evento incentive per la nostra rete commerciale.

Vi chiediamo cortesemente di:
- confermare la disponibilità e il prezzo unitario indicato (EUR 189,00 + IVA);
- emettere fattura intestata alla nostra società con pagamento a 60 gg d.f.f.m. come da nostre condizioni generali;
- inviare i biglietti nominativi in formato elettronico alla nostra agenzia incaricata, Eventi Lario S.r.l.s., all'indirizzo biglietteria@eventilario.it entro il 05/12/2026.

Restiamo in attesa della Vostra conferma d'ordine firmata.

Cordiali saluti

Dott.ssa Elena Sartori
Ufficio Acquisti - Direzione Generale
Gruppo Varesina Assicurazioni S.p.A.
Piazza Monte Grappa 6 - 21100 Varese
Tel. +39 0332 188 4410""" % po
    pdf = doc_pdf(m, 'Microsoft® Excel® per Microsoft 365', when, 'GRUPPO VARESINA ASSICURAZIONI S.p.A.',
                  ['Piazza Monte Grappa 6 · 21100 Varese · P.IVA IT' + ids.it_piva('0284310120')], (0, 70, 127),
                  ['Spett.le', 'Example Live Italia S.r.l.', 'Via Tortona 27', '20144 Milano (MI)'],
                  [('Ordine n.', po), ('Data', '25/11/2026'), ('Pagamento', '60 gg d.f.f.m.'), ('Codice fornitore', 'F-%s' % m.digits(6))],
                  'ORDINE D\'ACQUISTO',
                  ['Si prega di fornire quanto segue alle condizioni indicate. L\'ordine si intende accettato con l\'invio della conferma firmata.'],
                  table=(['Pos.', 'Descrizione', 'Q.tà', 'Prezzo', 'Importo'], [35, 230, 45, 80, 93], ['l', 'l', 'r', 'r', 'r'],
                         [['10', 'Biglietti Hospitality Gold - Mira Solvej, Forum di Assago, 14/03/2027', '350', '189,00', '66.150,00']]),
                  totals=[('Imponibile', 'EUR 66.150,00', False), ('IVA 10%', 'EUR 6.615,00', False), ('Totale ordine', 'EUR 72.765,00', True)],
                  after=['Consegna biglietti: in formato elettronico a Eventi Lario S.r.l.s., biglietteria@eventilario.it, entro il 05/12/2026.',
                         'Fatturazione: Gruppo Varesina Assicurazioni S.p.A. - codice destinatario SDI W7YVJK9.'],
                  sign=['Ufficio Acquisti', 'Dott.ssa Elena Sartori'],
                  footer=[['Gruppo Varesina Assicurazioni S.p.A.', 'Capitale sociale EUR 48.000.000 i.v.'], ['Iscritta all\'Albo Imprese IVASS n. 1.00187', 'R.E.A. VA-298411']],
                  doc_title=po)
    tp = B.text_part(text, 'plain', 'windows-1252', 'quoted-printable')
    hp = B.html_part(B.simple_html(text, 'windows-1252', 'Calibri, sans-serif', '11pt'), 'windows-1252', 'quoted-printable')
    b1 = '=_' + m.alnum(26)
    alt = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    att = B.attachment(pdf, 'application/pdf', '%s_Example_Live_Italia.pdf' % po, 'plain')
    b2 = '=_' + m.alnum(26)
    body = Multi([('Content-Type', 'multipart/mixed;\n boundary="%s"' % b2)], [alt, att], b2)
    n = m.between(100, 999)
    host = 'mo%d.mail-out.ovh.net' % n
    ip = '46.105.%d.%d' % (m.between(32, 79), m.between(2, 250))
    t1 = m.later(when, 1, 2)
    snd = ('Elena Sartori - Gruppo Varesina', 'e.sartori@varesina-assicurazioni-spa.com')
    m.connect(host, host, ip, snd[1], 'giulia.romano@example.com', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'varesina-assicurazioni-spa.com')
    h = []
    h.append(('Received', 'from director%d.ghost.mail-out.ovh.net (unknown [10.109.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <giulia.romano@example.com>; %s' % (
        m.between(1, 9), m.between(1, 250), m.between(1, 250), host, '4' + m.alnum(11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxy0123456789'), d_postfix(in_zone(t1, 'UTC')))))
    h.append(('Received', 'from ghost-submission-%s-%s (unknown [10.110.%d.%d])\n\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTPS id %s\n\tfor <giulia.romano@example.com>; %s' % (
        m.hex(4), m.hex(4), m.between(1, 250), m.between(1, 250), m.between(1, 9), '4' + m.alnum(11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxy0123456789'), d_postfix(in_zone(when, 'UTC')))))
    h.append(('Authentication-Results', 'garm-%s.ovh.net; auth=pass (GARM-%s) smtp.auth=e.sartori@varesina-assicurazioni-spa.com' % (m.hex(5), m.hex(6))))
    h.append(('X-OVh-Remote', '5.34.%d.%d' % (m.between(1, 250), m.between(1, 250))))
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('Date', d_std(when)))
    h.append(('From', addr(*snd)))
    h.append(('To', 'giulia.romano@example.com'))
    h.append(('Subject', 'Ordine d\'acquisto %s - biglietti Hospitality Mira Solvej 14/03/2027' % po))
    h.append(('Message-ID', '<%s@varesina-assicurazioni-spa.com>' % m.hex(32)))
    h.append(('X-Sender', snd[1]))
    h.append(('User-Agent', 'Roundcube Webmail/1.6.7'))
    h.append(('X-Ovh-Tracer-Id', '%d' % m.between(10**18, 10**19 - 1)))
    h.append(('X-VR-SPAMSTATE', 'OK'))
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+39 0332 188 4410']
    m.meta.update(
        what='Purchase-order fraud: a "large insurer" orders 350 hospitality tickets (EUR 72,765) on 60-day payment terms, tickets to be delivered electronically to a third-party "agency" before the invoice is due.',
        why='The insurer\'s name is borrowed; the domain varesina-assicurazioni-spa.com is a recent OVH-hosted look-alike; no prior relationship or phone contact really took place; goods delivered to a third party on credit and resold - the invoice is never paid.')
