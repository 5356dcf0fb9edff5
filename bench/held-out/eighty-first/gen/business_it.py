"""Italian genuine business messages (5)."""
import math

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, quote_lines
from qr import png_rgb

W = C.who


@m('it', 'carrier-invoice-courtesy-copy')
def b_ferretti_invoice(ctx):
    t = I.T(2026, 11, 2, 8, 30, 12)
    rcpt = W('francesca.niccolai')
    r = I.aruba(ctx.rng, t, rcpt[1], client_ip='93.57.244.18', client_helo='srv-gest01.ferretti.local')
    r.msgid = '<%s.%d@ferretti-trasporti.it>' % (I.hexs(ctx.rng, 16), ctx.rng.randrange(10 ** 6, 10 ** 7))
    iban = ids.iban_fmt(C.FERRETTI)
    text = """Spett.le Example Group Italia S.r.l.,

in allegato copia di cortesia delle fatture di ottobre 2026. Gli originali
sono stati trasmessi al Sistema di Interscambio (SdI) al vostro codice
destinatario.

FT 2026/2291 del 30/10/2026  viaggio 14/10 Pistoia-Oldenburg   7.320,00 EUR
FT 2026/2317 del 30/10/2026  viaggio 21/10 Pistoia-Oldenburg   7.320,00 EUR
FT 2026/2344 del 30/10/2026  viaggio 28/10 Pistoia-Oldenburg   6.820,00 EUR

Pagamento: bonifico bancario 30 gg d.f.f.m. su Banco BPM
IBAN {iban}

Le coordinate bancarie sono invariate. Eventuali variazioni vi verranno
comunicate esclusivamente con lettera firmata dal legale rappresentante e
confermate telefonicamente.

Distinti saluti
Amministrazione
Ferretti Trasporti S.p.A.
Via Fiorentina 412 - 51100 Pistoia - Tel. 0573 93 1140
P.IVA {piva}
""".format(iban=iban, piva=C.FERRETTI_PIVA)
    pdf = files.pdf([(14, True, 'Ferretti Trasporti S.p.A.'), 'Via Fiorentina 412 - 51100 Pistoia - P.IVA ' + C.FERRETTI_PIVA, '',
                     'Spett.le Example Group Italia S.r.l. - P.IVA ' + C.EG_IT_PIVA, '',
                     (12, True, 'COPIA DI CORTESIA - Fatture ottobre 2026'), '',
                     'FT 2026/2291  viaggio 14/10  7.320,00', 'FT 2026/2317  viaggio 21/10  7.320,00', 'FT 2026/2344  viaggio 28/10  6.820,00', '',
                     (11, True, 'Totale 21.460,00 EUR (IVA 0% art. 7-ter, trasporto intracomunitario)'), '',
                     'Banco BPM - IBAN ' + iban],
                    title='Fatture ottobre 2026', author='Amministrazione', producer='TeamSystem', creator='TeamSystem Enterprise',
                    date="D:20261102092900+01'00'")
    cmrs = []
    for n, (d, plt) in enumerate((('14/10/2026', 14), ('21/10/2026', 12), ('28/10/2026', 13)), 1):
        cmrs.append(('CMR_00447%d_%s.pdf' % (18 + n, d[:5].replace('/', '')), files.pdf(
            [(13, True, 'CMR - Lettera di vettura internazionale'), 'Mittente: Example Group Italia S.r.l., Pistoia',
             'Destinatario: Example Group GmbH, Oldenburg (DE)', 'Vettore: Ferretti Trasporti S.p.A.',
             'Data carico: ' + d, 'Merce: piante vive in vaso, %d bancali EPAL' % plt, '', 'Firma destinatario: ricevuto conforme'],
            title='CMR', author='Ferretti', producer='Canon iR-ADV C5535 PDF', creator='Scan', date="D:20261031080000+01'00'")))
    z = files.make_zip(cmrs, seed=ctx.slug, dt=(2026, 10, 31, 8, 12, 0))
    body = Text(text.replace('Le coordinate bancarie', 'In allegato anche i CMR firmati dei tre viaggi (zip).\n\nLe coordinate bancarie'),
                'plain', 'iso-8859-1', '8bit')
    root = Multi('mixed', [body, Att(pdf, 'application/pdf', 'Fatture_ottobre_2026_Example_Group_Italia.pdf'),
                           Att(z, 'application/x-zip-compressed', 'CMR_ottobre_2026.zip')],
                 ctx.boundary(r, 'java'))
    return ctx.build(r, 'service', ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), [rcpt],
                     'Copia di cortesia fatture ottobre 2026', I.rdate(t, 'CET'), root, hcs='iso-8859-1', quote=True,
                     mailer=('X-Mailer', 'TeamSystem Enterprise Mail'),
                     what='Carrier Ferretti sends courtesy copies of the October invoices (originals via SdI) and a ZIP with the signed CMR scans (PDF)',
                     why='Sent by the carrier\'s accounting system through Aruba from its Italian office IP, IBAN at Banco BPM unchanged, originals delivered through SdI, states that bank changes only come by signed letter',
                     notes='hn:carrier-thread-hijack-iban-change -- same carrier and same invoices; genuine mail keeps the Banco BPM account and comes from the office, not from a foreign VPS')


@m('it', 'carrier-pickup-scheduling')
def b_ferretti_ops(ctx):
    t = I.T(2026, 11, 5, 15, 2, 31)
    rcpt = W('lorenzo.bartolini')
    r = I.aruba(ctx.rng, t, rcpt[1], client_ip='93.57.244.18', client_helo='[192.168.10.61]')
    r.msgid = '<%s@ferretti-trasporti.it>' % I.ruuid(ctx.rng)
    prev = '<b7d21c9e4f3a4e0c9a1f5d6e8c2b3a17@EXCH02.corp.example.com>'
    quoted = """Ciao Chiara,
per il viaggio di martedì 10/11 avremmo 12 bancali di ulivi (circ. 16-18,
vaso 35) più 6 roll di perenni. Riuscite a caricare a Pistoia alle 7:00?
Destinazione come sempre il magazzino di Oldenburg.

Lorenzo"""
    text = """Ciao Lorenzo,

confermo il ritiro di martedì 10/11 alle ore 7:00 presso il vostro piazzale
di Pistoia (via del Vivaio 5): 12 bancali ulivi + 6 roll perenni, motrice con
rimorchio frigo impostato a 6 °C, autista Marco Gori, targa GK 418 TZ.

Consegna prevista a Oldenburg giovedì 12/11 in mattinata; vi mando il CMR
firmato appena l'autista rientra. Per i bancali EPAL facciamo scambio come
al solito.

Buona serata
Chiara

--
Chiara Colombo
Ufficio Traffico - Ferretti Trasporti S.p.A.
Tel. 0573 93 1152 - Cell. 335 612 4471

Il 05/11/2026 11:48, Lorenzo Bartolini ha scritto:
""" + quote_lines(quoted) + '\n'
    body = Text(text, 'plain', 'UTF-8', 'quoted-printable', ct_params='; format=flowed', quote_charset=False)
    return ctx.build(r, 'thunderbird', ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [rcpt],
                     'Re: viaggio 10/11 - ritiro bancali ulivi Pistoia', I.rdate(t, 'CET'), body,
                     cc=[W('sven.rademacher')], irt=prev, refs=prev, mailer=('User-Agent', 'Mozilla Thunderbird'), lang_tag='it',
                     what='Carrier\'s traffic clerk confirms a pick-up in an ongoing thread',
                     why='Chiara\'s usual Thunderbird via Aruba from the carrier\'s office IP, purely operational (vehicle, driver, temperature, pallets), no payment or link',
                     notes='hn:carrier-thread-hijack-iban-change -- same person and mailbox as the hijacked thread; genuine mail is operational and comes from the office IP')


def _leaf_png():
    def px(x, y):
        cx, cy = 80, 60
        d = math.hypot((x - cx) / 1.6, y - cy)
        if d < 38:
            yellow = max(0, min(1, (x - 50) / 70.0))
            return (int(90 + 120 * yellow), int(140 + 60 * yellow), 40)
        if abs(y - 60) < 2 and x < 130:
            return (70, 60, 30)
        return (205 + (x * 7 + y * 3) % 20, 200 + (x * 3) % 15, 185)
    return png_rgb(160, 120, px)


@m('it', 'customer-complaint-photos')
def b_rinaldi(ctx):
    t = I.T(2026, 11, 16, 17, 44, 9)
    rcpt = W('lorenzo.bartolini')
    r = I.libero(ctx.rng, t, rcpt[1])
    r.msgid = '<%s@libero.it>' % I.ruuid(ctx.rng, True)
    text = """Buonasera Lorenzo,

ti scrivo per gli ulivi Leccino che ho ritirato venerdì per il giardino di
Camaiore (ordine 2026-IT-0871). Tre dei cinque esemplari hanno già le foglie
ingiallite e in parte secche sul lato esposto, ti allego uno screenshot
delle foto che mi ha mandato il cliente.

Non voglio fare polemiche, ci lavoriamo insieme da anni, ma il cliente mi
ha già chiamato due volte. Possiamo vederci in vivaio mercoledì mattina?
Se le piante sono da sostituire, vorrei farlo prima della posa definitiva
di sabato.

Grazie, a presto
Marco

Inviato da iPhone
"""
    png = _leaf_png()
    root = Multi('mixed', [Text(text, 'plain', 'utf-8', 'quoted-printable', quote_charset=False),
                           Att(png, 'image/png', 'IMG_4821.PNG', disposition='inline', ct_extra='; x-unix-mode=0644')],
                 ctx.boundary(r, 'apple'))
    return ctx.build(r, 'apple', ('Marco Rinaldi', 'marco.rinaldi72@libero.it'), [rcpt],
                     'Ulivi Camaiore - foglie gialle', I.rdate(t, 'CET'), root,
                     mailer=('X-Mailer', 'iPhone Mail (22B91)'),
                     what='Long-standing customer (garden designer) complains about yellowing olive trees, screenshot attached',
                     why='Known customer address on Libero sent from an iPhone, references a real order and pick-up, asks for an on-site meeting; attachment is a harmless PNG',
                     notes='')


@m('it', 'accountant-sdi-rejection')
def b_guidi(ctx):
    t = I.T(2026, 11, 17, 11, 25, 40)
    rcpt = W('francesca.niccolai')
    r = I.aruba(ctx.rng, t, rcpt[1], client_ip='151.0.146.20', client_helo='[192.168.1.21]')
    r.msgid = '<%s@studioguidi-commercialisti.it>' % I.ruuid(ctx.rng)
    text = """Gentile Francesca,

ieri sera il Sistema di Interscambio ha scartato la fattura n. 2026/1187
(Vivai Santini, 4.120,00 EUR) con codice errore 00305: la partita IVA del
cliente non risulta valida in anagrafe tributaria. Probabilmente manca uno
zero iniziale nell'anagrafica del gestionale.

Il file di notifica (NS) è visibile nel cassetto fiscale dello studio; non
serve che accediate voi al portale. Vi chiedo solo di correggere
l'anagrafica e di riemettere la fattura con la stessa numerazione e data
entro i 5 giorni previsti, poi la ritrasmettiamo noi come di consueto.

Se preferite, domani mattina passo io da voi in sede per sistemare insieme
l'anagrafica.

Cordiali saluti

Dott. Paolo Guidi
Studio Guidi Commercialisti
Viale Adua 118 - 51100 Pistoia - Tel. 0573 36 2210
"""
    a = alt(ctx, r, text, None, 'iso-8859-15', 'quoted-printable', bstyle='thunderbird', lang='it',
            font='Verdana, sans-serif')
    return ctx.build(r, 'thunderbird', ('Dott. Paolo Guidi', 'p.guidi@studioguidi-commercialisti.it'), [rcpt],
                     'Fattura 2026/1187 scartata dallo SdI - da riemettere', I.rdate(t, 'CET'), a,
                     hcs='iso-8859-15', mailer=('User-Agent', 'Mozilla Thunderbird'), lang_tag='it-IT',
                     what='The subsidiary\'s accountant reports a real SdI rejection and explains the fix',
                     why='Known accountant\'s own domain and Thunderbird via Aruba, explains the error in substance, says explicitly that no portal login is needed, offers to come in person',
                     notes='hn:sdi-rejected-invoice-phish -- same invoice and same SdI error; genuine mail from the accountant needs no login link')


@m('it', 'nursery-quote-pdf')
def b_bellandi(ctx):
    t = I.T(2026, 11, 23, 14, 10, 5)
    rcpt = W('lorenzo.bartolini')
    r = I.aruba(ctx.rng, t, rcpt[1], client_ip='79.11.52.183', client_helo='PC-UFFICIO2')
    r.msgid = '<000c01db%s$%s$%s@vivaibellandi.it>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    text = """Buongiorno Lorenzo,

come d'accordo al telefono ti mando il preventivo per la primavera 2027:

- Olea europaea 'Leccino', circ. 16-18, vaso 45: 40 pz a 118,00 EUR
- Photinia x fraseri 'Red Robin', vaso 18, h 80-100: 300 pz a 9,40 EUR
- Pittosporum tobira 'Nanum', vaso 20: 150 pz a 11,20 EUR

Prezzi franco vivaio, IVA esclusa, validità 31/12/2026. Il preventivo
completo in PDF è in allegato. Per la conferma basta una tua mail, il
ritiro lo organizzate come sempre con Ferretti.

Buona giornata
Andrea

Vivai Bellandi Società Agricola
Via Bottaia 31 - 51100 Pistoia
Tel. 0573 40 2256
"""
    pdf = files.pdf([(14, True, 'Vivai Bellandi Società Agricola'), 'Via Bottaia 31 - 51100 Pistoia', '',
                     (12, True, 'Preventivo n. 2026/145 del 23/11/2026'), 'Cliente: Example Group Italia S.r.l.', '',
                     'Olea europaea Leccino circ. 16-18 v45        40 x 118,00   4.720,00',
                     'Photinia x fraseri Red Robin v18 h80-100   300 x   9,40   2.820,00',
                     'Pittosporum tobira Nanum v20                150 x  11,20   1.680,00', '',
                     (11, True, 'Totale imponibile 9.220,00 EUR - validità 31/12/2026'), 'Resa: franco vivaio Pistoia'],
                    title='Preventivo 2026/145', author='Andrea Bellandi', producer='Microsoft® Excel® 2019', creator='Excel',
                    date="D:20261123140000+01'00'")
    a = alt(ctx, r, text, None, 'windows-1252', 'quoted-printable', bstyle='outlook', lang='it', font='Calibri, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Preventivo_2026-145_Example_Group.pdf')], ctx.boundary(r, 'outlook'))
    return ctx.build(r, 'outlook', ('Andrea Bellandi', 'andrea@vivaibellandi.it'), [rcpt],
                     'Preventivo primavera 2027', I.rdate(t, 'CET'), root, hcs='windows-1252',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='it',
                     what='Regular nursery supplier sends a quotation as PDF',
                     why='Known supplier on its own domain via Aruba from an Italian line, prices and items in the body, plain PDF attachment, follows a phone call, no link or instructions',
                     notes='hn:clickfix-quote-html -- same topic (spring quote from a Pistoia nursery); genuine quote is a PDF and the body carries the content')


MESSAGES = [b_ferretti_invoice, b_ferretti_ops, b_rinaldi, b_guidi, b_bellandi]
