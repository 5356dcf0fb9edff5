"""Business messages 17-21 (Italian)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM
from company import E, A, IBAN_FERRETTI, PIVA_FERRETTI, PIVA_EXAMPLE_IT
from reg import business, alt, mixed, pdf_att
import infra
import infra2
import finance as fi
import docs

FERR_SIG = ('Ferretti Trasporti S.p.A.\nVia dell\'Industria 48 - 37135 Verona\n'
            'Tel. +39 045 861 2200 - www.ferretti-trasporti.it\nP.IVA ' + PIVA_FERRETTI)
FERR_HEAD = ['Ferretti Trasporti S.p.A.', 'Autotrasporti nazionali e internazionali · Via dell\'Industria 48 · 37135 Verona',
             'Tel. +39 045 861 2200 · P.IVA ' + PIVA_FERRETTI + ' · REA VR-281744']


@business(17, 'it', 'ferretti-fattura',
          'Ferretti Trasporti\'s accounts office sends invoice 2026/FT/3391 (groupage Neuss–Milano and '
          'distribution to pharmacies) as a courtesy PDF copy of the SdI e-invoice.',
          'Real ferretti-trasporti.it domain via its usual Aruba mailbox; the IBAN is the long-known Banco BPM '
          'account; usual document formats (courtesy copy of the e-invoice), no change or urgency.', hn=[17])
def b17(m):
    t = T(2026, 11, 3, 14, 22, 5)
    sender = 'amministrazione@ferretti-trasporti.it'
    f = dict(sender=sender, rcpt=E('it_acc'), frm=addr('Ferretti Trasporti - Amministrazione', sender, quote=True),
             to=A('it_acc'), subject='Fattura n. 2026/FT/3391 del 31/10/2026 - copia di cortesia')
    infra.aruba(m, t, f, '93.62.141.18')
    iban = fi.fmt_iban(IBAN_FERRETTI)
    src = """Spett.le Example Italia S.r.l.,

in allegato la copia di cortesia della fattura n. 2026/FT/3391 del 31/10/2026, già trasmessa tramite Sistema di Interscambio al Vostro codice destinatario.

Importo: EUR 9.874,12 (IVA inclusa)
Scadenza: 30/11/2026 (bonifico 30 gg d.f.)
Coordinate: Banco BPM - IBAN %s

Cordiali saluti

Ufficio Amministrazione
%s
""" % (iban, FERR_SIG)
    pdf = docs.invoice(
        FERR_HEAD, ['Spett.le', 'Example Italia S.r.l.', 'Via Tortona 31', '20144 Milano (MI)', 'P.IVA ' + PIVA_EXAMPLE_IT],
        [('Fattura n.', '2026/FT/3391'), ('Data', '31/10/2026'), ('Cod. cliente', 'C-01877'), ('Scadenza', '30/11/2026')],
        [('1', 'Groupage Neuss (DE) - Milano, 14 bancali, DDT 26/1403', '1', '3.420,00', '3.420,00'),
         ('2', 'Distribuzione farmacie Lombardia, 86 consegne', '86', '51,50', '4.429,00'),
         ('3', 'Adeguamento carburante ottobre', '1', '244,54', '244,54')],
        [('Imponibile', '8.093,54'), ('IVA 22%', '1.780,58'), ('Totale documento EUR', '9.874,12')],
        ['Pagamento: bonifico bancario 30 gg data fattura.', 'Banco BPM S.p.A. - Filiale di Verona - IBAN ' + iban + ' - BIC BAPPIT21AW5',
         'Copia di cortesia: l\'originale è il file XML trasmesso tramite SdI (art. 21 D.P.R. 633/72).'],
        ['Ferretti Trasporti S.p.A. · Capitale sociale € 1.200.000 i.v. · Registro Imprese di Verona'], t, zone='IT',
        title='Fattura 2026/FT/3391', author='Ferretti Trasporti', creator='TeamSystem', producer='TeamSystem Enterprise',
        cols=('Riga', 'Descrizione', 'Q.tà', 'Prezzo', 'Importo'), doc_title='FATTURA')
    m.body = mixed(m, 'nextpart', alt(m, 'nextpart', src, 'iso-8859-1', lang='IT'),
                   pdf_att(pdf, 'Fattura_2026_FT_3391.pdf', style='plain'))


@business(18, 'it', 'ferretti-sollecito-sospensione',
          'Chiara Colombo (Ferretti) urgently reminds of two overdue invoices and announces suspension of '
          'pickups from 20/11; warns that fake IBAN-change e-mails from ferretti-trasporti.com are circulating.',
          'Urgent, with a supply threat, but from the real .it domain and the known contact; payment only to '
          'the unchanged Banco BPM account; offers a phone call; explicitly disowns the look-alike domain.', hn=[17])
def b18(m):
    t = T(2026, 11, 12, 8, 51, 47)
    sender = 'c.colombo@ferretti-trasporti.it'
    f = dict(sender=sender, rcpt=E('it_acc'), frm=addr('Chiara Colombo', sender), to=A('it_acc'),
             cc=A('it_mgr'), subject='SOLLECITO fatture scadute 2026/FT/3187 e 3244 - sospensione ritiri dal 20/11')
    infra.aruba(m, t, f, '93.62.141.22')
    src = """Buongiorno Marco,

Le scrivo perché dall'amministrazione mi segnalano che le fatture 2026/FT/3187 (scad. 15/10) e 2026/FT/3244 (scad. 22/10), per un totale di EUR 14.386,40, risultano ancora aperte nonostante il sollecito del 28/10.

Purtroppo, se non riceviamo il pagamento entro giovedì 19/11, la direzione mi ha chiesto di sospendere i ritiri a Neuss a partire dal 20/11, il che bloccherebbe anche le consegne alle farmacie prima di Natale. Vorrei evitarlo, quindi se c'è qualche contestazione mi chiami pure al 045 861 2231 e la risolviamo subito.

Le coordinate bancarie sono quelle di sempre (Banco BPM, IBAN %s). Ci hanno segnalato che circolano e-mail false a nostro nome, inviate dal dominio ferretti-trasporti.com, con una presunta variazione IBAN: non sono nostre, il nostro dominio è solo ferretti-trasporti.it.

Grazie e buona giornata,

Chiara Colombo
Ufficio Traffico e Customer Service
%s
""" % (fi.fmt_iban(IBAN_FERRETTI), FERR_SIG)
    m.body = alt(m, 'nextpart', src, 'windows-1252', cte='8bit', lang='IT')


@business(19, 'it', 'farmacia-ordine-reclamo-libero',
          'The pharmacist of Farmacia San Rocco (customer, on a libero.it mailbox) sends a Christmas reorder '
          'and asks for a credit note for two crushed packs.',
          'Known customer writing from his usual consumer mailbox; concrete delivery-note references; asks '
          'for a normal credit note, no payment redirection or links.')
def b19(m):
    t = T(2026, 11, 10, 17, 12, 9)
    sender = 'farmaciasanrocco.ricci@libero.it'
    f = dict(sender=sender, rcpt=E('it_sales'), frm=addr('Alberto Ricci', sender), to=E('it_sales'),
             subject='Ordine Natale + 2 confezioni danneggiate DDT 4417')
    infra.libero(m, t, f, '151.38.112.204')
    src = """Buonasera Francesca,

come d'accordo Le mando l'ordine per il periodo natalizio:
- 12 Crema mani & unghie 75 ml
- 6 cofanetti regalo "Rituale viso" (quelli con espositore da banco, se ancora disponibili)
- 24 Balsamo labbra SPF 15
- 6 Crema viso idratante 50 ml pelli sensibili

Nell'ultima consegna (DDT 4417 del 09/11) due confezioni di Spray solare bambini SPF 50+ erano schiacciate e il tappo di una perdeva. Le ho messe da parte, se mi fa avere una nota di credito oppure le sostituisce con questo ordine va benissimo uguale.

Grazie e a presto,

Dott. Alberto Ricci
Farmacia San Rocco
Via Garibaldi 12, 20900 Monza (MB)
Tel. 039 232 1187
"""
    m.body = text(src, 'UTF-8', 'quoted-printable')


@business(20, 'it', 'newsletter-cosmetica-mercato',
          'Subscribed Italian trade newsletter "Cosmetica & Mercato" (market data, Cosmoprof 2027 '
          'registrations, pharmacy channel) sent via MailUp.',
          'Opted-in newsletter with List-Unsubscribe; sender domain consistent with links; refers to the '
          'real organiser\'s exhibitor area without asking for data or payment.', hn=[21])
def b20(m):
    t = T(2026, 11, 19, 7, 30, 0)
    sender = 'newsletter@cosmeticaemercato.it'
    unsub = 'https://cosmeticaemercato.emailsp.com/frontend/nl_catalog.aspx?idList=3&u=%s' % H(m.seed('u'), 24)
    f = dict(sender=sender, rcpt=E('it_mgr'), frm=addr('Cosmetica & Mercato', sender), to=E('it_mgr'),
             subject='Cosmetica & Mercato | Farmacia a +5%, verso Cosmoprof 2027, nuove regole sugli allergeni')
    infra2.mailup(m, t, f, 118402, 3, x=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@cosmeticaemercato.it>' % unsub),
                                           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')])
    items = [
        ('Canale farmacia: vendite di dermocosmesi a +5% nei primi nove mesi',
         'Secondo i dati di sell-out delle farmacie, crescono soprattutto protezione solare pediatrica e skincare '
         'per pelli sensibili; in calo i cofanetti regalo di fascia bassa.'),
        ('Cosmoprof Worldwide Bologna 2027: aperte le iscrizioni',
         'BolognaFiere ha aperto l\'area riservata espositori per la prossima edizione. Attenzione alle offerte di '
         'inserimento in "guide espositori" non ufficiali: l\'unico catalogo è quello dell\'organizzatore.'),
        ('Allergeni: cosa cambia in etichetta dopo luglio 2026',
         'Il Regolamento (UE) 2023/1545 amplia l\'elenco degli allergeni da dichiarare: i prodotti nuovi devono '
         'già essere conformi, quelli in commercio hanno tempo fino al 2028.'),
    ]
    plain = 'Cosmetica & Mercato - newsletter del 19 novembre 2026\n\n'
    html_items = ''
    for i, (h, p) in enumerate(items):
        url = 'https://cosmeticaemercato.emailsp.com/f/rnl.aspx/?%s' % H(m.seed('l%d' % i), 40, ALNUM + '=&')
        plain += '%s\n%s\nLeggi: %s\n\n' % (h, p, url)
        html_items += ('<h3 style="font-family:Arial;color:#8a1538">%s</h3><p style="font-family:Arial;font-size:14px">%s '
                       '<a href="%s">Leggi tutto</a></p>' % (esc(h), esc(p), esc(url)))
    plain += 'Ricevi questa newsletter perché ti sei iscritto su cosmeticaemercato.it.\nCancellati: %s\n' % unsub
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="background:#f6f1f3">'
            '<table width="620" align="center" style="background:#fff" cellpadding="20"><tr><td>'
            '<div style="font-family:Georgia;font-size:28px;color:#8a1538">Cosmetica &amp; Mercato</div>' + html_items +
            '<p style="font-size:11px;color:#888;font-family:Arial">Ricevi questa newsletter perché ti sei iscritto su cosmeticaemercato.it. '
            '<a href="%s">Cancellati</a></p></td></tr></table></body></html>' % esc(unsub))
    m.body = multi('alternative', [text(plain, 'iso-8859-15', 'quoted-printable'), text(html, 'iso-8859-15', 'quoted-printable', 'html')],
                   boundary('java', m.seed('alt')))


@business(21, 'it', 'collega-pc-rotto-mail-privata',
          'Francesca Riva writes from her private Libero mailbox: her company laptop will not boot, ticket '
          'opened with IT, she asks her manager to reschedule a pharmacy visit.',
          'Colleague using private mail for a stated, verifiable reason (helpdesk ticket number); asks for '
          'nothing sensitive, no payment or data; writes in the team\'s normal tone.', hn=[36, 40])
def b21(m):
    t = T(2026, 11, 25, 7, 58, 44)
    sender = 'francesca.riva82@libero.it'
    f = dict(sender=sender, rcpt=E('it_mgr'), frm=addr('Francesca Riva', sender), to=E('it_mgr'),
             subject='PC aziendale KO - scrivo dalla mail personale')
    infra.libero(m, t, f, '79.47.201.33')
    src = """Ciao Giulia,

ti scrivo dalla mia mail personale perché stamattina il portatile aziendale non si accende più (resta lo schermo nero con la ventola al massimo). Ho già chiamato l'helpdesk di Neuss, hanno aperto il ticket INC0049377 e mi mandano un muletto per corriere entro domani.

Oggi quindi non riesco a leggere la posta aziendale né ad accedere al CRM. Potresti spostare tu l'appuntamento delle 15 con la Farmacia Centrale di Lodi a giovedì? Il numero è nel CRM sotto "Lodi - Dott.ssa Bassi".

Per qualsiasi cosa sono raggiungibile sul cellulare aziendale.

Grazie, a dopo
Francesca
"""
    m.body = text(src, 'UTF-8', 'quoted-printable')
