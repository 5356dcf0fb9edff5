"""Genuine business messages 17-26 (Italian, Polish)."""
import files
import ids
import infra
from company import BANK, VAT, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, quote_outlook, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def B(num, lang, slug, **kw):
    d = dict(folder='business', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


# --- Italian ---------------------------------------------------------------------------------------
@reg
def b17():
    iban = BANK['ferretti']
    text = f"""Spett.le Example Group – sede di Bologna,

in allegato trasmettiamo copia di cortesia della fattura n. 1203/2026 del 31/10/2026 relativa ai trasporti di materiale didattico effettuati nel mese di ottobre (tratta Modena–Bologna, 6 consegne su pallet).

L'originale è stato trasmesso tramite Sistema di Interscambio (SdI) al Vostro codice destinatario.

Importo: € 1.312,00 (imponibile € 1.075,41 + IVA 22% € 236,59)
Pagamento: bonifico bancario a 30 gg d.f.f.m.
Intesa Sanpaolo – IBAN {ids.fmt_iban(iban)}

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Emilia Ovest 1120 – 41123 Modena
Tel. 059 827 4410 – P.IVA {VAT['ferretti']}"""
    pdf = pdf_att('Fattura_1203_2026_Ferretti_Trasporti.pdf', [
        ('FERRETTI TRASPORTI S.p.A.', 14, 'B'), 'Via Emilia Ovest 1120 - 41123 Modena - P.IVA ' + VAT['ferretti'], '',
        'Spett.le Example Group - sede di Bologna, Via Indipendenza 44, 40121 Bologna', '',
        ('FATTURA N. 1203/2026 del 31/10/2026', 12, 'B'), 'Copia di cortesia - originale trasmesso tramite SdI', '',
        'Trasporti ottobre 2026, tratta Modena-Bologna, 6 consegne su pallet     EUR 1.075,41',
        'IVA 22%                                                                   EUR   236,59',
        ('Totale documento                                                          EUR 1.312,00', 10, 'B'), '',
        'Pagamento: bonifico 30 gg d.f.f.m. - Intesa Sanpaolo - IBAN ' + ids.fmt_iban(iban)],
        title='Fattura 1203/2026', author='Ferretti Trasporti', producer='TeamSystem', creator='', date="D:20261103093000+01'00'")
    return B(17, 'it', 'carrier-invoice-courtesy-copy',
             date='2026-11-03 09:41:26', zone='IT',
             **{'from': C('ferretti', 1)}, to=[S('it_acc')], cc=[C('ferretti', 0)],
             subject='Fattura n. 1203/2026 – Ferretti Trasporti S.p.A.',
             hcs=('iso-8859-1', 'Q'),
             body=mixed(alt(text, html_outlook(text, 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable'), pdf),
             infra=infra.aruba, ikw=dict(client_ip='93.46.118.37'),
             hard=[17],
             what='Genuine courtesy copy of the carrier\'s monthly invoice (original via SdI), payable to its usual Italian account.',
             why='Carrier\'s real domain via its usual Aruba relay from an Italian business line; matches the known '
                 'Intesa Sanpaolo IBAN and normal 30-day terms; no change of bank details.')


@reg
def b18():
    text = """Gentile Cliente,

ti ricordiamo che il servizio Casella PEC Standard examplegroup@pec.it scadrà il 21/11/2026.

Il rinnovo automatico è attivo sul metodo di pagamento associato al tuo account: non è richiesta alcuna azione da parte tua. L'importo del rinnovo annuale è di € 9,90 + IVA.

Se desideri verificare o modificare il metodo di pagamento, accedi all'Area Clienti digitando direttamente nel browser l'indirizzo admin.aruba.it.

Ricorda: Aruba non ti chiederà mai di inserire dati di pagamento o credenziali tramite link contenuti in una e-mail.

Cordiali saluti
Aruba S.p.A.
Servizio Clienti

Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516"""
    html = html_tb(text, 'ISO-8859-15')
    return B(18, 'it', 'pec-renewal-reminder-genuine-aruba',
             date='2026-10-22 05:12:44', zone='IT',
             **{'from': ('Aruba.it', 'comunicazioni@staff.aruba.it')}, to=[S('it_mgr')],
             env_from='bounce-pec-4471902@staff.aruba.it',
             subject='Promemoria: il servizio PEC examplegroup@pec.it scade il 21/11/2026',
             hcs=('iso-8859-15', 'Q'),
             body=alt(text, html, 'iso-8859-15', 'quoted-printable', label='ISO-8859-15'),
             infra=lambda c: infra._res(('smtpnl05.aruba.it', 'smtpnl05.aruba.it', '62.149.156.45'),
                                        [f'from staffnl02.aruba.it ([10.10.8.{c.rng.randrange(10, 90)}])\n\tby smtpnl05.aruba.it with ESMTP\n\tid {c.an(20)}; {c.tm(0, "IT")}'],
                                        f'<{c.t.strftime("%Y%m%d%H%M%S")}.{c.num(7)}@staff.aruba.it>', c.tm(0, 'IT'),
                                        lambda i: '----=_NextPart_' + c.hx(20)),
             extra=[('List-Unsubscribe', '<mailto:unsubscribe-comunicazioni@staff.aruba.it>')],
             hard=[20],
             what='Genuine Aruba reminder that the PEC mailbox renews automatically.',
             why='From staff.aruba.it via Aruba\'s own relay; no link to enter payment data (tells the user to type '
                 'admin.aruba.it); no suspension threat since auto-renewal is active.')


@reg
def b19():
    iban = BANK['libero_trainer']
    text = f"""Ciao Niccolò,

ti allego la fattura n. 11/2026 per le lezioni di novembre ai gruppi aziendali: 24 ore gruppo Tecnoplast (inglese B1) e 18 ore gruppo Villa Serena (inglese per accoglienza), in totale 42 ore a € 30,00.

Come sempre sono in regime forfettario, quindi senza IVA e con marca da bollo da € 2,00. Totale € 1.262,00.

Coordinate bancarie le solite: Banco BPM, IBAN {ids.fmt_iban(iban)}.

La fattura elettronica l'ha già inviata il mio commercialista tramite SdI, questa è solo la copia per te.

Ci vediamo giovedì per il calendario di gennaio!

Ciao
Luca"""
    pdf = pdf_att('Fattura_11-2026_Bianchi.pdf', [
        ('Luca Bianchi - Formatore di lingua inglese', 12, 'B'), 'Via del Pratello 31, 40122 Bologna - P.IVA ' + VAT['libero_trainer'], '',
        'Spett.le Example Group - sede di Bologna', '', ('Fattura n. 11/2026 del 30/11/2026', 11, 'B'), '',
        'Lezioni gruppo Tecnoplast (inglese B1) - 24 ore x EUR 30,00        EUR 720,00',
        'Lezioni gruppo Villa Serena (accoglienza) - 18 ore x EUR 30,00     EUR 540,00',
        'Marca da bollo                                                      EUR   2,00',
        ('Totale                                                              EUR 1.262,00', 10, 'B'), '',
        'Operazione in franchigia da IVA ai sensi dell\'art. 1, commi 54-89, L. 190/2014 (regime forfettario).',
        'Pagamento: bonifico su Banco BPM - IBAN ' + ids.fmt_iban(iban)],
        title='Fattura 11/2026', author='Luca Bianchi', producer='LibreOffice 24.2', creator='Writer',
        date="D:20261130212000+01'00'")
    return B(19, 'it', 'freelance-trainer-invoice-libero',
             date='2026-12-01 08:03:51', zone='IT',
             **{'from': C('libero_trainer')}, to=[S('it_acc')], cc=[S('it_mgr')],
             subject='Fattura novembre – lezioni aziendali',
             hcs=('iso-8859-15', 'Q'),
             body=mixed(Text(text, 'plain', 'iso-8859-15', '8bit'), pdf),
             infra=infra.libero,
             hard=[17],
             what='Freelance trainer sends his monthly invoice copy from his Libero address.',
             why='Known freelancer on his usual consumer mailbox; hours and rates consistent, "the usual" bank account '
                 'repeated unchanged, e-invoice already via SdI; friendly tone, no urgency.')


@reg
def b20():
    text = """Gentile Francesca,

con la presente confermiamo il Vostro ordine n. EG-BO-2026-077 del 6 ottobre, registrato con il nostro numero OV-26-1842:

- 60 x "Italiano in azienda A2" – libro dello studente
- 60 x "Italiano in azienda A2" – eserciziario
- 4 x guida per l'insegnante con codice di accesso alla piattaforma

La consegna avverrà tramite Ferretti Trasporti entro venerdì 16 ottobre presso la sede di Via Indipendenza. Le condizioni economiche sono quelle dell'accordo quadro 2026 (sconto 25%, pagamento a 60 giorni); la fattura elettronica Vi arriverà tramite SdI alla spedizione.

In allegato la conferma d'ordine in PDF.

Un cordiale saluto,
Marco Rinaldi
Ufficio Commerciale Scuole e Aziende
Edizioni Scolastiche Aurora S.r.l.
Tel. 051 648 2290"""
    pdf = pdf_att('Conferma_ordine_OV-26-1842.pdf', [
        ('Edizioni Scolastiche Aurora S.r.l.', 13, 'B'), 'Conferma d\'ordine OV-26-1842 del 08/10/2026', '',
        'Cliente: Example Group - sede di Bologna - ordine EG-BO-2026-077', '',
        '60  Italiano in azienda A2 - libro dello studente      EUR 22,50   EUR 1.350,00',
        '60  Italiano in azienda A2 - eserciziario              EUR 14,90   EUR   894,00',
        ' 4  Guida per l\'insegnante + codice piattaforma        EUR 29,00   EUR   116,00',
        'Sconto accordo quadro 25%                                         - EUR   590,00',
        ('Totale (IVA assolta dall\'editore, art. 74 DPR 633/72)            EUR 1.770,00', 10, 'B'), '',
        'Consegna entro 16/10/2026 - pagamento 60 gg d.f.'],
        title='Conferma ordine', author='Aurora', producer='Google Docs Renderer', creator='', date="D:20261008093000Z")
    return B(20, 'it', 'publisher-order-confirmation',
             date='2026-10-08 11:36:15', zone='IT',
             **{'from': C('aurora')}, to=[S('it_mgr')], cc=[S('proc')],
             subject="Conferma d'ordine OV-26-1842 – testi corsi di italiano",
             hlabel='UTF-8',
             body=mixed(alt(text, html_gmail(text), 'utf-8', 'quoted-printable', label='UTF-8'), pdf),
             infra=infra.gmail,
             hard=[],
             what='Publisher confirms a textbook order placed by the Bologna office (Google Workspace sender).',
             why='Supplier\'s own domain on Google Workspace; references the customer\'s order number and framework '
                 'agreement; payment via normal e-invoice; no bank details to change, no links.')


@reg
def b21():
    iban = BANK['asli']
    text = f"""Gentili Associati,

come deliberato dall'Assemblea del 18 aprile 2026, la quota associativa ASLI per il 2027 resta invariata:

- scuole con una sede: € 380,00
- scuole con più sedi o sede principale di un gruppo: € 480,00

La quota è fuori campo IVA. Per Example Group (sede di Bologna, socio n. 0219) l'importo è di € 480,00.

Il versamento va effettuato entro il 31 gennaio 2027 tramite bonifico sul conto dell'Associazione presso UniCredit, IBAN {ids.fmt_iban(iban)}, indicando nella causale "Quota 2027 – socio 0219". Le coordinate sono le stesse degli anni precedenti.

In allegato l'avviso di pagamento. La ricevuta sarà inviata dopo l'accredito.

Ricordiamo che il 12 febbraio 2027 si terrà a Firenze il seminario sulle certificazioni linguistiche per la PA, gratuito per i soci in regola.

Cordiali saluti
La Segreteria ASLI
Associazione Scuole di Lingue Italiane
Via dei Servi 18 – 50122 Firenze"""
    text = text.replace(' – ', ' - ')
    pdf = pdf_att('Avviso_quota_ASLI_2027_socio_0219.pdf', [
        ('ASLI - Associazione Scuole di Lingue Italiane', 13, 'B'), 'Via dei Servi 18 - 50122 Firenze - C.F. 94127730482', '',
        ('Avviso di pagamento quota associativa 2027', 12, 'B'), '', 'Socio n. 0219 - Example Group, sede di Bologna',
        'Quota 2027 (scuole con piu sedi): EUR 480,00 - fuori campo IVA', 'Scadenza: 31/01/2027', '',
        'UniCredit - IBAN ' + ids.fmt_iban(iban), 'Causale: Quota 2027 - socio 0219'],
        title='Avviso quota 2027', author='Segreteria ASLI', producer='Microsoft Excel', creator='', date="D:20261112101000+01'00'")
    return B(21, 'it', 'association-membership-fee-notice',
             date='2026-11-12 10:22:08', zone='IT',
             **{'from': C('asli')}, to=[S('it_mgr')], cc=[S('it_acc')],
             subject='Quota associativa ASLI 2027 - avviso di pagamento',
             body=mixed(Text(text, 'plain', 'iso-8859-15', '8bit'), pdf),
             infra=infra.ovh, ikw=dict(client_ip='151.11.48.203', ua='Mozilla Thunderbird'),
             hard=[19],
             what='Genuine annual membership-fee notice from the trade association the school belongs to.',
             why='Existing membership (member number, unchanged amount and account "same as previous years"), '
                 'decided by the assembly, no penalty threat, no auto-renewing contract small print.')


# --- Polish ----------------------------------------------------------------------------------------
@reg
def b22():
    iban = BANK['partner']
    text = f"""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury nr FV/2026/11/0342 z dnia 16.11.2026 r. za usługi magazynowania i dystrybucji materiałów szkoleniowych za październik 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: 6772348108-20261116-4F1A9C2E7B30-5D

Kwota do zapłaty: 8 214,57 zł
Termin płatności: 30.11.2026 r.
Rachunek: mBank S.A. {ids.fmt_iban(iban)} (rachunek zgłoszony w wykazie podatników VAT)

Wiadomość została wygenerowana automatycznie. W razie pytań prosimy o kontakt: ksiegowosc@partner-logistik.pl, tel. 12 278 44 10.

Dział Księgowości
Partner Logistik sp. z o.o.
ul. Magazynowa 12, 32-020 Wieliczka
NIP {VAT['partner']}"""
    pdf = pdf_att('FV_2026_11_0342.pdf', [
        ('Partner Logistik sp. z o.o.', 13, 'B'), 'ul. Magazynowa 12, 32-020 Wieliczka, NIP ' + VAT['partner'], '',
        ('Faktura VAT FV/2026/11/0342', 12, 'B'), 'Data wystawienia: 16.11.2026   Numer KSeF: 6772348108-20261116-4F1A9C2E7B30-5D', '',
        'Nabywca: Example Group sp. z o.o., oddział Kraków', '',
        'Magazynowanie materiałów szkoleniowych, październik 2026        4 180,00 zł',
        'Dystrybucja do placówek (38 przesyłek)                         2 498,51 zł',
        'Razem netto 6 678,51 zł   VAT 23% 1 536,06 zł', ('Do zapłaty 8 214,57 zł', 11, 'B'), '',
        'Termin płatności: 30.11.2026   mBank S.A. ' + ids.fmt_iban(iban)],
        title='FV/2026/11/0342', author='Partner Logistik', producer='Comarch ERP Optima', creator='',
        date="D:20261116100500+01'00'", codepage='cp1250')
    return B(22, 'pl', 'logistics-partner-invoice-ksef',
             date='2026-11-16 10:06:33', zone='PL',
             **{'from': ('Partner Logistik - Księgowość', C('partner', 1)[1])}, to=[S('pl_acc')],
             subject='Faktura FV/2026/11/0342 - Partner Logistik sp. z o.o.',
             hcs=('iso-8859-2', 'Q'),
             body=mixed(Text(text, 'plain', 'iso-8859-2', 'quoted-printable'), pdf),
             infra=infra.postfix,
             ikw=dict(helo='mail.partner-logistik.pl', rdns='mail.partner-logistik.pl', ip='188.116.19.42',
                      submit_ip='192.168.10.21', ua='Comarch ERP Optima'),
             hard=[22, 23],
             what='Genuine monthly invoice from the logistics partner with its KSeF number and usual mBank account.',
             why='Sent from the partner\'s own mail server by its ERP; KSeF reference, VAT white-list account that '
                 'matches previous invoices; no link to log in anywhere.')


@reg
def b23():
    text = """Panie Pawle,

niestety nadal nie widzimy wpłat za faktury FV/2026/11/0342 (8 214,57 zł, termin 30.11) i FV/2026/11/0351 (2 947,80 zł, termin 04.12).

Rozumiem, że koniec roku to u Państwa gorący okres, ale nasz zarząd przy przeterminowanym saldzie powyżej 10 tys. zł wstrzymuje wydania z magazynu. Jeśli do piątku 11.12 płatność nie wpłynie, będę zmuszony wstrzymać wydanie materiałów egzaminacyjnych dla oddziału w Krakowie zaplanowane na 14.12.

Numer rachunku bez zmian (mBank, zgodny z białą listą, jak na fakturach). Gdyby któraś pozycja była sporna, proszę o telefon - wyjaśnimy to od ręki.

Pozdrawiam
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.
tel. 12 278 44 00, kom. 601 447 218"""
    return B(23, 'pl', 'logistics-partner-urgent-reminder-stop',
             date='2026-12-09 15:21:40', zone='PL',
             **{'from': C('partner', 0)}, to=[S('pl_acc')], cc=[S('pl_mgr')],
             subject='Pilne: zaległe płatności FV/2026/11/0342 i 0351 - wstrzymanie wydań',
             hcs=('iso-8859-2', 'B'),
             body=Text(text, 'plain', 'iso-8859-2', '8bit', ctparams='; format=flowed'),
             infra=infra.postfix,
             ikw=dict(helo='mail.partner-logistik.pl', rdns='mail.partner-logistik.pl', ip='188.116.19.42',
                      submit_ip='89.64.71.112', ua='Mozilla Thunderbird'),
             hard=[23, 22],
             what='Urgent payment reminder from the logistics partner\'s operations director threatening to stop releases '
                  'from the warehouse.',
             why='Real sender on the partner\'s own server, real invoices, states explicitly that the bank account is '
                 'unchanged and white-listed, offers a phone call; pressure is commercial, not a diversion.')


@reg
def b24():
    text = """Dzień dobry Pani Małgorzato,

niestety rozchorowałam się – lekarz wystawił mi zwolnienie od dziś do 4 grudnia. To e-ZLA, więc powinno pojawić się u Państwa na profilu płatnika w PUE ZUS najpóźniej jutro.

Zajęcia grup B1 (wtorki i czwartki) – materiały i plan lekcji są na dysku w folderze grup, Kasia mówiła, że mogłaby przejąć wtorkowe zajęcia. Piszę z prywatnej poczty, bo nie mam przy sobie służbowego laptopa.

Przepraszam za kłopot i pozdrawiam,
Karolina Mazur"""
    return B(24, 'pl', 'teacher-sick-leave-private-wp',
             date='2026-11-23 06:48:15', zone='PL',
             **{'from': ('Karolina Mazur', 'karolina.mazur88@wp.pl')}, to=[S('pl_mgr')],
             subject='Zwolnienie lekarskie - Karolina Mazur',
             body=Text(text, 'plain', 'utf-8', 'base64'),
             infra=infra.wp,
             hard=[25],
             what='A Kraków teacher reports sick leave (e-ZLA) from her private WP mailbox.',
             why='Consumer mail from a Polish ISP address in the early morning; points to the official e-ZLA in PUE ZUS '
                 'instead of sending a link or file; no money or credentials involved.')


@reg
def b25():
    iban = BANK['drukarnia']
    text = f"""Dzień dobry,

w załączeniu przesyłam korekty do zlecenia 2026/311:
- certyfikaty ukończenia kursu (wzór PL i EN), papier 250 g, złocenie logo,
- skrypt "Business English B2 – moduł 3", 120 egz., oprawa klejona.

Proszę o akceptację lub uwagi do poniedziałku 9.11 do godz. 12:00 – wtedy zdążymy z drukiem i dostawą do Krakowa na 16.11.

Fakturę wystawimy po dostawie, płatność jak zwykle przelewem 14 dni na rachunek w PKO BP ({ids.fmt_iban(iban)}).

Pozdrawiam serdecznie
Agnieszka Nowak
Biuro Obsługi Klienta
Drukarnia Wisła s.c.
ul. Zabłocie 23, 30-701 Kraków
tel. 12 656 31 80"""
    proofs = [('Korekta_certyfikat_PL_EN.pdf', files.pdf([('CERTYFIKAT UKOŃCZENIA KURSU', 18, 'B'), '', 'Example Group - Kraków',
                                                          'Imię i nazwisko uczestnika: ______________', 'Poziom: ____  Liczba godzin: ____',
                                                          '', ('CERTIFICATE OF COMPLETION', 14, 'B'), 'KOREKTA / PROOF 2026/311 - strona 1 z 2'],
                                                         title='Korekta certyfikat', producer='Adobe InDesign 19.5 (Windows)',
                                                         creator='', codepage='cp1250')),
              ('Korekta_skrypt_BE_B2_modul3.pdf', files.pdf([('Business English B2 - Module 3', 16, 'B'), 'Negotiating and closing deals',
                                                              '', 'Unit 7  Making and responding to offers', 'Unit 8  Handling objections',
                                                              'Unit 9  Closing and follow-up', '', 'KOREKTA / PROOF 2026/311'],
                                                             title='Korekta skrypt', producer='Adobe InDesign 19.5 (Windows)', creator=''))]
    z = zip_att('Korekty_zlecenie_2026-311.zip', proofs, seed='b25', dt=(2026, 11, 5, 13, 20, 0))
    return B(25, 'pl', 'printer-proofs-zip-with-pdfs',
             date='2026-11-05 13:24:57', zone='PL',
             **{'from': C('drukarnia')}, to=[S('pl_mgr')], cc=[S('proc')],
             subject='Korekty do akceptacji - zlecenie 2026/311 (certyfikaty i skrypty)',
             hcs=('windows-1250', 'Q'),
             body=mixed(alt(text, html_outlook(text, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable'), z),
             infra=infra.postfix,
             ikw=dict(helo='serwer1834215.home.pl', rdns='serwer1834215.home.pl', ip='46.242.241.88',
                      submit_ip='91.231.24.17', ua='Microsoft Outlook 16.0'),
             hard=[34],
             what='Printer sends print proofs of certificates and course scripts as a ZIP with two PDFs.',
             why='Known printer, expected proofs for an existing order, ZIP holds only text PDFs (no executables, no '
                 'password), invoice only after delivery to the usual PKO BP account.')


@reg
def b26():
    unsub = 'https://forumszkol.us21.list-manage.com/unsubscribe?u=5e2b9d1c7a4f3e8b0c6d2a9f1&id=7c41e9a2b5&e=3f8a1c6d2b&c=a9d4e7f1c2'
    text = f"""Newsletter Forum Szkół Językowych | grudzień 2026

Drodzy Członkowie,

w grudniowym wydaniu:

KSeF w szkołach językowych – po pierwszych miesiącach obowiązkowego e-fakturowania zebraliśmy najczęstsze pytania dotyczące faktur dla osób fizycznych i korekt. Zapraszamy na bezpłatny webinar 10 grudnia o 10:00.

Egzaminy państwowe 2027 – znamy harmonogram sesji certyfikatów językowych dla administracji publicznej.

Bon szkoleniowy – od stycznia zmieniają się zasady finansowania kursów z Krajowego Funduszu Szkoleniowego. Przygotowaliśmy skrót najważniejszych zmian.

Więcej na https://www.forumszkol.pl/aktualnosci

Pozdrawiamy
Zespół Forum Szkół Językowych
ul. Długa 12/4, 31-147 Kraków

Otrzymujesz tę wiadomość, ponieważ Twoja szkoła jest członkiem Forum. Wypisz się: {unsub}"""
    html = html_tb(text, 'utf-8')
    return B(26, 'pl', 'association-newsletter-mailchimp',
             date='2026-12-03 09:00:12', zone='PL',
             **{'from': C('fsj')}, to=[S('pl_mgr')],
             env_from='bounce-mc.us21_5e2b9d1c7a4f3e8b0c6d2a9f1.4471820-malgorzata.wojcik=example.com@mail177.suw21.mcdlv.net',
             subject='Newsletter FSJ | grudzień 2026: KSeF w szkołach, egzaminy 2027',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.mailchimp, ikw=dict(cid='7c41e9a2b5', list_dom='forumszkol.pl'),
             extra=[('List-Unsubscribe', f'<{unsub}>, <mailto:unsubscribe-mc.us21_5e2b9d1c7a4f3e8b0c6d2a9f1.7c41e9a2b5-3f8a1c6d2b@mailin1.us21.mcsv.net?subject=unsubscribe>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
             hard=[22],
             what='Subscribed newsletter of a Polish language-school association sent through Mailchimp.',
             why='Regular member newsletter via Mailchimp with one-click unsubscribe; mentions KSeF as a topic but '
                 'contains no login request; links to the association\'s own site.')
