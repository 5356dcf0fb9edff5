"""Polish messages: attacks 22-26, business 22-26."""
from banking import grp, nrb
from company import S, ACC, TAX
from compose import att_pdf, att_zip, att_png, photo_png

from infra import filetime
from util import local_to_utc
_ft = filetime(local_to_utc('2026-11-20 12:05', 'pl'))
PL_FV_ID = '<000d%08x$%08x$b51b6e60$@partner-logistik.pl>' % (_ft >> 32, _ft & 0xffffffff)
PL_HOME = dict(client_helo='KSIEGOWOSC-PC', client_ip='89.78.214.61', client_rdns='89-78-214-61.static.ip.netia.com.pl')

PL_FV_TEXT = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0873 z dnia 20.11.2026 za usługi magazynowe i dystrybucyjne w październiku 2026 (magazyn Swarzędz, 312 miejsc paletowych, 46 tras dystrybucyjnych).

Numer KSeF faktury: 7792318401-20261120-4A1F9C2E8B7D-3F
Kwota brutto: 21 648,30 PLN
Termin płatności: 20.12.2026

Płatność prosimy kierować na rachunek wskazany na fakturze, zgłoszony w wykazie podatników VAT (biała lista):
PKO Bank Polski S.A. %s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Rabowicka 15, 62-020 Swarzędz
tel. +48 61 817 44 20
NIP %s""" % (nrb(ACC['partner_pl']), TAX['partner_pl'])


def attacks():
    L = []
    # ------------------------------------------------------------ 22
    L.append(dict(
        n=22, lang='pl', slug='ksef-certyfikat-phishing-ses',
        tech='E-invoicing (KSeF) credential phishing via Amazon SES, look-alike Ministry of Finance domain',
        what='"Krajowy System e-Faktur" warns that the KSeF authentication certificate of the Polish subsidiary expires on 27 Nov and asks to renew it by logging in with Profil Zaufany or online banking.',
        why='Sender domain ksef-podatki.pl (real: ksef.podatki.gov.pl / podatki.gov.pl), delivered through Amazon SES; KSeF does not send renewal links by e-mail; the page collects trusted-profile or bank credentials; sanction threat.',
        frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki.pl'), to=[S('lukasik')],
        subject='KSeF: wygaśnięcie certyfikatu uwierzytelniającego – wymagane odnowienie do 27.11.2026',
        date='2026-11-12 08:30:14', tz='pl', infra=('ses', {}),
        charset='iso-8859-2', cte='quoted-printable', html='brand', hcs='iso-8859-2', henc='Q', plain_link='colon',
        brand=dict(brand='Krajowy System e-Faktur', color='#b7191a', title='KSeF',
                   footer='Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.\nMinisterstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa'),
        text="""Szanowni Państwo,

informujemy, że certyfikat uwierzytelniający KSeF wydany dla kontekstu NIP %s (Example Group Polska sp. z o.o.) wygasa w dniu 27.11.2026.

Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w imieniu podatnika nie będzie możliwe, a faktury wystawione poza KSeF w okresie obowiązkowego stosowania systemu mogą skutkować sankcjami przewidzianymi w ustawie o VAT.

Aby zachować ciągłość fakturowania, odnów certyfikat w Aplikacji Podatnika KSeF, logując się profilem zaufanym lub przez bankowość elektroniczną:

[[Odnów certyfikat KSeF|https://ksef-podatki.pl/web/certyfikaty/odnowienie?ctx=%s]]

Ministerstwo Finansów
Krajowy System e-Faktur""" % (TAX['eg_pl'], TAX['eg_pl']),
    ))
    # ------------------------------------------------------------ 23
    L.append(dict(
        n=23, lang='pl', slug='partner-logistik-przejety-watek-zmiana-konta',
        tech='Thread hijack from the genuinely compromised accounting mailbox of a logistics partner: bank-account change, split below the White-List threshold',
        what='Reply in the real invoice thread from ksiegowosc@partner-logistik.pl: the PKO account is "blocked due to an audit", pay two invoices to a new mBank account, in three transfers below PLN 15,000 and without split payment.',
        why='Real partner domain and hosting, but authenticated from a Nigerian IP with a different mail client; new account not on the VAT White List (biała lista), instruction to split payments under PLN 15,000 and avoid MPP to dodge White-List checks; phones "redirected". Compare genuine invoice business/22.',
        frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), to=[S('lukasik')], cc=[S('wojcik')],
        subject='RE: Faktura FV/2026/11/0873 – Partner Logistik sp. z o.o.', date='2026-11-26 13:14:22', tz='pl',
        in_reply_to=PL_FV_ID,
        infra=('homepl', dict(client_helo='[10.0.0.12]', client_ip='154.118.45.201', client='outlook16',
                              client_kw={'lang': 'pl'})),
        charset='windows-1250', cte='quoted-printable', html='outlook', html_lang='PL', hcs='windows-1250', henc='Q',
        text="""Dzień dobry Pani Małgorzato,

w nawiązaniu do poniższej korespondencji uprzejmie informujemy, że w związku z trwającym audytem w naszym dotychczasowym banku rachunek w PKO BP został czasowo zablokowany do końca roku.

Prosimy o uregulowanie faktur FV/2026/11/0873 oraz FV/2026/11/0911 (łącznie 38 412,50 PLN brutto) na nasz rachunek pomocniczy w mBanku:

mBank S.A.
%s

Rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni. Aby uniknąć problemów z zaksięgowaniem, prosimy podzielić płatność na trzy przelewy poniżej 15 000 zł i nie stosować mechanizmu podzielonej płatności – rozliczenie VAT wyjaśnimy fakturą korygującą.

Prosimy o potwierdzenie zlecenia przelewów mailowo. Z uwagi na audyt nasze telefony stacjonarne są chwilowo przekierowane.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Rabowicka 15, 62-020 Swarzędz

~~~~
Od: Księgowość Partner Logistik <ksiegowosc@partner-logistik.pl>
Wysłano: piątek, 20 listopada 2026 12:05
Do: Małgorzata Łukasik <malgorzata.lukasik@example.com>
Temat: Faktura FV/2026/11/0873 – Partner Logistik sp. z o.o.

""" % grp(ACC['mule_pl']) + PL_FV_TEXT,
    ))
    # ------------------------------------------------------------ 24
    form = att_pdf('CRDG_formularz_aktualizacyjny_70442.pdf', [
        ('CRDG', 22, True), ('Centralny Rejestr Działalności Gospodarczej', 11, True),
        ('Dział Aktualizacji Wpisów', 8, False), '',
        ('FORMULARZ AKTUALIZACYJNY', 14, True), ('Sprawa: CRDG/2026/11/70442', 10, True), '',
        'Nazwa: Example Group Polska sp. z o.o.', 'Adres: ul. Piekary 19, 61-823 Poznań', 'NIP: ' + TAX['eg_pl'],
        'Branża: automaty vendingowe / handel kawą', '',
        ('Opłata za aktualizację i utrzymanie wpisu: 3 390,00 zł', 12, True),
        'Termin płatności: 7 dni', 'Odbiorca: CRDG Sp. z o.o.', 'Rachunek: ' + nrb(ACC['mule_pl_reg']),
        'Tytuł: CRDG/2026/11/70442', '', '',
        ('Rejestr CRDG jest prowadzony przez podmiot prywatny i nie jest rejestrem publicznym w rozumieniu ustawy', 7, False),
        ('o CEIDG ani ustawy o KRS. Dokonanie wpłaty lub podpisanie formularza oznacza zawarcie umowy na prezentację', 7, False),
        ('danych w rejestrze internetowym na okres 3 lat, z opłatą roczną 3 390,00 zł netto. Umowa przedłuża się', 7, False),
        ('automatycznie, jeżeli nie zostanie wypowiedziana na 3 miesiące przed upływem okresu.', 7, False), '', '',
        'Data i podpis: ______________________________'],
        title='Formularz aktualizacyjny', author='', producer='FPDF 1.86', creator='FPDF',
        date='2026-11-04 10:20', tz='pl')
    L.append(dict(
        n=24, lang='pl', slug='falszywy-rejestr-crdg-oplata',
        tech='Fake business-register invoice imitating CEIDG/KRS (subscription hidden in fine print)',
        what='"Centralny Rejestr Działalności Gospodarczej" demands PLN 3,390 within 7 days for "updating the entry", threatening removal from the register; PDF form attached.',
        why='Imitates the free official registers (CEIDG/KRS); the fine print says it is a private listing and payment creates a 3-year contract; newly registered domain on a VPS; classic Polish fake-register scam.',
        frm=('Centralny Rejestr Działalności Gospodarczej', 'rejestracja@crdg-rejestr.pl'), to=[S('wojcik')],
        subject='Aktualizacja wpisu w rejestrze – termin 7 dni (sprawa CRDG/2026/11/70442)', date='2026-11-04 10:44:51', tz='pl',
        infra=('hosted_postfix', dict(host='mail.crdg-rejestr.pl', ip='146.59.17.204', rdns='vps-2c81e4d0.vps.ovh.net',
                                      client_helo='[127.0.0.1]', client_ip='127.0.0.1', client_rdns='localhost',
                                      auth='rejestracja@crdg-rejestr.pl', zone='utc', tls=None, client='roundcube')),
        charset='iso-8859-2', cte='base64', hcs='iso-8859-2', henc='B', attachments=[form],
        text="""Szanowni Państwo,

uprzejmie informujemy, że w Centralnym Rejestrze Działalności Gospodarczej prowadzona jest aktualizacja danych podmiotów gospodarczych za rok 2026. Dane Państwa firmy wymagają weryfikacji:

Nazwa: Example Group Polska sp. z o.o.
Adres: ul. Piekary 19, 61-823 Poznań
NIP: %s

W załączeniu przesyłamy formularz aktualizacyjny z numerem sprawy CRDG/2026/11/70442. Opłata za aktualizację i utrzymanie wpisu wynosi 3 390,00 zł i należy ją uiścić w terminie 7 dni na rachunek wskazany w formularzu. Brak aktualizacji może skutkować usunięciem danych z rejestru.

Z poważaniem
Centralny Rejestr Działalności Gospodarczej
Dział Aktualizacji Wpisów""" % TAX['eg_pl'],
    ))
    # ------------------------------------------------------------ 25
    L.append(dict(
        n=25, lang='pl', slug='falszywy-helpdesk-teams-quick-assist',
        tech='Help-desk impersonation after e-mail bombing: Teams call and Quick Assist remote access (vishing pretext), external onmicrosoft.com tenant',
        what='"IT Helpdesk" says the mailbox is being flooded with spam and a technician will call via Microsoft Teams; the user should accept and start Quick Assist and read out the code.',
        why='Sent from an external tenant (examplegroupit.onmicrosoft.com), not from the company; the scheme (spam flood, fake help-desk Teams call, Quick Assist) hands an attacker remote control for ransomware deployment; the real help desk uses tickets (business/25).',
        frm=('Dział IT – Helpdesk', 'helpdesk@examplegroupit.onmicrosoft.com'), to=[S('wojcik')],
        subject='Zgłoszenie INC-40871: masowy spam w Pana skrzynce – kontakt przez Microsoft Teams',
        date='2026-10-21 09:52:37', tz='pl',
        infra=('exo', dict(server='VI1PR08MB5521', region='eurprd08', out=2, org='examplegroupit.onmicrosoft.com')),
        client_kw={'accept': 'pl-PL, en-US', 'lang': 'pl-PL'},
        charset='utf-8', cte='base64', html='outlook', html_lang='PL', hcs='utf-8', henc='B',
        text="""Dzień dobry Panie Pawle,

nasz system bezpieczeństwa wykrył, że od dzisiejszego rana na Pana skrzynkę pocztową trafiają setki niechcianych wiadomości (tzw. atak typu mail bombing). Aby zatrzymać napływ spamu, konieczne jest zainstalowanie dodatkowego filtra na Pana komputerze.

W ciągu 15 minut skontaktuje się z Panem przez Microsoft Teams nasz technik z konta "Help Desk – Example Group IT". Prosimy przyjąć zaproszenie do czatu, uruchomić narzędzie Pomoc zdalna (Quick Assist, skrót Ctrl + Windows + Q) i podać technikowi wyświetlony kod zabezpieczający. Cała operacja zajmuje około 10 minut.

Prosimy nie wyłączać komputera i nie usuwać wiadomości ze skrzynki do czasu zakończenia czynności – są potrzebne do analizy.

Pozdrawiamy
Dział IT – Helpdesk
Example Group""",
    ))
    # ------------------------------------------------------------ 26
    L.append(dict(
        n=26, lang='pl', slug='dpd-awizo-zip-vbs',
        tech='Courier lure (DPD) with a ZIP attachment holding a VBScript disguised as PDF, sent from a compromised foreign web host',
        what='"DPD Polska" reports a failed delivery and asks to print the attached notice (ZIP) to rebook the parcel.',
        why='Not DPD infrastructure: sent by a PHP script from the hacked cPanel account of a Brazilian restaurant; ZIP contains "DPD_Awizo_13807845529171.pdf.vbs" (script with double extension); couriers do not send notices as archives.',
        frm=('DPD Polska', 'powiadomienia@dpd-paczka-status.com'), env_from='contato@oficinadosabor.com.br',
        to=[S('wojcik')], subject='Przesyłka 13807845529171 – nieudana próba doręczenia',
        date='2026-12-03 07:58:12', tz='pl', msgid_domain='oficinadosabor.com.br',
        infra=('exim_cpanel', dict(host='br620.hostgator.com.br', ip='162.241.2.118', cpuser='ofici894', php=True, zone='br')),
        charset='windows-1250', cte='8bit', hcs='windows-1250', henc='Q',
        attachments=[att_zip('DPD_Awizo_13807845529171.zip', ['DPD_Awizo_13807845529171.pdf.vbs'], (2026, 12, 3, 8, 51, 40))],
        text="""Szanowny Kliencie,

informujemy, że w dniu 02.12.2026 kurier DPD podjął nieudaną próbę doręczenia przesyłki nr 13807845529171 (nadawca: FHU TECH-SERWIS).

Przesyłka oczekuje w oddziale DPD Poznań-Franowo. Aby ustalić nowy termin doręczenia, prosimy wydrukować załączone awizo i okazać je kurierowi lub w oddziale. Nieodebrana przesyłka zostanie zwrócona do nadawcy po 5 dniach roboczych.

Awizo w załączniku (archiwum ZIP).

DPD Polska Sp. z o.o.
Biuro Obsługi Klienta""",
    ))
    return L


def business():
    L = []
    # ------------------------------------------------------------ 22
    fv = att_pdf('FV_2026_11_0873.pdf', [
        ('Partner Logistik sp. z o.o.', 15, True), ('ul. Rabowicka 15, 62-020 Swarzędz · NIP ' + TAX['partner_pl'], 8, False), '',
        ('FAKTURA VAT nr FV/2026/11/0873', 13, True), 'Data wystawienia: 20.11.2026   Data sprzedaży: 31.10.2026',
        'Numer KSeF: 7792318401-20261120-4A1F9C2E8B7D-3F', '',
        'Nabywca: Example Group Polska sp. z o.o., ul. Piekary 19, 61-823 Poznań, NIP ' + TAX['eg_pl'], '',
        '1. Usługi magazynowe 10/2026 (312 miejsc paletowych)      netto  9 984,00 zł   VAT 23%',
        '2. Usługi dystrybucyjne 10/2026 (46 tras)                 netto  7 616,00 zł   VAT 23%', '',
        'Razem netto: 17 600,00 zł   VAT: 4 048,00 zł', ('Do zapłaty: 21 648,30 zł', 11, True),
        'Termin płatności: 20.12.2026, przelew', 'Rachunek: PKO BP ' + nrb(ACC['partner_pl'])],
        title='Faktura FV/2026/11/0873', author='Partner Logistik', producer='Comarch ERP Optima', creator='Comarch ERP Optima',
        date='2026-11-20 11:58', tz='pl')
    L.append(dict(
        n=22, lang='pl', slug='partner-logistik-faktura-ksef',
        pair=[23],
        what='Partner Logistik\'s accounting sends invoice FV/2026/11/0873 with its KSeF number; payment to the account on the VAT White List.',
        why='Real partner address from its usual office connection (Netia static IP) via home.pl; known PKO BP account that is on the White List; no urgency. Hard negative of attack/23, which hijacks this thread.',
        frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), to=[S('lukasik')],
        subject='Faktura FV/2026/11/0873 – Partner Logistik sp. z o.o.', date='2026-11-20 12:05:00', tz='pl',
        message_id=PL_FV_ID, infra=('homepl', dict(PL_HOME, client='outlook16', client_kw={'lang': 'pl'})),
        charset='iso-8859-2', cte='quoted-printable', hcs='iso-8859-2', henc='Q', attachments=[fv],
        text=PL_FV_TEXT,
    ))
    # ------------------------------------------------------------ 23
    L.append(dict(
        n=23, lang='pl', slug='partner-logistik-awizacja-dostaw',
        what='The partner\'s warehouse manager sends the delivery schedule (slot booking) for week 49 and the holiday opening hours.',
        why='Known contact on the real partner domain via its home.pl server, routine logistics content, no links or attachments.',
        frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S('wojcik')],
        subject='Awizacja dostaw – magazyn Swarzędz, tydzień 49', date='2026-11-27 14:36:18', tz='pl',
        infra=('homepl', dict(client_helo='NB-TZIELINSKI', client_ip='89.78.214.61',
                              client_rdns='89-78-214-61.static.ip.netia.com.pl', client='outlook16', client_kw={'lang': 'pl'})),
        charset='windows-1250', cte='quoted-printable', html='outlook', html_lang='PL', hcs='windows-1250', henc='Q',
        text="""Dzień dobry Panie Pawle,

przesyłam awizację dostaw na tydzień 49 do magazynu w Swarzędzu:

- wtorek 01.12, 07:00 – dostawa z Bremy (Ferretti Trasporti), 24 palety kawy ziarnistej i kapsułek, nr zlecenia PL-2026-1187,
- czwartek 03.12, 10:30 – kubki i mieszadełka od Lieferant GmbH, 8 palet, nr zlecenia PL-2026-1192.

Proszę o potwierdzenie okien czasowych do jutra do 12:00. Przypominam też, że od 21.12 do 02.01 magazyn pracuje w trybie świątecznym (pon.–pt. 7:00–15:00).

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik Magazynu
Partner Logistik sp. z o.o.
tel. +48 61 817 44 31, kom. +48 601 219 887""",
    ))
    # ------------------------------------------------------------ 24
    L.append(dict(
        n=24, lang='pl', slug='serwisant-raport-zdjecia-wp',
        what='Freelance service technician (subcontractor) sends his visit report for machine 2214 from his wp.pl address, with two photos.',
        why='Known subcontractor writing from his usual consumer mailbox via Wirtualna Polska\'s servers; factual report, plain PNG photos, billing "as per contract" at month end.',
        frm=('Krzysztof Nowak', 'k.nowak.serwis@wp.pl'), to=[S('wojcik')],
        subject='Raport serwisowy – automat 2214, Galeria Malta', date='2026-10-30 17:05:40', tz='pl',
        infra=('wp', dict(client_ip='83.26.101.77')), charset='utf-8', cte='8bit', hcs='UTF-8', henc='Q', cs_label='UTF-8',
        quote_cs=False,
        attachments=[att_png('IMG_20261030_151204.png', photo_png('pl24a', label='automat 2214')),
                     att_png('IMG_20261030_152817.png', photo_png('pl24b', label='zamek drzwi'))],
        text="""Dzień dobry,

raport z wizyty serwisowej:

Automat nr 2214 (Orobica 900), Galeria Malta, poziom -1, przy windach
Data: 30.10.2026, 14:10–16:40
Zgłoszenie: nie wydaje kubków, komunikat E-32
Wykonane: wymiana podajnika kubków (część z Waszego magazynu, nr kat. OR-9-2214C), czyszczenie mieszalnika, kalibracja dozownika cukru, test 20 napojów – OK
Uwagi: zamek drzwi serwisowych się zacina, proszę zamówić nowy (zdjęcie w załączniku). Licznik: 48 213.

Rozliczenie zgodnie z umową – faktura na koniec miesiąca.

Pozdrawiam
Krzysztof Nowak
Serwis Automatów Krzysztof Nowak
tel. 602 418 330""",
    ))
    # ------------------------------------------------------------ 25
    L.append(dict(
        n=25, lang='pl', slug='helpdesk-zgloszenie-wymiana-laptopa',
        pair=[25],
        what='Internal help-desk ticket notification (Znuny) about a laptop replacement, with a remote data-migration appointment.',
        why='Generated by the company\'s own ticket system and delivered through the internal relay; references a ticket the user opened; remote session scheduled via the company tool with a calendar invitation; link to the internal help-desk portal. Hard negative of the fake help-desk attack/25.',
        frm=('Helpdesk Example Group', 'helpdesk@example.com'), to=[S('wojcik')],
        subject='[Ticket#2026111710000417] Wymiana laptopa – termin wysyłki i migracji danych',
        date='2026-11-17 15:10:05', tz='pl', msgid_domain='helpdesk.example.com',
        infra=('internal', dict(client_ip='10.20.0.61', app_host='helpdesk01.example.local')), client='znuny',
        charset='utf-8', cte='quoted-printable', hcs='utf-8', henc='B',
        headers=[('X-Loop', 'helpdesk@example.com'), ('Precedence', 'bulk')],
        text="""Dzień dobry Panie Pawle,

dziękujemy za zgłoszenie. Dane zgłoszenia:

Numer: 2026111710000417
Temat: Wymiana laptopa – uszkodzona klawiatura
Priorytet: 3 normalny
Przypisane do: Thomas Brandt (IT Bremen)

Nowy laptop (Lenovo ThinkPad T14 Gen 6, nr inw. EG-NB-2231) został skonfigurowany i zostanie wysłany kurierem do biura w Poznaniu w czwartek 19.11. Migrację danych przeprowadzimy zdalnie w piątek 20.11 o 10:00 naszym firmowym narzędziem zdalnej pomocy – wcześniej otrzyma Pan zaproszenie w kalendarzu. Prosimy odesłać stare urządzenie w tym samym opakowaniu.

Status zgłoszenia: https://helpdesk.example.com/otrs/customer.pl?Action=CustomerTicketZoom;TicketNumber=2026111710000417

--
Helpdesk Example Group
tel. wewn. 240""",
    ))
    # ------------------------------------------------------------ 26
    unsub = 'https://app.freshmail.com/pl/unsubscribe/?hash=3f8a1c09e2b74d5f&email=pawel.wojcik%40example.com'
    L.append(dict(
        n=26, lang='pl', slug='newsletter-branzowy-freshmail',
        what='Subscribed Polish vending-industry newsletter sent via FreshMail with List-Unsubscribe.',
        why='Subscribed newsletter through a legitimate ESP, consistent List-Unsubscribe/List-Id headers, informational content, links to the publisher\'s own site.',
        frm=('Vending & OCS Polska', 'newsletter@vendingpolska.pl'), to=[S('wojcik')],
        subject='Newsletter branżowy: rynek vendingu 2026, płatności bezgotówkowe, KSeF w praktyce',
        date='2026-10-07 10:00:03', tz='pl', env_from='bounce-3f8a1c09e2@mail.freshmail.pl',
        infra=('esp_generic', dict(helo='smtp208.freshmail.pl', ip='91.222.212.208', rp='bounce-3f8a1c09e2@mail.freshmail.pl',
                                   extra=[('List-Unsubscribe', '<%s>' % unsub),
                                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                                          ('List-Id', '<vendingpolska.freshmail.pl>'), ('Precedence', 'bulk'),
                                          ('X-FMSID', '3f8a1c09e2b74d5f')],
                                   client='freshmail', client_kw={'msgdomain': 'freshmail.pl'})),
        charset='utf-8', cte='quoted-printable', html='brand', hcs='utf-8', henc='Q', plain_link='paren',
        brand=dict(brand='Vending & OCS Polska', color='#0f6b5c', title='Newsletter',
                   footer='Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter vendingpolska.pl.\n[[Wypisz się|%s]]' % unsub),
        text="""Dzień dobry,

w tym wydaniu:

**Rynek vendingu 2026** – według najnowszego raportu liczba automatów w Polsce przekroczyła 58 tysięcy, a udział płatności bezgotówkowych w transakcjach wzrósł do 71 procent.

**Czytniki kart i BLIK** – porównanie kosztów terminali dla operatorów automatów i opłat transakcyjnych przy mikropłatnościach.

**KSeF w praktyce** – jak operatorzy vendingowi wystawiają faktury zbiorcze dla klientów biznesowych po wejściu obowiązkowego KSeF.

[[Czytaj cały numer|https://vendingpolska.pl/newsletter/2026-10]]

Redakcja Vending & OCS Polska""",
    ))
    return L
