"""Genuine business messages 17-21 (Italian) and 22-26 (Polish)."""
import checksums as C
import files
import infra
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_simple, outlook_alt, gmail_alt, pdf_att, st
from people import BANK, IDS

F = 'business'


# ------------------------------------------------------------------ Italian
def b17():
    iban = C.fmt_iban(BANK['ferretti'])
    lines = ['## FERRETTI TRASPORTI S.p.A.', 'Via Enrico Fermi 41 - 37136 Verona - P.IVA ' + IDS['ferretti_piva'], '--', '',
             'COPIA DI CORTESIA - documento privo di valore fiscale ai sensi dell\'art. 21 DPR 633/72', '',
             'Cliente: Example Packaging Italia S.r.l. - Via dell\'Industria 8 - 37135 Verona - P.IVA ' + IDS['ex_it_piva'], '',
             '# Fattura n. 2026/1298 del 30/11/2026', '',
             'Descrizione                                                 Imponibile',
             'Trasporti collettame Verona - Rovereto novembre 2026 (14 viaggi)   2.940,00',
             'Trasporto completo Verona - Bielefeld (DE) 19/11/2026, CMR 26-4471   630,64',
             'Imponibile 3.570,64    IVA 22% 785,54    Totale documento 4.356,18 EUR', '',
             'Pagamento: bonifico 60 gg d.f.f.m.', 'Banca: Intesa Sanpaolo - IBAN ' + iban, '--',
             'Fattura elettronica trasmessa tramite SdI - Identificativo SdI 12998437215']
    text = """Buongiorno,

in allegato la copia di cortesia della fattura n. 2026/1298 del 30/11/2026 (trasporti di novembre). L'originale è stato trasmesso tramite SdI.

Le coordinate bancarie restano invariate (Intesa Sanpaolo, IBAN %s).

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Enrico Fermi 41 - 37136 Verona
Tel. 045 8203 100
""" % iban
    return M(F, 17, 'it', 'ferretti-fattura-cortesia', U(12, 1, 8, 14, 30),
             (infra.aruba, dict(client_ip='93.43.212.18', client='outlook')), ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it'),
             [st('francesca.galli')], 'Fattura n. 2026/1298 del 30/11/2026 - copia di cortesia',
             MIX(outlook_alt(text, 'windows-1252', lang='IT'), pdf_att('Fattura_2026_1298.pdf', lines, 'Fattura 2026/1298', 'Amministrazione',
                                                                       'Microsoft Excel', 'Microsoft: Print To PDF', U(12, 1, 8, 10))),
             'Genuine carrier invoice (courtesy copy PDF) from Ferretti Trasporti\'s real mailbox at Aruba, e-invoice already sent via SdI',
             'Real .it domain on Aruba\'s outbound SMTP from an Italian business line, IBAN unchanged (stated explicitly), matches the SdI notification in business/19. '
             'Hard negative of attack/17.', zone='CET', clang='it')


def b18():
    text = """Ciao Marco,

come ogni anno prepariamo gli omaggi di Natale per i clienti principali. Ti chiedo di fare l'ordine tramite il solito fornitore (Pasticceria Dal Forno, Bussolengo): 40 confezioni con panettone artigianale e una bottiglia di Valpolicella Ripasso.

Budget approvato: 2.400 € + IVA, centro di costo 4100 (Marketing Italia). Apri la RdA in SAP come al solito, la approvo io entro domani. Consegna in ufficio entro il 14/12, poi le distribuiamo durante le visite della settimana successiva.

La lista clienti è nel file "Omaggi Natale 2026" su SharePoint (cartella Vendite Italia). Francesca è in copia per la fattura.

Grazie,
Lorenzo

Lorenzo Bianchi
Office Manager
Example Packaging Italia S.r.l.
Via dell'Industria 8 - 37135 Verona
"""
    return M(F, 18, 'it', 'omaggi-natale-ordine-interno', U(11, 25, 10, 5, 44),
             (infra.exchange_internal, dict(srv='EXMBX01', peer='EXMBX02', client_ip='10.24.1.63')),
             st('lorenzo.bianchi'), [st('marco.esposito')], 'Omaggi di Natale clienti - ordine panettoni',
             outlook_alt(text, 'iso-8859-15', lang='IT'),
             'Genuine internal request from the Italian office manager to order Christmas gifts for customers through purchasing',
             'Internal Exchange/relay path from the real mailbox, normal procurement (purchase requisition in SAP, cost centre, known supplier, invoice to accounting); '
             'no gift cards, no secrecy, no codes by photo. Hard negative of attack/18.', cc=[st('francesca.galli')],
             zone='CET', alang='it-IT, en-US', clang='it-IT')


def b19():
    text = """Gentile Cliente,

ti informiamo che è stata ricevuta una nuova fattura elettronica passiva per la tua azienda.

Destinatario: EXAMPLE PACKAGING ITALIA S.R.L. (P.IVA %s)
Fornitore: FERRETTI TRASPORTI S.P.A. (P.IVA %s)
Numero: 2026/1298
Data: 30/11/2026
Importo totale: 4.356,18 EUR
Identificativo SdI: 12998437215

Puoi visualizzare e scaricare la fattura accedendo al pannello di Fatturazione Elettronica:
https://fatturazioneelettronica.aruba.it

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)
""" % (IDS['ex_it_piva'], IDS['ferretti_piva'])
    body = ALT(T(text, 'utf-8', 'quoted-printable'),
               H(html_simple(text).replace('https://fatturazioneelettronica.aruba.it',
                                           '<a href="https://fatturazioneelettronica.aruba.it">https://fatturazioneelettronica.aruba.it</a>'), 'utf-8', 'quoted-printable'))
    return M(F, 19, 'it', 'aruba-fe-fattura-ricevuta', U(12, 1, 7, 31, 2),
             (infra.postfix_webmail, dict(mx=('smtpdh-fe02.aruba.it', 'smtpdh-fe02.aruba.it', '62.149.157.212', 'tls13'),
                                          host='fe-notify03.aruba.it', domain='fatturazioneelettronica.aruba.it', ua=None, client='10.30.12.44')),
             ('Aruba Fatturazione Elettronica', 'noreply@fatturazioneelettronica.aruba.it'), [st('francesca.galli')],
             'Nuova fattura ricevuta - FERRETTI TRASPORTI S.P.A. - n. 2026/1298', body,
             'Genuine notification from the company\'s e-invoicing provider (Aruba) that a supplier e-invoice arrived via SdI',
             'Provider\'s own domain and infrastructure, refers to the real invoice (business/17), link only to the provider\'s portal root, no attachment to open, '
             'no credentials requested in the mail. Hard negative of attack/19 (fake SdI rejection).', zone='CET')


def b20():
    ph = files.photo_png('b20', 480, 360)
    text = """Buongiorno Marco,

ti scrivo per un problema sull'ultima consegna di vaschette in PET per la mozzarella (ordine 2026/0871, DDT 11482 del 02/12).

Durante il confezionamento di ieri la termosaldatrice ha scartato molte vaschette perché il bordo è incrinato in più punti: su 12 cartoni aperti ne abbiamo trovate circa il 15% danneggiate. Ti allego una foto. Il lotto indicato sull'etichetta è L26-334.

Abbiamo bloccato il resto del lotto (circa 38.000 pezzi). Ci serve la sostituzione entro martedì, altrimenti rischiamo di fermare la linea. Puoi farmi sapere quando può passare il vostro tecnico e come gestiamo il reso?

Grazie, a presto
Paolo Ferraro
Responsabile Acquisti
Caseificio Val d'Adige S.r.l.
Via Lungo Leno 22 - 38068 Rovereto (TN)
Tel. 0464 498 221
"""
    body = MIX(T(text, 'UTF-8', '8bit', params=[('format', 'flowed')]), A('vaschette_L26-334.png', ph, 'image/png'))
    return M(F, 20, 'it', 'cliente-reclamo-vaschette-pet', U(12, 4, 9, 47, 21),
             (infra.thunderbird, dict(mx=('smtp.caseificiovaldadige.it', 'smtpout12.register.it', '195.110.124.112', 'tls13'),
                                      relay_line='from [192.168.10.57] (host-79-12-88-140.business.telecomitalia.it [79.12.88.140])\n\tby smtpout12.register.it (Postfix) with ESMTPSA id %(qid)s\n\tfor <%(rcpt)s>; %(date)s',
                                      domain='caseificiovaldadige.it', ua='Mozilla Thunderbird')),
             ('Paolo Ferraro', 'p.ferraro@caseificiovaldadige.it'), [st('marco.esposito')],
             'Reclamo vaschette PET - ordine 2026/0871 lotto L26-334', body,
             'Genuine customer complaint (dairy) about cracked PET trays, photo attached, asks for replacement and a technician',
             'Known customer on its own domain (Thunderbird via the hoster), concrete order, delivery note and lot, plain image attachment; '
             'pressure is operational, no link or payment. Hard negative for urgency heuristics.', zone='CET', clang='it-IT')


def b21():
    unsub = 'https://r.imballaggionews.it/mk/un/sh/SMJz09qNnKZ2uPWq1bVh4fM0aK/7Rt3'
    text = """ImballaggioNews - n. 46/2026

CONAI: i nuovi valori del Contributo Ambientale dal 1° gennaio 2027
Il CdA del CONAI ha approvato la revisione del contributo ambientale per carta e plastica. Per gli imballaggi in carta resta in vigore l'extra-contributo per i poliaccoppiati; per la plastica la fascia B2 passa a 440 €/t.
[[Leggi l'articolo|https://r.imballaggionews.it/mk/cl/f/sh/SMJz09qNnKZ2uPWq1bVh4fM0aK/a1]]
Fonte: [[conai.org|https://www.conai.org/imprese/contributo-ambientale-conai/]]

PPWR: etichettatura armonizzata, le prime linee guida
La Commissione ha pubblicato la bozza dell'atto di esecuzione sulle etichette per la raccolta differenziata.
[[Leggi l'articolo|https://r.imballaggionews.it/mk/cl/f/sh/SMJz09qNnKZ2uPWq1bVh4fM0aK/b2]]

Cartone ondulato: ordini in calo del 2%% nel terzo trimestre
I dati di settore confermano la debolezza della domanda dall'alimentare.
[[Leggi l'articolo|https://r.imballaggionews.it/mk/cl/f/sh/SMJz09qNnKZ2uPWq1bVh4fM0aK/c3]]

Ricevi questa newsletter perché ti sei iscritto con l'indirizzo francesca.galli@examplegroup.eu.
[[Annulla l'iscrizione|%s]]
ImballaggioNews - Edizioni Tecniche Padane S.r.l. - Via Morgagni 18 - 20129 Milano
""" % unsub
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'quoted-printable'), H(html_simple(text), 'utf-8', 'quoted-printable'))
    return M(F, 21, 'it', 'newsletter-imballaggio-brevo', U(11, 18, 6, 30, 0),
             (infra.brevo, {}), ('ImballaggioNews', 'newsletter@imballaggionews.it'), [st('francesca.galli')],
             'ImballaggioNews 46/2026 - CONAI: nuovi valori del contributo 2027', body,
             'Subscribed trade newsletter sent via Brevo with List-Unsubscribe (One-Click), covering the CONAI environmental contribution',
             'Regular ESP bulk mail to a subscriber, tracked links to its own domain plus a plain link to conai.org, proper unsubscribe headers, '
             'no request for action. Hard negative of attack/20 (CONAI lure) and of ESP-sent attacks (attack/15, attack/29).',
             extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@imballaggionews.it?subject=unsub-7Rt3>' % unsub),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
             zone='UTC')


# ------------------------------------------------------------------ Polish
def b22():
    cmr = lambda n, d, plates: ['## CMR - Międzynarodowy samochodowy list przewozowy', 'Nr ' + n, '--', '',
                                '1. Nadawca: Example Group Polska sp. z o.o., ul. Składowa 14, 62-052 Komorniki, PL',
                                '2. Odbiorca: Example Group GmbH, Industriestraße 12, 33609 Bielefeld, DE',
                                '3. Miejsce przeznaczenia: Bielefeld, DE    4. Miejsce i data załadowania: Komorniki, ' + d,
                                '6-9. 33 palety EUR, tektura falista w arkuszach, 14 860 kg', '',
                                '16. Przewoźnik: Partner Logistik sp. z o.o., Poznań    Pojazd: ' + plates,
                                '24. Przesyłkę otrzymano: 26.11.2026, podpis i pieczęć odbiorcy: D. Krüger']
    z = files.zip_plain([('CMR_0049102.pdf', files.pdf(cmr('0049102', '24.11.2026', 'PO 4K271 / PO 8N114'), 'CMR 0049102', 'Partner Logistik', 'Canon iR-ADV C5840', 'Adobe PSL 1.3e', U(11, 27, 7, 0))),
                         ('CMR_0049117.pdf', files.pdf(cmr('0049117', '25.11.2026', 'PZ 6R019 / PZ 3L882'), 'CMR 0049117', 'Partner Logistik', 'Canon iR-ADV C5840', 'Adobe PSL 1.3e', U(11, 27, 7, 1)))],
                        (2026, 11, 27, 8, 2, 0))
    text = """Dzień dobry Pani Agnieszko,

w załączeniu skany potwierdzonych CMR do zleceń 2026/11/131 i 2026/11/134 (Komorniki - Bielefeld, rozładunek 26.11). Oryginały wyślemy pocztą razem z fakturą na koniec miesiąca.

Przypominam też, że w przyszłym tygodniu mamy tylko jedno auto z windą na trasie do Niemiec - jeśli planują Państwo kolejną wysyłkę do Bielefeld, proszę o zlecenie do środy.

Pozdrawiam
Tadeusz Zieliński
Spedytor | Partner Logistik sp. z o.o.
ul. Gdyńska 87, 61-016 Poznań
tel. +48 61 842 17 30

W dniu wt., 24 lis 2026 o 10:15 Agnieszka Nowak <agnieszka.nowak@example.com> napisała:
> Dzień dobry Panie Tadeuszu,
> proszę o przesłanie skanów CMR po rozładunku w Bielefeld, potrzebujemy ich do rozliczenia WDT.
> Pozdrawiam
> Agnieszka Nowak
"""
    body = MIX(gmail_alt(text), A('CMR_2026-11-131_134.zip', z, 'application/zip'))
    return M(F, 22, 'pl', 'partner-logistik-cmr-skany-zip', U(11, 27, 7, 9, 33),
             (infra.gmail, dict(browser_zone='CET')), ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
             [st('agnieszka.nowak')], 'Re: CMR - zlecenia 2026/11/131 i 2026/11/134', body,
             'Genuine reply from the logistics partner\'s dispatcher with scanned CMR consignment notes (plain ZIP of two text PDFs)',
             'Same Google Workspace mailbox as attack/22, but replying promptly to our own request, plain ZIP without password containing PDFs, '
             'concrete order numbers, plates and dates. Hard negative of attack/22.',
             in_reply_to='<a71c0e3d95b24f8e8d6c4b2a1f0e9d8c@EXMBX02.corp.example.com>',
             references='<a71c0e3d95b24f8e8d6c4b2a1f0e9d8c@EXMBX02.corp.example.com>', zone='CET')


def b23():
    nip = IDS['ex_pl_nip']
    ksef = '%s-20261112-3F7A91C2D4E8-6B' % nip
    text = """Komunikat systemu SAP Document and Reporting Compliance (KSeF)

Faktura: FV/2026/11/0412
Data wystawienia: 12.11.2026
Nabywca: Przetwórnia Owoców Sadex sp. z o.o. (NIP 7962871032)
Kwota brutto: 86 470,35 PLN

Status: PRZYJĘTA w KSeF
Numer KSeF: %s
Data przyjęcia: 12.11.2026 10:42:17
Numer referencyjny sesji: 20261112-SE-8C41E7D20B-5A9F31C6E2-4D

Urzędowe poświadczenie odbioru (UPO) zostało zapisane w archiwum dokumentów SAP (obiekt DRC/ID 0000418872).

Wiadomość wygenerowana automatycznie przez system SAP (PRD/100). W razie pytań: zespół SAP FI, wew. 2417.
""" % ksef
    return M(F, 23, 'pl', 'sap-ksef-faktura-przyjeta', U(11, 12, 9, 42, 40),
             (infra.erp_internal, dict(host='sapprd01', mailer='SAP NetWeaver 7.50')),
             ('SAP PRD - KSeF', 'sap-noreply@example.com'), [st('malgorzata.lukasik')],
             'KSeF: faktura FV/2026/11/0412 przyjęta - numer KSeF ' + ksef, T(text, 'iso-8859-2', 'quoted-printable'),
             'Genuine automated notice from the company\'s own SAP system that an invoice was accepted by KSeF, with the KSeF number',
             'Generated inside the company (SAP -> Exchange -> internal relay), no link, no login, consistent KSeF number format (NIP-date-hash-check). '
             'It concerns the very invoice attack/23 claims was "rejected" - hard negative of attack/23.', zone='CET')


def b24():
    lines = ['## Partner Logistik sp. z o.o.', 'ul. Gdyńska 87, 61-016 Poznań · NIP ' + IDS['partner_nip'], '--', '',
             'Example Group Polska sp. z o.o., ul. Składowa 14, 62-052 Komorniki', '', 'Poznań, 26.11.2026', '',
             '# Wezwanie do zapłaty nr 11/2026/0214', '',
             'Na dzień 26.11.2026 na Państwa koncie pozostają nieuregulowane następujące faktury:', '',
             'FV/2026/09/0988   z dnia 30.09.2026   termin 30.10.2026   21 480,00 zł',
             'FV/2026/10/1187   z dnia 16.10.2026   termin 15.11.2026    9 963,00 zł',
             '# Razem do zapłaty: 31 443,00 zł', '',
             'Prosimy o wpłatę na rachunek: mBank S.A. ' + C.nrb(BANK['partner_pl']), 'w terminie do 04.12.2026.', '',
             'Brak zapłaty w tym terminie spowoduje wstrzymanie realizacji kolejnych zleceń transportowych do czasu uregulowania należności '
             'oraz naliczenie odsetek ustawowych za opóźnienie w transakcjach handlowych.', '',
             'Dział Księgowości Partner Logistik sp. z o.o.']
    text = """Szanowni Państwo,

w załączeniu przesyłamy wezwanie do zapłaty nr 11/2026/0214 dotyczące przeterminowanych faktur za usługi transportowe (łącznie 31 443,00 zł).

Prosimy o uregulowanie należności do dnia 04.12.2026 na rachunek wskazany na fakturach (mBank, bez zmian). W przypadku braku wpłaty będziemy zmuszeni wstrzymać realizację kolejnych zleceń.

Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
tel. +48 61 842 17 00
"""
    att = pdf_att('Wezwanie_do_zaplaty_11_2026_0214.pdf', lines, 'Wezwanie do zapłaty', 'Ksiegowosc', 'Comarch ERP Optima', 'Comarch ERP Optima 2026.2', U(11, 26, 9, 0))
    return M(F, 24, 'pl', 'partner-logistik-wezwanie-do-zaplaty', U(11, 26, 9, 14, 5),
             (infra.smtp_relay_gmail, dict(client_host='KSIEGOWOSC-PC2', client_ip='83.17.201.46', mailer='Comarch ERP Optima')),
             ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), [st('malgorzata.lukasik')],
             'Wezwanie do zapłaty nr 11/2026/0214 - Partner Logistik sp. z o.o.', MIX(T(text, 'windows-1250', 'base64'), att),
             'Genuine payment demand from the logistics partner\'s accounting (sent from Comarch ERP Optima via their Google Workspace SMTP), threatening to stop transports',
             'Real partner domain, known mailbox, invoices that exist (incl. FV/2026/10/1187 from the genuine thread), bank account unchanged, PDF generated by the ERP; '
             'threat is a normal commercial consequence. Hard negative of attack/26 (fake debt collector) and attack/22.', zone='CET')


def b25():
    text = """Cześć Krzysztof,

piszę z prywatnej skrzynki, bo służbowy laptop od rana nie chce się uruchomić - po włączeniu świeci się tylko dioda zasilania, ekran zostaje czarny. Próbowałam na zasilaczu i bez, bez zmian.

Dziś mam dwie awizacje do potwierdzenia dla Partner Logistik i zamówienie palet do wysłania - zrobię to z komputera w biurze magazynu, jeśli mi go udostępnicie.

Czy możesz zgłosić to do IT w Bielefeld albo dać znać, do kogo mam się zwrócić? Dodaję w kopii servicedesk, numer seryjny laptopa to 5CD3147QXR (HP EliteBook 840 G10).

Dzięki,
Agnieszka
"""
    return M(F, 25, 'pl', 'laptop-awaria-prywatna-wp', U(12, 7, 6, 58, 11),
             (infra.wp, {}), ('Agnieszka Nowak', 'agnieszka.nowak85@wp.pl'), [st('krzysztof.wisniewski')],
             'Laptop nie działa - piszę z prywatnej poczty', T(text, 'iso-8859-2', 'quoted-printable'),
             'Genuine message from a colleague\'s private wp.pl address: her company laptop does not boot, asks the office manager to involve IT',
             'Private address used only to report a hardware fault, Polish residential ISP, serial number and model given, IT service desk in Cc, '
             'asks for no credentials, money or data change. Hard negative for "colleague on private mail" (attack/07, attack/34).',
             cc=[('IT-Servicedesk', 'it-servicedesk@example.com')], zone='CET', hcs='iso-8859-2', henc='Q')


def b26():
    email = 'krzysztof.wisniewski@example.com'
    text = """Nowe logowanie na urządzeniu z systemem Windows
%s

Zauważyliśmy nowe logowanie na Twoje konto Google na urządzeniu z systemem Windows. Jeśli to Ty, nie musisz nic robić. Jeśli to nie Ty, pomożemy Ci zabezpieczyć konto.

[[Sprawdź aktywność|https://accounts.google.com/AccountChooser?Email=krzysztof.wisniewski@example.com&continue=https://myaccount.google.com/alert/nt/1796977320000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-4711302998441872109%%26et%%3D0]]

Możesz też sprawdzić aktywność związaną z bezpieczeństwem na stronie:
https://myaccount.google.com/notifications

Wysłaliśmy ten e-mail, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % email
    body = ALT(T(plain(text, 'plain'), 'UTF-8', 'quoted-printable'), H(html_simple(text, 'Google Sans, Roboto, Arial, sans-serif'), 'UTF-8', 'quoted-printable'))
    return M(F, 26, 'pl', 'google-alert-nowe-logowanie', U(12, 10, 7, 2, 0),
             (infra.google_service, dict(extra=[('X-Account-Notification-Type', '127-anexp#nret-fa'),
                                                ('Feedback-ID', 'P-10-0:C20060867:M110136315-pl:gamma'),
                                                ('X-Notifications', 'ba6d3f1e07c2a000'),
                                                ('X-Notifications-Bounce-Info', 'AUe8q4wYk2mZ0oTn7LBcXw9sFvR1pH6dGjE3aKuNyQ5iC')])),
             ('Google', 'no-reply@accounts.google.com'), [st('krzysztof.wisniewski')],
             'Alert bezpieczeństwa', body,
             'Genuine Google security alert (new sign-in on Windows) for the Google account that the Polish office uses for Google Ads/Merchant Center',
             'Sent by Google\'s own servers (mail-sor-fNN.google.com) from accounts.google.com, standard localized template, '
             'links only to accounts.google.com/myaccount.google.com, no request to enter credentials from the mail. Hard negative for account-alert lures.',
             zone='UTC')


MESSAGES = [b17, b18, b19, b20, b21, b22, b23, b24, b25, b26]
