"""Polish messages: attacks 22-26, business 22-26."""
from kit import *

LANG = "pl"
PL_NIP = ids.pl_nip("517041288")          # Partner Logistik
EG_PL_NIP = ids.pl_nip("813402517")       # Example Group, oddział w Polsce
PL_OK = ids.iban_pl("102", "4372", "0000640212345678")      # PKO BP (genuine, on the VAT white list)
PL_FAKE = ids.iban_pl("114", "0200", "0000364918322711")    # mBank (attacker)
MW_ACC = ids.iban_pl("124", "0266", "1111001098765432")     # Pekao (carrier Wiśniewski)
PL_SIG = ("Partner Logistik sp. z o.o.\nul. Przemysłowa 14, 36-002 Jasionka\ntel. +48 17 555 20 40, www.partner-logistik.pl\n"
          "NIP %s, KRS 0000412785, Sąd Rejonowy w Rzeszowie, XII Wydział Gospodarczy KRS" % PL_NIP)


# ====================================================================== ATTACKS
def a22():
    m = Message("attack", 22, LANG, "partner-logistik-zmiana-rachunku-lookalike")
    t = U(2026, 10, 28, 13, 26, 40)
    snd, rcpt = "t.zielinski@partner-logistic.pl", "malgorzata.kowalczyk@example.com"
    r = m.rng
    ip = "51.68.%d.%d" % (r.randrange(0, 250), r.randrange(2, 250))
    e = outlook_smtp(m, t, snd, rcpt, "mail.partner-logistic.pl", "ip%s.ip-%s.eu" % (ip.split(".")[3], "-".join(ip.split(".")[:3])), ip,
                     "DESKTOP-Q4N7ZKP", "unknown", "5.253.206.%d" % r.randrange(2, 250), lang="pl")
    text = """Dzień dobry Pani Małgorzato,

w związku z audytem rocznym oraz zmianą banku prowadzącego nasz rachunek rozliczeniowy uprzejmie informuję, że od 2 listopada 2026 r. płatności za nasze faktury prosimy kierować wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
mBank S.A.
nr rachunku: %s

Dotyczy to również faktur już wystawionych, w szczególności FV/2026/10/118 (18 450,00 zł) i FV/2026/10/124 (7 872,00 zł), których termin płatności upływa w tym tygodniu.

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (tzw. białej listy) w ciągu kilku dni roboczych - proszę nie wstrzymywać z tego powodu płatności, kopię zgłoszenia ZAW-NR prześlemy w osobnej wiadomości.

Bardzo proszę o potwierdzenie aktualizacji danych w Państwa systemie odpowiedzią na tego maila. W tym tygodniu jestem w trasie i mam ograniczony zasięg, dlatego proszę o kontakt mailowy.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
%s
""" % (ids.iban_fmt(PL_FAKE), PL_SIG.replace("partner-logistik.pl", "partner-logistic.pl"))
    root = alt(e, tp(text, "iso-8859-2", "quoted-printable"), hp(html_outlook(text, "iso-8859-2", lang="PL"), "iso-8859-2"))
    finish(m, e, addr("Tadeusz Zieliński", snd, "iso-8859-2", "Q"), addr("Małgorzata Kowalczyk", rcpt, "iso-8859-2", "Q"),
           "Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", root, "iso-8859-2", "Q")
    m.what = "'Logistics partner's director' announces a new mBank account for all invoices including two due this week, admits it is not yet on the VAT white list."
    m.why = "partner-logistic.pl is a typo-squat of partner-logistik.pl on an OVH VPS; payment to an account absent from the Polish VAT white list, urgency, no phone contact - BEC; a genuine Polish supplier would never ask to pay a non-whitelisted account."
    return m


def a23():
    m = Message("attack", 23, LANG, "ksef-token-wygasa-phishing")
    t = U(2026, 11, 16, 7, 55, 3)
    rcpt = "malgorzata.kowalczyk@example.com"
    e = brevo(m, t, "powiadomienia@ksef-mf.pl", rcpt)
    url = "https://ksef-mf.pl/web/uwierzytelnienie?nip=%s&ctx=token-expiry" % EG_PL_NIP
    text = """## Krajowy System e-Faktur

Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany w KSeF dla kontekstu NIP %s wygaśnie 30.11.2026 r.

Zgodnie z harmonogramem Ministerstwa Finansów uwierzytelnianie tokenami zostaje zastąpione certyfikatami KSeF. Aby zachować możliwość wystawiania i odbierania faktur ustrukturyzowanych, należy ponownie uwierzytelnić podmiot i wygenerować certyfikat w Aplikacji Podatnika KSeF.

[[!Przejdź do Aplikacji Podatnika KSeF|%s]]

Brak ponownego uwierzytelnienia spowoduje zablokowanie dostępu do faktur zakupowych w KSeF oraz odrzucanie faktur wysyłanych z systemów księgowych korzystających z dotychczasowego tokenu.

Z poważaniem
Ministerstwo Finansów
Krajowa Administracja Skarbowa

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
""" % (EG_PL_NIP, url)
    html = html_esp(text, "utf-8", brand="Krajowy System e-Faktur", color="#d4213d", lang="pl", logo_text="KSeF · Ministerstwo Finansów",
                    preheader="Token wygasa 30.11.2026 - wymagane ponowne uwierzytelnienie", font="Arial, sans-serif",
                    footer="Ministerstwo Finansów · ul. Świętokrzyska 12 · 00-916 Warszawa")
    root = alt(e, tp(plain(text, "colon").replace("## ", ""), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Krajowy System e-Faktur", "powiadomienia@ksef-mf.pl"), rcpt,
           "KSeF: token wygasa 30.11.2026 - wymagane ponowne uwierzytelnienie", root, "utf-8", "B")
    m.what = "'KSeF / Ministry of Finance' warns that the company's KSeF token expires and must be replaced by re-authenticating in the 'taxpayer app' via a button."
    m.why = "Topical e-invoicing phishing: ksef-mf.pl is not ksef.mf.gov.pl / podatki.gov.pl, sent via Brevo; the Ministry does not e-mail login links; targets the accountant's login.gov.pl / KSeF credentials."
    return m


def a24():
    m = Message("attack", 24, LANG, "inpost-doplata-blik-phishing")
    t = U(2026, 11, 3, 16, 41, 27)
    snd, rcpt = "biuro@pensjonat-pod-lipami.pl", "piotr.nowak@example.com"
    r = m.rng
    host = "s12.hostingpolska.net"
    hop = exim_hop(r, "194.26.192.%d" % r.randrange(2, 250), "WIN-PC", host, snd, sec(t, 1), rcpt=rcpt)
    e = direct(m, t, snd, rcpt, host, host, "46.242.%d.%d" % (r.randrange(128, 250), r.randrange(2, 250)), hops=[hop], tls=TLS12,
               mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@pensjonat-pod-lipami.pl>" % alnum(r, 43))
    e.set("X-AntiAbuse", [v for k, v in cpanel_antiabuse(host, "example.com", snd)[:5]])
    e.set("X-Authenticated-Sender", "%s: %s" % (host, snd))
    num = "630214587229310118774412"
    url = "https://inpost-doplata.pl/p/%s" % num
    text = """## Twoja paczka czeka na dopłatę

Dzień dobry,

przesyłka nr %s nie może zostać wydana, ponieważ jej wymiary przekraczają opłacony gabaryt A. Do odbioru paczki w Paczkomacie® wymagana jest dopłata różnicy za gabaryt C.

Kwota do zapłaty: 2,49 zł
Paczkomat: RZE01M, Rzeszów, al. Powstańców Warszawy 21

Dopłaty możesz dokonać BLIK-iem lub kartą płatniczą:

[[!Zapłać 2,49 zł|%s]]

Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.

Zespół InPost
""" % (num, url)
    html = html_esp(text, "windows-1250", brand="InPost", color="#ffcd00", lang="pl", logo_text="InPost",
                    footer="InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków", font="Montserrat, Arial, sans-serif")
    html = html.replace("color:#ffffff;padding:11px", "color:#1d1d1b;padding:11px").replace(
        'font-weight:700;color:#ffffff">InPost', 'font-weight:700;color:#1d1d1b">InPost')
    root = alt(e, tp(plain(text, "colon").replace("## ", ""), "windows-1250", "quoted-printable"), hp(html, "windows-1250", "quoted-printable"))
    finish(m, e, addr("InPost", snd), rcpt, "Twoja paczka czeka na dopłatę 2,49 zł", root, "windows-1250", "Q")
    m.what = "'InPost' parcel notice: the parcel can't be released until a 2.49 PLN size surcharge is paid by BLIK or card."
    m.why = "Sent from a compromised guest-house mailbox on shared cPanel hosting; inpost-doplata.pl is not inpost.pl; small-amount payment lure to capture BLIK codes / card data."
    return m


def a25():
    m = Message("attack", 25, LANG, "faktura-zip-z-haslem-onet")
    t = U(2026, 11, 24, 10, 9, 13)
    snd, rcpt = "transbud.ksiegowosc@onet.pl", "malgorzata.kowalczyk@example.com"
    r = m.rng
    e = onet(m, t, snd, rcpt)
    text = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT FV/1123/2026 za usługi transportowe z października wraz z zestawieniem kursów. Termin płatności minął 20.11.2026 - prosimy o pilne uregulowanie należności.

Plik zabezpieczony hasłem zgodnie z polityką ochrony danych (RODO).
Hasło do pliku: FV1123

W razie pytań prosimy o kontakt.

Pozdrawiamy
Dział Księgowości
TRANSBUD Sp. z o.o.
"""
    z = zip_crypto([("FV_1123_2026.pdf.exe", PLACEHOLDER)], "FV1123", t, r)
    root = mixed(e, tp(text, "iso-8859-2", "base64"), att("application/x-zip-compressed", z, "FV_1123_2026.zip"))
    finish(m, e, addr("TRANSBUD - Księgowość", snd, "iso-8859-2", "B"), rcpt,
           "Faktura VAT FV/1123/2026 - przypomnienie o płatności", root, "iso-8859-2", "B")
    m.what = "Overdue 'invoice' from an unknown transport company on onet.pl, password-protected ZIP with the password in the body, containing FV_1123_2026.pdf.exe."
    m.why = "Classic Polish malspam: ZipCrypto archive (scanner-proof) with a double-extension executable (inert placeholder here), consumer mailbox, unknown supplier, payment-reminder pressure."
    return m


def a26():
    m = Message("attack", 26, LANG, "pko-biznes-quishing-png-qr")
    t = U(2026, 11, 26, 8, 14, 38)
    rcpt = "malgorzata.kowalczyk@example.com"
    e = mailgun(m, t, "mg.pkobp-biznes.pl", rcpt, eu=False)
    r = m.rng
    url = "https://ipkobiznes-aktywacja.pl/m/?k=%s&nip=%s" % (alnum(r, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), EG_PL_NIP)
    qrpng = QR(url, "M").png(6)
    text = """Szanowna Pani,

w związku z wdrożeniem nowej wersji aplikacji mobilnej IKO dla klientów biznesowych, dotychczasowa autoryzacja dyspozycji kodami SMS w serwisie iPKO biznes zostanie wyłączona 30.11.2026 r.

Aby nadal autoryzować przelewy i paczki płatności, prosimy o aktywację autoryzacji mobilnej:

1. Otwórz aparat w telefonie i zeskanuj kod QR z załącznika.
2. Zaloguj się identyfikatorem i hasłem do iPKO biznes.
3. Potwierdź aktywację kodem otrzymanym SMS-em.

Aktywacja zajmuje około 2 minut. Po 30.11.2026 r. dyspozycje niepotwierdzone w nowy sposób nie będą realizowane.

Z poważaniem
Zespół iPKO biznes
PKO Bank Polski S.A.
"""
    root = mixed(e, alt(e, tp(text, "windows-1250", "base64"), hp(html_esp(text, "windows-1250", brand="PKO Bank Polski", color="#003574", lang="pl",
                                                                          logo_text="PKO BANK POLSKI", font="Arial, sans-serif"), "windows-1250", "base64")),
                 Part("image/png", qrpng, cte="base64", filename="kod_aktywacyjny_QR.png", disposition="attachment"))
    finish(m, e, addr("iPKO biznes", "powiadomienia@pkobp-biznes.pl"), addr("Małgorzata Kowalczyk", rcpt, "windows-1250", "Q"),
           "iPKO biznes: aktywuj autoryzację mobilną do 30.11.2026", root, "windows-1250", "Q")
    m.what = "'PKO BP business banking' says SMS authorisation ends and asks to activate mobile authorisation by scanning an attached QR code and logging in."
    m.why = "Quishing with the QR as a PNG attachment (no URL in the text), pkobp-biznes.pl look-alike on Mailgun; harvests iPKO biznes credentials and the SMS code."
    return m


# ====================================================================== BUSINESS
def b22():
    m = Message("business", 22, LANG, "partner-logistik-faktura-biala-lista")
    t = U(2026, 11, 4, 9, 37, 12)
    snd, rcpt = "ksiegowosc@partner-logistik.pl", "malgorzata.kowalczyk@example.com"
    e = exo(m, t, snd, rcpt, lang="pl-PL", zone="UTC", pod="PAR")
    text = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/131 z dnia 03.11.2026 r. za usługi magazynowe i obsługę przeładunków w październiku 2026 r.

Kwota brutto: 31 734,60 zł, termin płatności: 17.11.2026 r.

Płatność prosimy realizować w mechanizmie podzielonej płatności na rachunek widniejący na fakturze i w wykazie podatników VAT:
PKO BP S.A. %s

Przypominamy również o fakturze FV/2026/10/124 (7 872,00 zł) z terminem płatności 30.10.2026 r., która nie została jeszcze przez nas rozliczona - jeśli płatność została już zlecona, prosimy o informację.

Z poważaniem
Anna Dąbrowska
Księgowość
%s
""" % (ids.iban_fmt(PL_OK), PL_SIG)
    fv = pdf([("h1", "FAKTURA VAT FV/2026/11/131"), ("p", "Data wystawienia: 03.11.2026   Data sprzedaży: 31.10.2026"), ("rule", ""),
              ("p", "Sprzedawca: Partner Logistik sp. z o.o., ul. Przemysłowa 14, 36-002 Jasionka, NIP %s" % PL_NIP),
              ("p", "Nabywca: Example Group Aviation Services GmbH Spółka z ograniczoną odpowiedzialnością Oddział w Polsce, Jasionka, NIP %s" % EG_PL_NIP),
              ("mono", "Lp  Nazwa usługi                             Netto       VAT 23%      Brutto\n"
                       "1   Magazynowanie (paletomiejsca) 10/2026    19 200,00    4 416,00    23 616,00\n"
                       "2   Obsługa przeładunków, AOG 10/2026         6 600,00    1 518,60     8 118,60\n"
                       "    RAZEM                                    25 800,00    5 934,60    31 734,60"),
              ("p", "Mechanizm podzielonej płatności. Rachunek: PKO BP S.A. %s. Termin płatności: 17.11.2026" % ids.iban_fmt(PL_OK))],
             sec(t, 86400), title="FV/2026/11/131", author="Partner Logistik", creator="enova365", producer="enova365 PDF")
    root = mixed(e, alt(e, tp(text, "windows-1250", "quoted-printable"), hp(html_owa(text, "windows-1250"), "windows-1250", "quoted-printable")),
                 att("application/pdf", fv, "FV_2026_11_131.pdf"))
    finish(m, e, addr("Partner Logistik - Księgowość", snd, "windows-1250", "Q"), addr("Małgorzata Kowalczyk", rcpt, "windows-1250", "Q"),
           "Faktura FV/2026/11/131 - Partner Logistik sp. z o.o.", root, "windows-1250", "Q",
           cc=addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250", "Q"), cc_name="CC")
    m.what = "Genuine monthly invoice from the logistics partner, split payment to the white-listed PKO BP account, gentle reminder about an older invoice."
    m.why = "Real partner-logistik.pl tenant on Microsoft 365, account on the invoice and the VAT white list, no change of details."
    m.hardneg = [(22, "Same partner, same invoice series (FV/2026/10/124) and recipient; genuine mail insists on the white-listed account.")]
    return m


def b23():
    m = Message("business", 23, LANG, "newsletter-biuro-rachunkowe-ksef-freshmail")
    t = U(2026, 11, 18, 6, 0, 21)
    rcpt = "malgorzata.kowalczyk@example.com"
    r = m.rng
    n = r.randrange(10, 60)
    uid = hexs(r, 10)
    e = generic_esp(m, t, "bounce-%s-%s@bounce.freshmail.pl" % (uid, hexs(r, 6)), rcpt, "mta%d.freshmail.pl" % n, "mta%d.freshmail.pl" % n, "193.105.176.%d" % n,
                    relay_line="from app%d.freshmail.pl (unknown [10.10.%d.%d])\n\tby mta%d.freshmail.pl (Postfix) with ESMTP id %s\n\tfor <%%(rcpt)s>; %%(date)s" % (
                        r.randrange(1, 9), r.randrange(1, 250), r.randrange(1, 250), n, hexs(r, 10, True)),
                    msgid="<%s.%s@freshmail.pl>" % (hexs(r, 20), uid), xmailer="FreshMail", zone="DE")
    unsub = "https://app.freshmail.com/pl/actions/unsubscribe/%s/%s/" % (uid, hexs(r, 20))
    e.set("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@freshmail.pl>" % (unsub, uid))
    e.set("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    e.set("Precedence", "bulk")
    text = """## Ratio - biuletyn podatkowy 11/2026

Dzień dobry,

w tym wydaniu:

## KSeF: koniec tokenów z końcem roku
Ministerstwo Finansów potwierdziło, że tokeny wygenerowane w Aplikacji Podatnika KSeF będą działać do 31.12.2026 r. Od 2027 r. do uwierzytelnienia systemów księgowych potrzebny będzie certyfikat KSeF. Certyfikat generuje się samodzielnie po zalogowaniu w Aplikacji Podatnika KSeF na stronie ksef.podatki.gov.pl - uwaga na fałszywe e-maile "z Ministerstwa" z linkami do logowania; MF takich wiadomości nie wysyła.

## Biała lista: rachunek kontrahenta
Przy płatnościach powyżej 15 000 zł na rachunek spoza wykazu podatników VAT tracicie Państwo prawo do zaliczenia wydatku w koszty. Każdą zmianę rachunku dostawcy warto potwierdzić telefonicznie pod znanym numerem.

## Terminy grudnia
JPK_V7M za listopad - 28.12 (termin przesunięty z 25.12), zaliczki CIT i PIT - 21.12.

[[!Przeczytaj cały biuletyn|https://ratio-biuro.pl/biuletyn/2026-11?utm_source=freshmail]]

Zespół Biura Rachunkowego Ratio
Biuro Rachunkowe Ratio sp. z o.o. · ul. 3 Maja 18 · 35-030 Rzeszów
Otrzymujesz ten biuletyn jako klient lub subskrybent. [[Wypisz się|%s]]
""" % unsub
    html = html_esp(text, "utf-8", brand="Ratio", color="#2e7d32", lang="pl", logo_text="Biuro Rachunkowe Ratio", preheader="KSeF, biała lista, terminy grudnia")
    root = alt(e, tp(plain(text, "colon").replace("## ", ""), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Biuro Rachunkowe Ratio", "newsletter@ratio-biuro.pl"), rcpt,
           "Biuletyn 11/2026: KSeF bez tokenów od 2027, biała lista, terminy grudnia", root, "utf-8", "Q")
    m.what = "Subscribed accounting-firm newsletter (FreshMail) on the end of KSeF tokens, VAT white list and December deadlines."
    m.why = "Known sender on a Polish ESP with List-Unsubscribe; purely informational, links to the firm's own site, and even warns against fake ministry e-mails."
    m.hardneg = [(23, "Same KSeF-token topic as attack 23; informational newsletter, no login link to a ministry look-alike."),
                 (22, "Explains the VAT white-list rule that attack 22 tries to talk around.")]
    return m


def b24():
    m = Message("business", 24, LANG, "przewoznik-awizacja-odbioru-wp")
    t = U(2026, 11, 10, 18, 52, 9)
    snd, rcpt = "marek.wisniewski.transport@wp.pl", "piotr.nowak@example.com"
    e = wp(m, t, snd, rcpt)
    text = """Dzień dobry Panie Piotrze,

potwierdzam odbiór w czwartek 12.11 o 7:30 z Jasionki: 2 palety (koła i hamulce do regeneracji), ok. 480 kg, dostawa Kraków-Balice do 11:00.
Proszę przygotować WZ i list przewozowy, będę busem z windą, nr rej. RZ 4417K.

W załączniku faktura za październik (3 kursy), płatność jak zwykle 14 dni na konto z faktury.

Pozdrawiam
Marek Wiśniewski
Usługi Transportowe Marek Wiśniewski
tel. 601 555 418
"""
    fv = pdf([("h1", "Faktura nr 37/11/2026"), ("p", "Sprzedawca: Usługi Transportowe Marek Wiśniewski, ul. Lwowska 112, 35-301 Rzeszów, NIP %s" % ids.pl_nip("813190227")),
              ("p", "Nabywca: Example Group Aviation Services GmbH Oddział w Polsce, NIP %s" % EG_PL_NIP), ("rule", ""),
              ("mono", "Usługa                              Netto     VAT 23%     Brutto\nTransport Jasionka-Balice x3       2 100,00    483,00    2 583,00"),
              ("p", "Rachunek: Bank Pekao S.A. %s, termin: 14 dni" % ids.iban_fmt(MW_ACC))],
             sec(t, 3600), title="Faktura 37/11/2026", author="", creator="wFirma", producer="wFirma.pl")
    root = mixed(e, tp(text, "iso-8859-2", "8bit"), att("application/pdf", fv, "faktura_37_11_2026.pdf"))
    finish(m, e, addr("Marek Wiśniewski", snd, "iso-8859-2", "Q"), rcpt, "Odbiór czwartek 12.11 + faktura za październik", root, "iso-8859-2", "Q")
    m.what = "Van carrier confirms Thursday pick-up and attaches October's invoice (three trips) from his wp.pl address."
    m.why = "Known one-man carrier on his usual WP mailbox; operational detail (plate number, pallets), PDF invoice with his long-standing account; no link."
    m.hardneg = [(24, "Parcel/transport notice to the logistics coordinator with a payment element; genuine carrier, real invoice, no surcharge link.")]
    return m


def b25():
    m = Message("business", 25, LANG, "partner-logistik-cmr-zip-bez-hasla")
    t = U(2026, 11, 27, 14, 31, 50)
    snd, rcpt = "t.zielinski@partner-logistik.pl", "piotr.nowak@example.com"
    e = exo(m, t, snd, rcpt, lang="pl-PL", zone="UTC", pod="PAR", has_attach=True)
    r = m.rng
    docs = []
    for i, (d, route) in enumerate([("03.11.2026", "Jasionka - Hamburg"), ("12.11.2026", "Jasionka - Napoli"), ("19.11.2026", "Jasionka - Madrid")]):
        docs.append(("CMR_%d_%s.pdf" % (4410 + i, d.replace(".", "")),
                     pdf([("h1", "CMR nr PL-4%d" % (4410 + i)), ("p", "Data: %s   Trasa: %s" % (d, route)),
                          ("p", "Nadawca: Example Group Aviation Services GmbH Oddział w Polsce, Jasionka\nPrzewoźnik: Partner Logistik sp. z o.o."),
                          ("p", "Podpis odbiorcy i pieczątka: potwierdzono dostawę")], U(2026, 11, 27, 14, 0),
                         title="CMR", creator="HP Scan", producer="HP Scan PDF")))
    z = zip_plain(docs, t)
    text = """Cześć Piotrze,

w załączniku potwierdzone CMR-ki z listopadowych transportów (Hamburg, Neapol, Madryt) - spakowałem je do jednego pliku, bo razem miały ponad 15 MB przed kompresją.
Bez hasła, to tylko skany.

Faktura zbiorcza pójdzie standardowo z księgowości na początku grudnia.

Pozdrawiam
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
%s
""" % PL_SIG
    root = mixed(e, alt(e, tp(text, "iso-8859-2", "quoted-printable"), hp(html_owa(text, "iso-8859-2"), "iso-8859-2", "quoted-printable")),
                 att("application/x-zip-compressed", z, "CMR_listopad_2026.zip"))
    finish(m, e, addr("Tadeusz Zieliński", snd, "iso-8859-2", "Q"), addr("Piotr Nowak", rcpt), "CMR listopad 2026 - potwierdzenia dostaw", root,
           "iso-8859-2", "Q", cc_name="CC")
    m.what = "Logistics partner sends a plain (unencrypted) ZIP with three signed CMR consignment-note PDFs."
    m.why = "Real partner tenant and known contact; ZIP only bundles PDF scans, is not password-protected, and the content matches real shipments."
    m.hardneg = [(25, "ZIP attachment with transport/invoice paperwork to the same office; genuine archive is unencrypted and contains only PDFs.")]
    return m


def b26():
    m = Message("business", 26, LANG, "laptop-zepsuty-prywatny-gmail")
    t = U(2026, 12, 1, 7, 44, 36)
    snd, rcpt = "piotr.nowak.rz@gmail.com", "krzysztof.wojcik@example.com"
    e = gmail(m, t, snd, rcpt)
    text = """Cześć Krzysztof,

mój służbowy laptop (Dell Latitude 5450, nr inw. EG-PL-0412) od rana nie startuje - po wczorajszej aktualizacji BIOS-u miga tylko pomarańczowa dioda. Piszę z prywatnej skrzynki, bo nie mam dostępu do Outlooka.

Zgłosiłem to już telefonicznie na helpdesk w Hamburgu (zgłoszenie INC0186220), mają wysłać kuriera z zastępczym.
Do tego czasu pracuję na komputerze w magazynie, więc proszę nie wysyłać mi niczego służbowego na ten adres - wszystko sprawdzę na miejscu.

Pozdrawiam
Piotr
"""
    root = alt(e, tp(text, "utf-8", "quoted-printable", label="UTF-8"), hp(html_gmail(text), "utf-8", "quoted-printable", label="UTF-8"))
    finish(m, e, addr("Piotr Nowak", snd), addr("Krzysztof Wójcik", rcpt, "utf-8", "B", "UTF-8"), "Laptop padł - piszę z prywatnej poczty", root,
           "utf-8", "B", "UTF-8", cc=addr("Jens Hoffmann", "jens.hoffmann@example.com"))
    m.what = "Employee's laptop died; he writes from private Gmail to his manager (CC head of IT) with the helpdesk ticket number."
    m.why = "Private address of a real employee, but no request for money, data or credentials; explicitly asks NOT to send work material to the private address."
    m.hardneg = [(4, "Staff member writing from a private mailbox (like the payroll-diversion attack), but without any change request.")]
    return m


ATTACKS = [a22, a23, a24, a25, a26]
BUSINESS = [b22, b23, b24, b25, b26]
