"""Genuine business messages 17-31: Italian (17-21), Polish (22-26), Spanish (27-31)."""
import ident as I
import infra
from attack_it_pl_es import TXIRR_MID
from compose import alt, att, mixed, plain
from kit import B, H, gmail_attr, pdf
from mime import esp_html, esp_text
from people import C, FERR, OFFICES, PLOG, S
from util import rng_for, rs

SPECS = []


def add(**kw):
    kw.setdefault('folder', 'business')
    SPECS.append(kw)


IT, PL, ES = OFFICES['IT'], OFFICES['PL'], OFFICES['ES']


def _ferretti_route(c, srv_ip='62.149.155.%d'):
    return infra.smtp_host(c, ('smtpdh17-2.aruba.it', 'smtpdh17-2.aruba.it', '62.149.155.167'), mta='aruba',
                           client=('[192.168.10.31]', 'unknown', '93.62.170.14'), mua='olk16', lang='it',
                           tls='tls12')


# ================================================================= ITALIAN
# ---------------------------------------------------------------- 17 Ferretti invoices (courtesy copy)
def _inv_page(no, date, lines, imp):
    iva = round(imp * 0.22, 2)
    return [H('FERRETTI TRASPORTI S.p.A.'), 'Via Francia 41 - 37135 Verona (VR) · P.IVA ' + FERR['vat'], '',
            B('FATTURA N. %s DEL %s - COPIA DI CORTESIA' % (no, date)),
            'Documento trasmesso al Sistema di Interscambio. La presente copia non ha valore fiscale.', '',
            'Cliente: Example Group Italia S.r.l. · Viale della Repubblica 193 · 31100 Treviso (TV)',
            'P.IVA ' + IT['vat'], ''] + lines + [
            '', 'Imponibile            %s EUR' % _it(imp), 'IVA 22%%                %s EUR' % _it(iva),
            B('Totale documento       %s EUR' % _it(imp + iva)), '',
            'Pagamento: bonifico 60 gg d.f.f.m. · %s · IBAN %s' % (FERR['bank'], I.fmt_iban(FERR['iban']))]


def _it(x):
    s = '{:,.2f}'.format(x)
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


_p17 = pdf(_inv_page('2026/FT/4418', '31/10/2026',
                     ['Trasporti groupage Treviso - Freiburg im Breisgau, ottobre 2026 (9 viaggi)   5.840,00'], 5840.00)
           + ['\f'] +
           _inv_page('2026/FT/4419', '31/10/2026',
                     ['Distribuzione Veneto/Lombardia ai rivenditori, ottobre 2026 (22 consegne)   2.310,00'], 2310.00),
           'Fatture 4418-4419', 'amministrazione', 'Zucchetti Ad Hoc Revolution', 'PDF Printer',
           '2026-11-03 09:58')
add(num=17, lang='it', slug='ferretti-fatture-copia-cortesia', when='2026-11-03 10:14:22',
    route=lambda c: _ferretti_route(c),
    frm=FERR['amm'], to=[S['it_acc']],
    subject='Ferretti Trasporti S.p.A. - copia di cortesia fatture n. 2026/FT/4418 e 4419 del 31/10/2026',
    body=mixed(alt('''Spett.le Example Group Italia S.r.l.,

si trasmettono in allegato le copie di cortesia delle fatture n. 2026/FT/4418 e 2026/FT/4419 del 31/10/2026, relative ai servizi di trasporto del mese di ottobre.

Gli originali sono stati trasmessi tramite il Sistema di Interscambio al Vostro codice destinatario e sono consultabili nel cassetto fiscale.

Pagamento: bonifico bancario a 60 gg d.f.f.m. sulle coordinate indicate in fattura (Banco BPM, invariate).

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Francia 41 - 37135 Verona (VR)
Tel. +39 045 820 3311 - P.IVA %s''' % FERR['vat'], 'iso-8859-1', lang='IT'),
               att(_p17, 'application/pdf', 'Fatture_2026_FT_4418_4419_copia_cortesia.pdf')),
    what='Carrier sends courtesy copies of two October invoices (originals via SdI)',
    why='Real ferretti-trasporti.it via the carrier\'s Aruba mail and Outlook as usual; invoices also in SdI; '
        'payment to the unchanged Banco BPM account.',
    neg_of=[(17, 'Ferretti Trasporti, invoices 4418/4419', 'Genuine domain and mail path; bank details explicitly unchanged')],
    tech='', infra='Aruba (Ferretti Trasporti), Outlook 16')

# ---------------------------------------------------------------- 18 Ferretti reminder with suspension
add(num=18, lang='it', slug='ferretti-sollecito-sospensione', when='2026-12-10 09:48:05',
    route=lambda c: _ferretti_route(c),
    frm=FERR['colombo'], to=[S['it_acc']], cc=[S['it_mgr']],
    subject='Sollecito di pagamento – fatture scadute – sospensione ritiri dal 18/12',
    body=alt('''Gentile dott. Russo,

nonostante il nostro sollecito del 25/11, risultano ancora insolute le seguenti fatture:

- 2026/FT/3977 del 30/09/2026 – € 6.902,40 – scaduta il 30/11/2026
- 2026/FT/4102 del 15/10/2026 – € 3.118,60 – scaduta il 30/11/2026

Vi chiediamo di provvedere al saldo entro il 16/12/2026 sulle consuete coordinate Banco BPM indicate in fattura. In mancanza, a malincuore, saremo costretti a sospendere dal 18/12 i ritiri programmati presso il Vostro magazzino di Treviso, compresi i carichi per Friburgo di fine anno.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci la contabile e di considerare nulla la presente.

Per qualsiasi chiarimento può chiamarmi al numero diretto 045 820 3318.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via Francia 41 – 37135 Verona (VR)
Tel. +39 045 820 3318''', 'windows-1252', lang='IT'),
    what='Carrier chases two overdue invoices and threatens to suspend pick-ups from 18 December',
    why='Genuine Chiara Colombo mailbox via the carrier\'s usual Aruba/Outlook path; payment to the usual '
        'Banco BPM account; offers her direct phone number; office manager in CC.',
    neg_of=[(17, 'Ferretti Trasporti, payment pressure', 'Genuine domain, no bank change, phone contact offered')],
    tech='', infra='Aruba (Ferretti Trasporti), Outlook 16')

# ---------------------------------------------------------------- 19 dealer complaint (libero)
add(num=19, lang='it', slug='bortolin-reclamo-batteria-libero', when='2026-11-20 18:05:37',
    route=lambda c: infra.libero(c, client_ip='151.38.112.9'),
    frm=C['bortolin']['contacts'][0], to=[S['it_sales']],
    subject='Reclamo urgente - Trekking E-5 cliente Zanon - batteria non si ricarica',
    body=plain('''Buonasera Francesca,

Le scrivo di nuovo per la Trekking E-5 venduta a maggio al signor Zanon (telaio EG5-26-0311472). Da tre settimane la batteria non si ricarica più: il caricatore dà luce verde fissa ma la batteria resta al 20%. Abbiamo provato con un altro caricatore e con un'altra batteria in negozio: il problema è la batteria.

Il cliente è molto arrabbiato, usa la bici tutti i giorni per andare al lavoro e minaccia di rivolgersi a un'associazione dei consumatori. Ho aperto la pratica di garanzia sul portale il 30 ottobre (n. GAR-IT-26-0872) ma non ho ancora ricevuto risposta.

Mi serve una batteria sostitutiva entro la prossima settimana, altrimenti devo dargli una bici in prestito a spese mie. Mi faccia sapere qualcosa domani, per favore.

Saluti
Renzo Bortolin
Cicli Bortolin s.n.c.
Via Riccati 12 - 31033 Castelfranco Veneto (TV)
Tel. 0423 491 227''', 'iso-8859-15', 'quoted-printable'),
    what='Dealer on libero.it complains about a battery that no longer charges and demands a replacement',
    why='Known dealer writing from his usual consumer mailbox; concrete frame and warranty numbers; angry '
        'but asks for a spare part, no links, no payment change.',
    neg_of=[], tech='', infra='libero.it (Italiaonline)')

# ---------------------------------------------------------------- 20 internal: SdI rejections
add(num=20, lang='it', slug='sdi-scarti-verifica-anagrafiche-interno', when='2026-10-15 11:30:48',
    route=lambda c: infra.exchange_internal(c, client='10.21.0.44', lang='it-IT'),
    frm=S['it_acc'], to=[S['it_mgr'], S['it_sales']],
    subject='Fatture elettroniche scartate dallo SdI (errore 00305) - verifica anagrafiche',
    body=alt('''Ciao Giulia, ciao Francesca,

lo SdI ci ha scartato due fatture di ieri con errore 00305 (IdFiscaleIVA del cessionario non valido):

- FT 2026/0871 a Cicli Bortolin s.n.c.
- FT 2026/0874 a Bike Shop Lago di Garda S.r.l.

Le notifiche di scarto sono arrivate regolarmente sul canale del nostro intermediario (nel gestionale), non via e-mail. In entrambi i casi in anagrafica cliente c'è una partita IVA con una cifra sbagliata.

Francesca, mi confermi le partite IVA corrette dai loro ultimi ordini? Appena le ho, correggo l'anagrafica e ritrasmetto: abbiamo 5 giorni dalla notifica, quindi entro martedì siamo tranquilli.

PS: stamattina a più persone è arrivata una finta "notifica di scarto" con un archivio zip protetto da password. Non apritela e segnalatela con il pulsante "Segnala phishing".

Grazie
Paolo

Paolo Russo
Contabilità | Example Group Italia S.r.l.
Viale della Repubblica 193, 31100 Treviso
Tel. +39 0422 158 412''', 'iso-8859-1', lang='IT'),
    what='Italian accountant asks colleagues to fix customer VAT numbers after two SdI rejections',
    why='Internal relay/Exchange path, real colleague; SdI notices came through the intermediary channel; '
        'asks for data, no links, no attachments.',
    neg_of=[(18, 'SdI rejection, error 00305, same day', 'Internal sender, notices in the ERP channel, no archive/password')],
    tech='', infra='Internal: Exchange EX01 -> mail-int01 -> mx01')


# ---------------------------------------------------------------- 21 newsletter via SendGrid
def _body21(r):
    lk = lambda n: infra.sendgrid_link(rng_for('b21', n), r.sg_acct, '')
    b = [('h', 'BiciMercato News – novembre 2026'),
         ('p', '**Mercato e-bike: il terzo trimestre conferma la ripresa**\nSecondo i dati raccolti presso i '
               'rivenditori, le vendite di e-bike da trekking e city crescono rispetto al 2025, mentre le MTB '
               'elettriche restano stabili. Scorte finalmente sotto controllo. [[Leggi tutto|%s]]' % lk(1)),
         ('p', '**EICMA 2026: le novità per il 2027**\nPiù autonomia, telai più leggeri e tanta attenzione alla '
               'sicurezza delle batterie: la nostra selezione dalla fiera di Milano. [[Leggi tutto|%s]]' % lk(2)),
         ('p', '**Incentivi regionali alla mobilità sostenibile**\nUna panoramica dei bandi aperti per il 2027 '
               'e di cosa devono sapere i negozi. [[Leggi tutto|%s]]' % lk(3))]
    f = ('Ricevi questa newsletter perché ti sei iscritto su bicimercato.it.\n'
         '[[Annulla iscrizione|https://www.bicimercato.it/newsletter/disiscrizione]] · BiciMercato S.r.l. · '
         'Via Tortona 27 · 20144 Milano · P.IVA 09871230967')
    return alt(None, 'utf-8', html=esp_html(b, '#0061a8', 'BiciMercato News', f, 'Il mercato e-bike nel terzo trimestre',
                                             logo_text='BiciMercato News', lang='it'),
               text=esp_text(b, f))


add(num=21, lang='it', slug='newsletter-bicimercato-sendgrid', when='2026-11-13 07:30:55',
    route=lambda c: infra.sendgrid(c, 'em2219.bicimercato.it', acct=22190457),
    frm=('BiciMercato News', 'newsletter@bicimercato.it'), to=[S['it_sales']],
    subject='BiciMercato News: mercato e-bike Q3, novità EICMA, incentivi 2027',
    extra=[('List-Unsubscribe', '<https://www.bicimercato.it/newsletter/disiscrizione?e=francesca.deluca%40examplegroup.eu>,\n '
                                '<mailto:unsubscribe@bicimercato.it?subject=unsubscribe>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    body=_body21,
    what='Italian bicycle-trade newsletter',
    why='Subscribed newsletter via SendGrid with List-Unsubscribe/One-Click, consistent sender domain, '
        'editorial content only.',
    neg_of=[(8, 'SendGrid with tracked links', 'Subscribed editorial newsletter, no deadline, no login')],
    tech='', infra='SendGrid')

# ================================================================= POLISH
# ---------------------------------------------------------------- 22 Partner Logistik invoice (KSeF)
KSEF22 = I.ksef_number(PLOG['nip'], '20261031', '4c81a7f0d2e3')
_p22 = pdf([H('Partner Logistik sp. z o.o.'), 'ul. Głogowska 248, 60-104 Poznań · NIP ' + I.fmt_nip(PLOG['nip']), '',
            B('Faktura VAT nr FV/2026/10/0412'), 'Data wystawienia: 31.10.2026   Data sprzedaży: 31.10.2026',
            'Numer KSeF: ' + KSEF22, 'Wizualizacja faktury ustrukturyzowanej', '',
            'Nabywca: Example Group Polska sp. z o.o., ul. Krakowska 180, 52-015 Wrocław, NIP ' + I.fmt_nip(PL['nip']), '',
            'Lp. Nazwa usługi                                        Netto        VAT',
            '1   Magazynowanie - październik 2026 (612 miejsc pal.)  14 688,00    23%',
            '2   Obsługa przyjęć i wydań                               6 913,00    23%',
            '3   Dystrybucja krajowa - 41 dostaw                       4 756,00    23%', '',
            'Razem netto: 26 357,00 zł    VAT 23%: 6 062,11 zł', B('Do zapłaty: 32 419,11 zł'),
            'Termin płatności: 07.11.2026   Forma: przelew',
            'Rachunek: %s %s' % (PLOG['bank'], I.fmt_iban(PLOG['iban'])),
            'Mechanizm podzielonej płatności: nie dotyczy'],
           'FV/2026/10/0412', 'Partner Logistik', 'Comarch ERP Optima', 'Comarch ERP Optima', '2026-11-02 09:31')
add(num=22, lang='pl', slug='partner-logistik-faktura-ksef', when='2026-11-02 09:40:11',
    route=lambda c: infra.smtp_host(
        c, ('mail.partner-logistik.pl', 'mail.partner-logistik.pl', '46.242.128.74'),
        client=('[10.10.1.57]', 'unknown', '10.10.1.57'), mua='olk16', lang='pl', tls='tls13'),
    frm=PLOG['ksieg'], to=[S['pl_acc']],
    subject='Faktura FV/2026/10/0412 – usługi magazynowe i dystrybucja, październik 2026',
    body=mixed(alt('''Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/0412 z dnia 31.10.2026 r. za usługi magazynowania i dystrybucji w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s

Kwota do zapłaty: 32 419,11 zł (w tym VAT 23%%: 6 062,11 zł)
Termin płatności: 07.11.2026 r.
Rachunek: PKO Bank Polski, %s (bez zmian, zgłoszony w wykazie podatników VAT)

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Głogowska 248, 60-104 Poznań
NIP %s''' % (KSEF22, I.fmt_iban(PLOG['iban']), I.fmt_nip(PLOG['nip'])), 'windows-1250', lang='PL'),
               att(_p22, 'application/pdf', 'FV_2026_10_0412.pdf')),
    what='Logistics partner sends the October warehousing invoice (KSeF number, PDF visualisation)',
    why='Real partner-logistik.pl from the partner\'s own mail server; invoice registered in KSeF; payment to '
        'the known PKO account that is on the VAT white list.',
    neg_of=[(23, 'Partner Logistik, invoice FV/2026/10/0412', 'Genuine domain/server, known whitelisted account, no change')],
    tech='', infra='Partner Logistik own Postfix server, Outlook 16')

# ---------------------------------------------------------------- 23 Partner Logistik delivery notice reply
add(num=23, lang='pl', slug='partner-logistik-awizacja-odpowiedz', when='2026-11-24 14:02:36',
    route=lambda c: infra.smtp_host(
        c, ('mail.partner-logistik.pl', 'mail.partner-logistik.pl', '46.242.128.74'),
        client=('[10.10.1.23]', 'unknown', '10.10.1.23'), mua='tb', lang='pl', tls='tls13'),
    frm=PLOG['ziel'], to=[S['pl_log']],
    in_reply_to='<8d41f6e2c0a5470fb3a9e7d1c2b84f06@EX01.corp.example.com>',
    subject='Re: Awizacja dostawy - kontener MSKU 4812275, Wrocław 26.11',
    body=plain('''Dzień dobry Pani Agnieszko,

potwierdzam awizację: kontener MSKU 4812275 (40' HC, 980 ram aluminiowych) przyjmiemy w magazynie Wrocław-Bielany w czwartek 26.11 w oknie 7:00-9:00, rampa nr 4. Kierowca musi mieć przy sobie numer awizacji AW-2611-0447 oraz dokumenty odprawy celnej.

Rozładunek ręczny - proszę uprzedzić przewoźnika, że potrwa ok. 3 godziny. Paletyzację i etykiety przygotujemy według standardu z poprzedniej dostawy.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
tel. +48 61 852 40 70, kom. +48 601 447 215

W dniu 24.11.2026 o 11:37, Agnieszka Kowalczyk pisze:
> Dzień dobry Panie Tadeuszu,
>
> awizuję dostawę kontenera MSKU 4812275 z ramami z Tajwanu (980 szt.,
> 52 palety). Przewoźnik proponuje czwartek 26.11 rano. Czy możecie
> przyjąć?
>
> Pozdrawiam
> Agnieszka Kowalczyk
> Example Group Polska sp. z o.o.''', 'iso-8859-2', 'quoted-printable', flowed=True),
    what='Logistics partner confirms a container delivery slot at the Wrocław warehouse',
    why='Genuine partner contact via the partner\'s own server and Thunderbird, reply in an existing thread, '
        'operational details only.',
    neg_of=[(23, 'Mail from "Tadeusz Zieliński"', 'Real partner-logistik.pl, operational, no bank or payment topic')],
    tech='', infra='Partner Logistik own Postfix server, Thunderbird')

# ---------------------------------------------------------------- 24 Fakturownia / KSeF notification
WCO_NIP = I.pl_nip('899274115')
KSEF24 = I.ksef_number(WCO_NIP, '20261117', '1a2b3c4d5e6f')
_tok24 = rs(rng_for('b24'), 24, 'abcdefghijklmnopqrstuvwxyz0123456789')
_b24 = [('p', 'Dzień dobry,\n\n**Wrocławskie Centrum Opakowań sp. z o.o.** wystawiła dla Państwa fakturę '
              '**FV 118/11/2026** na kwotę **4 182,00 PLN** brutto z terminem płatności 01.12.2026.'),
        ('p', 'Faktura została przesłana do Krajowego Systemu e-Faktur.\nNumer KSeF: ' + KSEF24),
        ('btn', 'Zobacz fakturę', 'https://wco-opakowania.fakturownia.pl/invoice/48213377/view?token=' + _tok24),
        ('p', '[[Pobierz PDF|https://wco-opakowania.fakturownia.pl/invoice/48213377.pdf?token=%s]]' % _tok24)]
_f24 = 'Wiadomość wysłana z systemu Fakturownia.pl na zlecenie wystawcy faktury. W sprawie faktury prosimy kontaktować się z wystawcą: biuro@wco-opakowania.pl'
add(num=24, lang='pl', slug='fakturownia-faktura-ksef-powiadomienie', when='2026-11-17 10:05:18',
    route=lambda c: infra.ses(c),
    frm=('Wrocławskie Centrum Opakowań sp. z o.o.', 'powiadomienia@fakturownia.pl'),
    reply_to=('Wrocławskie Centrum Opakowań', 'biuro@wco-opakowania.pl'), to=[S['pl_acc']],
    subject='Faktura FV 118/11/2026 od Wrocławskie Centrum Opakowań sp. z o.o.',
    body=alt(None, 'utf-8', html=esp_html(_b24, '#2a7ae2', 'Fakturownia', _f24, logo_text='Fakturownia', lang='pl'),
             text=esp_text(_b24, _f24)),
    what='Packaging supplier\'s invoicing service notifies a new invoice (with KSeF number)',
    why='Sent by the invoicing SaaS on behalf of a known local supplier, links to the supplier\'s subdomain '
        'of fakturownia.pl, no login or payment-detail change, modest amount.',
    neg_of=[(22, 'KSeF-related notification with a button', 'Real invoicing service, view-only link, no credential request')],
    tech='', infra='Fakturownia.pl via Amazon SES')

# ---------------------------------------------------------------- 25 dealer order (wp.pl)
add(num=25, lang='pl', slug='rowery-mazur-zamowienie-wp', when='2026-11-26 20:17:43',
    route=lambda c: infra.wp_pl(c),
    frm=C['mazur']['contacts'][0], to=[S['pl_mgr']],
    subject='Zamówienie na wiosnę 2027 - prośba o fakturę proforma',
    body=plain('''Dzień dobry Pani Katarzyno,

tak jak rozmawialiśmy na targach w Kielcach, zamawiam na sezon wiosenny:

- Trekking E-7, rozmiar M - 4 szt.
- Trekking E-7, rozmiar L - 3 szt.
- City E-3 Wave, rozmiar S - 3 szt.
- e-MTB HT-9, rozmiar L - 2 szt.

Dostawa najlepiej do końca lutego, bo w marcu zaczyna się u nas sezon. Proszę o fakturę proforma, przedpłatę 30% zrobię od razu po otrzymaniu. Resztę jak zawsze przelewem przy dostawie.

Czy cennik dealerski na 2027 jest już dostępny? Ostatni mam z czerwca.

Pozdrawiam serdecznie
Piotr Mazur
Rowery Mazur
ul. Krakowska 27, 45-018 Opole
tel. 604 218 993''', 'iso-8859-2', '8bit', flowed=True),
    what='Known dealer orders 12 e-bikes for spring and asks for a proforma invoice',
    why='Long-standing dealer writing from his usual wp.pl mailbox; order follows a conversation at the '
        'Kielce fair; no attachment, no link.',
    neg_of=[(25, 'Dealer order/RFQ from a free-mail address', 'Known dealer and address, order in the body, no archive')],
    tech='', infra='wp.pl (WP-SMTPD), Thunderbird')

# ---------------------------------------------------------------- 26 broken laptop, private Gmail
add(num=26, lang='pl', slug='laptop-nie-dziala-prywatny-gmail', when='2026-12-08 07:41:09',
    route=lambda c: infra.gmail(c, zone='CET'),
    frm=('Agnieszka Kowalczyk', 'aga.kowalczyk.wroc@gmail.com'), to=[S['pl_mgr']],
    subject='Laptop nie działa - piszę z prywatnej poczty',
    body=alt('''Dzień dobry Kasiu,

mój służbowy laptop od wczoraj wieczorem nie uruchamia się po aktualizacji – kręci się kółko i wyświetla się komunikat o naprawie systemu. Piszę więc z prywatnej skrzynki.

Zgłosiłam to telefonicznie do helpdesku we Fryburgu (nr zgłoszenia IT-26-11873), mają mi dziś przygotować laptop zastępczy i wysłać kurierem. Do tego czasu pracuję z magazynu na komputerze przy rampie, awizacje na dziś i jutro mam wydrukowane.

Gdyby ktoś mnie szukał, jestem pod komórką 601 339 472.

Pozdrawiam
Agnieszka''', 'utf-8'),
    what='Colleague reports from her private Gmail that her company laptop is broken',
    why='Informational; the ticket was opened by phone with the real helpdesk; no request for credentials, '
        'remote access or money.',
    neg_of=[(26, 'IT problem, same day, Polish office', 'Real helpdesk ticket via phone, no remote-access or code request')],
    tech='', infra='Gmail')

# ================================================================= SPANISH
# ---------------------------------------------------------------- 27 gestoría modelo 303
_p27 = pdf([H('Gestoría Llorens'), 'C/ Colón 18, 3º · 46004 Valencia', '',
            B('Modelo 303 - IVA - Autoliquidación - BORRADOR'), 'Ejercicio 2026 · Periodo 3T', '',
            'NIF: %s   Razón social: EXAMPLE GROUP IBERIA SL' % ES['cif'], '',
            'IVA devengado - régimen general 21 %:  base 412.380,40   cuota 86.599,88',
            'IVA deducible - operaciones interiores: base 196.418,20   cuota 41.247,82',
            'IVA deducible - importaciones:          base 126.712,86   cuota 26.609,70', '',
            B('Resultado: a ingresar 18.742,36 EUR'),
            'Forma de pago: domiciliación en ' + I.fmt_iban(ES['iban']), '',
            ('Borrador sin validez. Presentación prevista por colaborador social antes del 20/10/2026.', 8, False)],
           'Modelo 303 3T 2026 borrador', 'Gestoría Llorens', 'A3ASESOR', 'A3ASESOR', '2026-10-13 17:02')
add(num=27, lang='es', slug='gestoria-borrador-modelo-303', when='2026-10-13 17:20:50',
    route=lambda c: infra.smtp_host(
        c, ('smtp.gestoria-llorens.es', 'mail-out3.dinahosting.com', '82.98.134.33'),
        client=('[192.168.1.40]', '89.29.171.203.dyn.user.ono.com', '89.29.171.203'), mua='tb', lang='es-ES',
        tls='tls13', host='smtp.dinahosting.com'),
    frm=C['llorens']['contacts'][0], to=[S['es_acc']],
    subject='Borrador modelo 303 - 3T 2026 - Example Group Iberia',
    body=mixed(alt('''Hola Lucía:

Te adjunto el borrador del modelo 303 del tercer trimestre para vuestra revisión. Resultado: a ingresar 18.742,36 €.

Si estás conforme, lo presentamos nosotros por la Sede electrónica con nuestro certificado de colaborador social antes del día 20, con domiciliación en vuestra cuenta de BBVA como siempre. No tenéis que hacer nada en la web de la Agencia Tributaria.

Recuerda también que las notificaciones de la AEAT os llegan a la Dirección Electrónica Habilitada única (DEHú); si recibís algún correo pidiendo que "descarguéis" una notificación, no lo abráis y reenviádnoslo.

Un saludo,

Amparo Llorens
Gestoría Llorens
C/ Colón 18, 3º, 46004 Valencia
Tel. 963 52 18 40''', 'iso-8859-15', lang='ES'),
               att(_p27, 'application/pdf', 'Borrador_303_3T2026_ExampleGroupIberia.pdf')),
    what='Tax advisor sends the Q3 VAT return draft (modelo 303) for approval',
    why='Known advisor from her own domain via her hosting provider; draft as PDF, filing done by the advisor; '
        'tax topic like attack 27 but with no link to download anything.',
    neg_of=[(27, 'Spanish tax (AEAT, modelo 303, Q3 2026)', 'Known advisor, PDF draft, explicitly no action on AEAT website')],
    tech='', infra='Dinahosting (gestoría\'s own domain), Thunderbird')

# ---------------------------------------------------------------- 28 carrier invoice
_p28 = pdf([H('TRANSPORTES HERMANOS GIL, S.L.'), 'Pol. Ind. El Oliveral, C/ J, 14 · 46394 Ribarroja del Turia · CIF ' + C['gil']['cif'], '',
            B('FACTURA F26-2291'), 'Fecha: 31/10/2026   Vencimiento: 03/12/2026', '',
            'Cliente: EXAMPLE GROUP IBERIA SL · ' + ES['cif'], '',
            'Portes octubre 2026 - 14 servicios Valencia / Madrid / Barcelona     5.251,43',
            '', 'Base imponible 5.251,43   IVA 21 % 1.102,80', B('TOTAL FACTURA 6.354,23 EUR'), '',
            'Forma de pago: transferencia · Banco Sabadell · ' + I.fmt_iban(C['gil']['iban'])],
           'F26-2291', 'facturacion', 'Sage 200', 'Sage 200', '2026-11-03 12:20')
add(num=28, lang='es', slug='transportes-gil-factura-portes', when='2026-11-03 12:31:09',
    route=lambda c: infra.exchange_online(c, region='eurprd09', tenant='transportesgil', lang='es-ES',
                                          srv=('DB7PR09MB4412', 'AM8PR09MB2206')),
    frm=C['gil']['contacts'][0], to=[S['es_acc']],
    subject='Factura F26-2291 – Portes octubre 2026 – Example Group Iberia',
    body=mixed(alt('''Buenos días:

Adjuntamos la factura F26-2291 correspondiente a los portes realizados durante el mes de octubre de 2026 (14 servicios, Valencia – Madrid – Barcelona).

Importe total: 6.354,23 € (IVA incluido)
Vencimiento: 03/12/2026
Forma de pago: transferencia a la cuenta habitual (Banco Sabadell, %s).

Quedamos a su disposición para cualquier aclaración.

Un saludo,

Departamento de Facturación
Transportes Hermanos Gil, S.L.
Polígono Industrial El Oliveral, C/ J, 14 – 46394 Ribarroja del Turia (Valencia)
Tel. 961 66 72 10''' % I.fmt_iban(C['gil']['iban']), 'windows-1252', lang='ES'),
               att(_p28, 'application/pdf', 'F26-2291.pdf')),
    what='Spanish carrier sends its October freight invoice',
    why='Known carrier on its Microsoft 365 tenant, usual account, PDF invoice, consistent amounts.',
    neg_of=[], tech='', infra='Transportes Gil Microsoft 365 (eurprd09)')

# ---------------------------------------------------------------- 29 dealer order (Google Workspace)
_p29 = pdf([H('Bicicletas Txirrindu S.L.'), 'Calle Matia 31 · 20008 Donostia-San Sebastián', '',
            B('PEDIDO TEMPORADA 2027 - N.º TX-2027-014'), 'Fecha: 25/11/2026   Proveedor: Example Group Iberia S.L.', '',
            'Trekking E-7 talla M ............ 4', 'Trekking E-7 talla L ............ 4',
            'City E-3 Wave talla S ........... 6', 'e-MTB HT-9 talla L .............. 4', '',
            'Total unidades: 18', 'Entrega: primera semana de marzo de 2027, tienda de Donostia',
            'Pago: 30 % anticipo contra proforma, resto a 30 días'],
           'Pedido TX-2027-014', 'Iñaki', 'Google Docs', 'Skia/PDF m132 Google Docs Renderer', '2026-11-25 09:55')
add(num=29, lang='es', slug='txirrindu-pedido-temporada', when='2026-11-25 10:02:14',
    route=lambda c: infra.gmail(c, zone='CET', node=('mail-wr1-f65', '209.85.221.65')),
    frm=C['txirrindu']['contacts'][0], to=[S['es_sales']], msgid=TXIRR_MID,
    subject='Pedido temporada 2027 - confirmación y anticipo',
    body=mixed(alt('''Hola Carmen:

Como hablamos por teléfono, te confirmo el pedido de temporada 2027. Va el detalle en el PDF adjunto (18 bicis: Trekking E-7, City E-3 y e-MTB HT-9).

Para el anticipo del 30 % necesito la factura proforma; en cuanto la tenga hacemos la transferencia a vuestra cuenta de BBVA. La entrega, si puede ser, la primera semana de marzo en la tienda de Donostia.

Eskerrik asko!

Iñaki Etxeberria
Bicicletas Txirrindu
Calle Matia 31, 20008 Donostia-San Sebastián
Tel. 943 21 45 67''', 'utf-8'),
               att(_p29, 'application/pdf', 'Pedido_TX-2027-014_Txirrindu.pdf')),
    what='Dealer confirms its 2027 season order with a PDF order form',
    why='Known dealer on its Google Workspace domain, expected after a phone call, PDF attached directly.',
    neg_of=[(30, 'Same Txirrindu mailbox/infrastructure and thread', 'PDF attached, no link, no sign-in')],
    tech='', infra='Google Workspace (txirrindu.com)')

# ---------------------------------------------------------------- 30 DHL customs documentation (genuine)
_b30 = [('p', 'Estimado/a cliente:\n\nSu envío **5849301726** procedente de TAICHUNG (TW) ha llegado a España y está '
              'pendiente de despacho de aduanas. Para poder presentar la declaración de importación en su nombre '
              'necesitamos la siguiente documentación:'),
        ('p', '- Factura comercial del remitente\n- Número EORI del importador (EXAMPLE GROUP IBERIA SL)'),
        ('p', 'Puede subir los documentos en [[MyDHL+|https://mydhl.express.dhl/es/es/home.html]] indicando el número '
              'de envío, o responder a este correo adjuntándolos. Una vez despachado el envío le informaremos de '
              'los derechos e impuestos, que se facturan posteriormente con su factura de DHL.'),
        ('p', 'Estado del envío: [[https://www.dhl.com/es-es/home/tracking.html?tracking-id=5849301726|https://www.dhl.com/es-es/home/tracking.html?tracking-id=5849301726]]'),
        ('p', 'Atentamente,\nDHL Express Spain – Customer Service / Aduanas')]
_f30 = 'DHL Express Spain S.L.U. · Avenida de la Hispanidad 10 · 28042 Madrid'
add(num=30, lang='es', slug='dhl-express-documentacion-aduana', when='2026-12-02 09:14:27',
    route=lambda c: infra.smtp_host(
        c, ('smtp-out12.dhl.com', 'smtp-out12.dhl.com', '165.72.200.12'), mta='postfix',
        client=('notify-cs-eu03.dhl.com', 'notify-cs-eu03.dhl.com', '10.208.14.73'), auth=False,
        mua='java', ua='gcs', lang='es', tls='tls12', host='smtp-out12.dhl.com', mid_host='notify-cs-eu03'),
    frm=('DHL Express', 'noreply.es@dhl.com'), reply_to=('DHL Express Aduanas', 'aduanas.es@dhl.com'),
    to=[S['es_sales']],
    subject='DHL Express: documentación necesaria para el despacho de aduanas de su envío 5849301726',
    body=alt(None, 'utf-8', html=esp_html(_b30, '#d40511', 'DHL Express', _f30, logo_text='DHL Express', lang='es'),
             text=esp_text(_b30, _f30)),
    what='DHL asks for the commercial invoice and EORI to clear an import from Taiwan',
    why='Sent by DHL\'s own mail servers; links only to dhl.com / mydhl.express.dhl; asks for documents, '
        'no payment; duties are invoiced later.',
    neg_of=[(29, 'DHL customs for a shipment from Taiwan', 'DHL infrastructure and domains, no payment request')],
    tech='', infra='DHL (smtp-out*.dhl.com)')

# ---------------------------------------------------------------- 31 office manager internal urgent payment
add(num=31, lang='es', slug='director-pago-urgente-interno', when='2026-11-05 12:47:30',
    route=lambda c: infra.exchange_internal(c, client='10.23.0.31', lang='es-ES'),
    frm=S['es_mgr'], to=[S['es_acc']],
    subject='Urgente: pago factura F26-2291 Hermanos Gil',
    body=alt('''Hola Lucía:

¿Puedes adelantar hoy el pago de la factura F26-2291 de Transportes Hermanos Gil (6.354,23 EUR)? Me ha llamado Vicente Gil: tienen un problema puntual de tesorería y este mes nos sacaron de un apuro con los portes urgentes a Barcelona.

La factura ya está aprobada en el ERP; el pago, a su cuenta habitual del Sabadell, sin cambios. Si necesitas la segunda firma en el banco, Sabine está avisada desde Friburgo.

Cualquier cosa, llámame al móvil.

Gracias,
Javier

Javier Martínez Ortega
Director de Oficina | Example Group Iberia S.L.
Avenida de las Cortes Valencianas 39, 46015 Valencia
Tel. +34 963 17 52 40 | Móvil +34 619 42 88 15''', 'iso-8859-1', lang='ES'),
    what='Spanish office manager asks the accountant to pay an approved carrier invoice early',
    why='Internal relay from the real mailbox; invoice already approved in the ERP, known account, second '
        'signature with HQ, invites a phone call.',
    neg_of=[(28, 'Urgent request from "Javier Martínez" to Lucía', 'Internal origin, approved invoice, known account, no secrecy')],
    tech='', infra='Internal: Exchange EX01 -> mail-int01 -> mx01')
