"""Attack messages 22-26 (Polish)."""
from lib import *

F = 'attack'


def a22():
    bank, bic, iban = BANK['plog_fake']
    prev = """W dniu 5.11.2026 o 14:21, Paweł Kowalczyk pisze:
> Dzień dobry Panie Tadeuszu,
>
> potwierdzam, że faktury FV/2026/10/0744 i FV/2026/10/0781 są u nas
> zaksięgowane. Płatność planujemy w przyszłym tygodniu, zgodnie z
> terminem.
>
> Pozdrawiam
> Paweł Kowalczyk
> Example Group Polska sp. z o.o.
>
> W dniu 4.11.2026 o 09:02, Tadeusz Zieliński pisze:
>> Dzień dobry,
>>
>> w załączeniu zestawienie otwartych pozycji za październik. Proszę o
>> informację, kiedy możemy spodziewać się płatności.
>>
>> Przypominam, że faktura FV/2026/10/0744 jest już po terminie. Zgodnie
>> z umową ramową, w przypadku braku płatności do 20.11.2026 będziemy
>> zmuszeni wstrzymać obsługę Państwa naczep w magazynie w Gdyni oraz
>> odprawy celne do czasu uregulowania należności. Bardzo nie chciałbym
>> do tego doprowadzić.
>>
>> Płatność prosimy jak zawsze na rachunek w PKO BP podany na fakturach
>> (zgłoszony w wykazie podatników VAT).
>>
>> Z poważaniem
>> Tadeusz Zieliński"""
    body = """Dzień dobry Panie Pawle,

dziękuję za informację. Przed zleceniem przelewu proszę jeszcze o uwagę: w związku z audytem wewnętrznym i zmianą banku obsługującego naszą spółkę dotychczasowy rachunek w PKO BP został czasowo zablokowany do rozliczeń. Płatność za faktury FV/2026/10/0744 i FV/2026/10/0781 (łącznie 61 482,77 zł) prosimy przekazać na nasz nowy rachunek:

{bank}
{nrb}

Rachunek jest w trakcie zgłaszania do wykazu podatników VAT (biała lista), aktualizacja po stronie KAS potrwa kilka dni - prosimy się tym nie sugerować, przelew można wykonać normalnie, bez mechanizmu podzielonej płatności.

Proszę o krótkie potwierdzenie zmiany danych w systemie odpowiadając na tę wiadomość.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Rozliczeń
Partner Logistik sp. z o.o.
ul. Hutnicza 40, 81-061 Gdynia
tel. +48 58 622 41 17

""".format(bank=bank, nrb=' '.join([iban[2:4]] + [iban[i:i + 4] for i in range(4, 28, 4)])) + prev
    Mail(F, 22, 'pl', 'partner-logistik-skompromitowana-skrzynka-nowe-konto',
         Thunderbird(tr=OwnPostfix(host='mail.partner-logistik.pl', ip='91.232.118.37', pc='[10.10.0.14]',
                                   user_ip='102.89.45.118', user_rdns=None), lang='pl'),
         T(2026, 11, 10, 10, 15, 44), C['zielinski'], [S('pl_acc')],
         'Re: Zaległe faktury - Example Group Polska / październik 2026',
         text(body, 'UTF-8', '8bit', flowed=True),
         reply_to=('Tadeusz Zieliński', 't.zielinski@partner-logistic.pl'),
         irt='<%s@EXKI-MBX01.corp.example.com>' % hx('a22pawel', 32),
         refs='<%s@partner-logistik.pl> <%s@EXKI-MBX01.corp.example.com>' % (guid_like('a22r1'), hx('a22pawel', 32)),
         what='Thread hijack from the genuinely compromised mailbox of Tadeusz Zieliński (Partner Logistik): new '
              'bank account inside the real invoice thread.',
         why='Genuine sender and server, but submitted from a Nigerian mobile IP (102.89.45.118), Reply-To diverted '
             'to look-alike partner-logistic.pl, account change justified by an "audit", the account is admittedly not '
             'on the VAT white list and split payment is discouraged - BEC via compromised partner.')


def guid_like(seed):
    h = hx(seed, 32)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def a23():
    link = 'https://ksef.mf.gov.pl.ksef-uwierzytelnienie.com/web/login?token=%s' % hx('a23', 24, ALNUM)
    plain = """Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

informujemy, że token uwierzytelniający podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP {nip}) wygasł. Od 26.10.2026 faktury ustrukturyzowane wystawiane przez Państwa podmiot są odrzucane przez KSeF (kod błędu 21405 - Brak uprawnień do wystawiania faktur).

Liczba odrzuconych dokumentów: 7

Aby przywrócić możliwość wystawiania i odbierania faktur, należy ponownie potwierdzić uprawnienia osoby reprezentującej podmiot w Aplikacji Podatnika KSeF:

{link}

Logowanie: profil zaufany, podpis kwalifikowany lub certyfikat KSeF.

Faktury nieprzesłane do KSeF w terminie mogą skutkować sankcjami na podstawie art. 106ni ustawy o VAT.

Ministerstwo Finansów
Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać.
""".format(nip=ck.pl_nip('586231477'), link=link)
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#dc143c;height:6px"></td></tr>
<tr><td style="padding:18px 0 6px;font-size:19px;font-weight:bold">Krajowy System e-Faktur <span style="color:#666;font-weight:normal">(KSeF)</span></td></tr>
<tr><td style="padding:8px 0">
<p>Szanowni Państwo,</p>
<p>informujemy, że token uwierzytelniający podmiotu <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b> (NIP {nip}) wygasł. Od 26.10.2026 faktury ustrukturyzowane wystawiane przez Państwa podmiot są <b>odrzucane przez KSeF</b> (kod błędu 21405 - Brak uprawnień do wystawiania faktur).</p>
<p>Liczba odrzuconych dokumentów: <b>7</b></p>
<p>Aby przywrócić możliwość wystawiania i odbierania faktur, należy ponownie potwierdzić uprawnienia osoby reprezentującej podmiot w Aplikacji Podatnika KSeF.</p>
<p><a href="{link}" style="background:#1f4e8c;color:#fff;padding:10px 22px;text-decoration:none">Potwierdź uprawnienia</a></p>
<p>Logowanie: profil zaufany, podpis kwalifikowany lub certyfikat KSeF.</p>
<p style="font-size:12px;color:#666">Faktury nieprzesłane do KSeF w terminie mogą skutkować sankcjami na podstawie art. 106ni ustawy o VAT.<br>Ministerstwo Finansów &middot; Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać.</p>
</td></tr></table></body></html>
""".format(nip=ck.pl_nip('586231477'), link=link)
    Mail(F, 23, 'pl', 'ksef-token-wygasl-phishing',
         Mailgun(mg='mg.ksef-powiadomienia.pl'), T(2026, 10, 26, 7, 30, 2),
         ('Krajowy System e-Faktur', 'powiadomienia@ksef-powiadomienia.pl'), [S('pl_acc')],
         'KSeF: token uwierzytelniający wygasł - faktury odrzucane',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Fake KSeF (Polish national e-invoicing system) notice: token expired, invoices rejected.',
         why='Mailgun from ksef-powiadomienia.pl, not the Ministry of Finance; link host '
             'ksef.mf.gov.pl.ksef-uwierzytelnienie.com imitates ksef.mf.gov.pl; asks to log in with trusted profile / '
             'qualified signature; invented error code and sanctions - credential phishing on the 2026 KSeF rollout.')


def a24():
    link = 'https://www.ipkobiznes.pl.weryfikacja-uzytkownika.com/logowanie?cid=%s' % hx('a24', 16, ALNUM)
    plain = """PKO Bank Polski - iPKO biznes

Szanowna Pani,

w związku z wdrożeniem nowych wymogów Komisji Nadzoru Finansowego dotyczących silnego uwierzytelniania (SCA) wszyscy użytkownicy serwisu iPKO biznes zobowiązani są do ponownej weryfikacji uprawnień do dnia 16.11.2026.

Użytkownicy, którzy nie dokonają weryfikacji, utracą możliwość autoryzacji przelewów z rachunków firmowych.

Weryfikacja zajmuje około 2 minut:
{link}

Po zalogowaniu prosimy potwierdzić dane przy użyciu tokena lub aplikacji mobilnej.

Z poważaniem
Zespół Bankowości Elektronicznej
PKO Bank Polski S.A.
""".format(link=link)
    Mail(F, 24, 'pl', 'ipko-biznes-weryfikacja-phishing',
         PHPMailer(tr=CpanelExim(host='br860.hostgator.com.br', ip='162.241.2.117', local=True, unix_user='clinic32'),
                   host_id='clinicaveterinariasantos.com.br', ver='6.5.0', zone='UTC'),
         T(2026, 11, 12, 13, 8, 30), ('PKO Bank Polski', 'kontakt@clinicaveterinariasantos.com.br'), [S('pl_mgr')],
         'iPKO biznes: wymagana weryfikacja uprawnień użytkownika',
         text(plain, 'iso-8859-2', 'quoted-printable'),
         hcs='iso-8859-2', hmode='B',
         what='Bank credential phishing: "PKO BP iPKO biznes" user re-verification required by the regulator.',
         why='Sent by a PHP script on a compromised Brazilian veterinary clinic website (HostGator), envelope and From '
             'address at clinicaveterinariasantos.com.br; link host ipkobiznes.pl.weryfikacja-uzytkownika.com; '
             'threatens loss of transfer authorisation - online-banking credential and token phishing.')


def a25():
    z = zipc.zip_plain([('Specyfikacja_ladunku_RFQ-2612-117.pdf.lnk',
                         b'placeholder - inert test file for a mail filter evaluation, not a shortcut\r\n')],
                       dt=(2026, 12, 9, 8, 14, 2))
    body = """Dzień dobry,

zwracamy się z zapytaniem ofertowym na przewóz promowy 12 naczep (chłodnie, drewno klejone i elementy konstrukcyjne) na trasie Gdynia - Kilonia w okresie styczeń-marzec 2027, ok. 4 wyjazdy tygodniowo.

Szczegółową specyfikację ładunku, wymiary i preferowane terminy przesyłam w załączniku (archiwum ZIP, ze względu na rozmiar plików). Prosimy o ofertę cenową do 14.12.2026.

Z poważaniem
Marek Kaszubowski
Dział Logistyki
Tartak Kaszuby sp. j.
ul. Leśna 12, 83-300 Kartuzy
tel. 58 681 23 40
"""
    Mail(F, 25, 'pl', 'zapytanie-ofertowe-zip-lnk',
         OutlookSMTP(tr=OwnPostfix(host='s41.cyber-folks.pl', ip='185.135.88.41', pc='DESKTOP-7QK2M1L',
                                   user_ip='194.33.45.102', user_rdns='vpn-194-33-45-102.m247.com'), lang='pl'),
         T(2026, 12, 9, 9, 26, 18), ('Marek Kaszubowski', 'logistyka@tartak-kaszuby.pl'), [S('pl_sales')],
         'Zapytanie ofertowe RFQ-2612-117 - przewóz 12 naczep Gdynia-Kilonia',
         mixed(outlook_alt(body, 'windows-1250'),
               attach(z, 'application/x-zip-compressed', 'RFQ-2612-117_specyfikacja.zip',
                      label='contains Specyfikacja_ladunku_RFQ-2612-117.pdf.lnk (one-line placeholder)')),
         what='Request for quotation from a (compromised) sawmill, with a ZIP containing a .pdf.lnk "specification".',
         why='A plausible freight RFQ, but the only attachment is a ZIP whose single member is a Windows shortcut '
             'disguised as PDF (double extension .pdf.lnk) - classic malware loader; sent through the sawmill\'s '
             'hosting from a VPN exit (M247), sender unknown to the company.')


def a26():
    body = """Dzień dobry,

w ciągu ostatniej godziny na Pani skrzynkę pocztową trafiło ponad 600 wiadomości typu spam (zgłoszenie nr INC-2612-4471). Ze względów bezpieczeństwa musimy pilnie zainstalować na Pani komputerze aktualizację filtra antyspamowego.

W ciągu najbliższych 15 minut skontaktuje się z Panią nasz technik przez Microsoft Teams (konto „IT Helpdesk Example Group”). Prosimy o przyjęcie połączenia i uruchomienie aplikacji Szybka pomoc (Quick Assist), aby technik mógł przeprowadzić aktualizację zdalnie. Cała operacja trwa ok. 10 minut.

Do czasu zakończenia aktualizacji prosimy nie otwierać wiadomości ze skrzynki odbiorczej.

Pozdrawiamy
Dział IT / Service Desk
Example Group
"""
    Mail(F, 26, 'pl', 'teams-quick-assist-vishing-helpdesk',
         EXO(org='examplegrouphelpdesk.onmicrosoft.com', region='EUR', lang='pl-PL'), T(2026, 12, 15, 8, 49, 7),
         ('IT Helpdesk Example Group', 'helpdesk@examplegrouphelpdesk.onmicrosoft.com'), [S('pl_mgr')],
         'INC-2612-4471: pilna aktualizacja filtra antyspamowego - kontakt przez Teams',
         outlook_alt(body, 'windows-1250'),
         what='Help-desk pretext announcing a Teams call from "IT" who will need Quick Assist remote access.',
         why='Comes from an external onmicrosoft.com tenant, not from the company\'s IT (internal relay); typical '
             'prelude to Teams vishing after an e-mail bombing wave, ending with remote control via Quick Assist '
             '(ransomware access broker pattern). The Gdynia office notice in business/26 warns against exactly this.')


def build():
    for f in (a22, a23, a24, a25, a26):
        f()
