# -*- coding: utf-8 -*-
"""Polish messages: attacks 22-26, business 22-26 (Warszawa office)."""
from common import *
import bodies as B
import lib_mime as M

PARTNER_SRV = "cloudserver096431.home.pl"
ORIG_AGN = "<9b2e61d0c4f84a7f8e3a5c1d2b0f7e64@EXCH01.corp.example.com>"
NIP_OWN = TAX["own_pl_nip"]
NIP_FMT = "%s-%s-%s-%s" % (NIP_OWN[:3], NIP_OWN[3:6], NIP_OWN[6:8], NIP_OWN[8:])

# ---------------------------------------------------------------- attacks --

A(num=22, lang="pl", slug="partner-logistik-przejeta-skrzynka-zmiana-rachunku",
  when=(2026, 10, 29, 21, 17, 4), tz="CET",
  frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[s("pl_acc")],
  reply_to=("Księgowość Partner Logistik", "ksiegowosc@partner-logistiks.pl"),
  subject="Re: Potwierdzenie sald na 30.09.2026",
  hcs=("UTF-8", "Q"),
  in_reply_to=ORIG_AGN,
  infra=("homepl", dict(srv=PARTNER_SRV, ip="79.96.170.41", client="roundcube", rc_ver="1.6.9",
                        client_ip="185.107.56.212", lan_ip="185.107.56.212", msgid_domain="partner-logistik.pl")),
  body=T_("""Dzień dobry Pani Agnieszko,

dziękujemy za przesłanie potwierdzenia salda – zgadza się z naszymi zapisami, podpisany skan odeślemy w przyszłym tygodniu.

Jednocześnie informujemy, że w związku z audytem rocznym i przeniesieniem obsługi rachunków do nowego banku, od faktury FV/2026/10/0871 prosimy o regulowanie należności wyłącznie na rachunek:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
%s

Rachunek jest zgłoszony do wykazu podatników VAT (biała lista); płatności w mechanizmie podzielonej płatności prosimy kierować na ten sam numer. Dotychczasowy rachunek w mBanku zostanie zamknięty z końcem października.

Prosimy o potwierdzenie wprowadzenia zmiany w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.

W dniu 27.10.2026 14:12, Agnieszka Kowalczyk napisał(a):
> Dzień dobry,
>
> w załączeniu przesyłam potwierdzenie salda naszych rozrachunków na dzień 30.09.2026 (saldo na Państwa korzyść: 48 215,60 zł).
> Proszę o weryfikację i odesłanie podpisanego potwierdzenia do 06.11.2026.
>
> Pozdrawiam
> Agnieszka Kowalczyk
> Główna Księgowa
> Example Group Polska sp. z o.o.
""" % C.iban_fmt(BANK["pl_partner_fake"])[2:].lstrip(), cs="UTF-8", flowed=True),
  what="Thread hijack from the logistics partner's compromised accounts mailbox announcing a new bank account",
  why="Genuine ksiegowosc@partner-logistik.pl and home.pl server, but sent at night through Roundcube from a foreign hosting IP instead of the partner's Outlook; Reply-To diverts answers to the look-alike partner-logistiks.pl; bank switch inside an unrelated balance-confirmation thread; false 'white list' claim.",
  pair="business 22")

A(num=23, lang="pl", slug="ksef-falszywe-uwierzytelnienie",
  when=(2026, 11, 5, 8, 2, 11), tz="CET",
  frm=("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-podatki.pl"), to=[s("pl_acc")],
  subject="KSeF: certyfikat podmiotu traci ważność 14.11.2026 – wymagane ponowne uwierzytelnienie",
  hcs=("UTF-8", "B"),
  infra=("esp", dict(esp="sendgrid", bounce_domain="em2290.ksef-podatki.pl")),
  body=alt("""Szanowni Państwo,

informujemy, że certyfikat KSeF wygenerowany dla podmiotu Example Group Polska sp. z o.o. (NIP %s) traci ważność z dniem 14.11.2026. Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych przez Państwa system finansowo-księgowy nie będzie możliwe.

Aby zachować ciągłość fakturowania, prosimy o ponowne uwierzytelnienie podmiotu w Aplikacji Podatnika KSeF i wygenerowanie nowego certyfikatu. Uwierzytelnienie jest możliwe za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych dostępowych do bankowości elektronicznej.

Uwierzytelnij podmiot: https://ksef-podatki.pl/aplikacja-podatnika/uwierzytelnienie?nip=%s

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów – Krajowa Administracja Skarbowa
""" % (NIP_FMT, NIP_OWN), B.card_html("Certyfikat KSeF traci ważność", [
      "Szanowni Państwo,",
      "informujemy, że certyfikat KSeF wygenerowany dla podmiotu Example Group Polska sp. z o.o. (NIP %s) traci ważność z dniem 14.11.2026. Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych przez Państwa system finansowo-księgowy nie będzie możliwe." % NIP_FMT,
      "Aby zachować ciągłość fakturowania, prosimy o ponowne uwierzytelnienie podmiotu w Aplikacji Podatnika KSeF i wygenerowanie nowego certyfikatu. Uwierzytelnienie jest możliwe za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych dostępowych do bankowości elektronicznej."],
      button=("Uwierzytelnij podmiot", "https://ksef-podatki.pl/aplikacja-podatnika/uwierzytelnienie?nip=%s" % NIP_OWN),
      brand="KSeF · Krajowy System e-Faktur", color="#c8102e", charset="utf-8", lang="pl", font="Lato,Arial,sans-serif",
      footer="Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.\nMinisterstwo Finansów – Krajowa Administracja Skarbowa"),
      cs="utf-8"),
  what="Fake KSeF (Polish national e-invoicing system) notice: 're-authenticate' the company, incl. via online-banking login",
  why="Look-alike domain ksef-podatki.pl via SendGrid; the Ministry of Finance does not send such mails and KSeF is reached at ksef.podatki.gov.pl; asks for Trusted Profile, qualified signature or bank credentials; expiry threat blocking invoicing.",
  pair="business 24")

crp_pdf, _ = B.pdf("Proforma_CRP_2026_11_48213.pdf", [
    ("h1", "Centralny Rejestr Przedsiębiorców i Działalności Gospodarczej"),
    ("s", "CRPDG Sp. z o.o. · ul. Nowogrodzka 50/515 · 00-695 Warszawa · www.crpdg-rejestr.pl"),
    ("n", "Example Group Polska sp. z o.o., ul. Grzybowska 62, 00-844 Warszawa, NIP %s" % NIP_FMT),
    ("h2", "FAKTURA PROFORMA nr CRP/2026/11/48213"),
    ("n", "Data wystawienia: 09.11.2026        Termin płatności: 7 dni"),
    ("n", "Tytułem: wpis i aktualizacja danych podmiotu w Centralnym Rejestrze Przedsiębiorców, okres 12 miesięcy"),
    ("n", "Netto: 1 048,78 zł     VAT 23%: 241,22 zł     Do zapłaty: 1 290,00 zł"),
    ("b", "Numer rachunku: %s" % C.iban_fmt(BANK["pl_reg_fake"])),
    ("n", "Tytuł przelewu: CRP/2026/11/48213"),
    ("s", "Rejestr prowadzony jest przez podmiot prywatny i nie jest powiązany z Krajowym Rejestrem Sądowym ani z CEIDG. Niniejszy dokument stanowi ofertę w rozumieniu art. 66 Kodeksu cywilnego; dokonanie wpłaty oznacza jej przyjęcie i zawarcie umowy na czas określony 12 miesięcy z automatycznym przedłużeniem."),
], meta=dict(title="Proforma CRP/2026/11/48213", producer="mPDF 8.2", creator="CRPDG", created="20261109071500+01'00'"))
A(num=24, lang="pl", slug="falszywy-rejestr-proforma",
  when=(2026, 11, 9, 7, 22, 40), tz="CET",
  frm=("Centralny Rejestr Przedsiębiorców", "faktury@crpdg-rejestr.pl"), to=[s("pl_mgr")],
  subject="Wpis do rejestru – faktura proforma CRP/2026/11/48213 – termin płatności 7 dni",
  hcs=("ISO-8859-2", "Q"),
  infra=("vps_postfix", dict(host="mail.crpdg-rejestr.pl", rdns="vmi2281734.contaboserver.net", ip="161.97.78.144",
                             client="phpmailer", zone="UTC", msgid_domain="crpdg-rejestr.pl")),
  date_zone="CET",
  body=mixed(T_("""Szanowni Państwo,

w załączeniu przesyłamy fakturę proforma nr CRP/2026/11/48213 dotyczącą wpisu i aktualizacji danych Państwa firmy w Centralnym Rejestrze Przedsiębiorców.

Prosimy o dokonanie płatności w kwocie 1 290,00 zł w terminie 7 dni od otrzymania niniejszej wiadomości, podając w tytule przelewu numer dokumentu.

Z poważaniem
Dział Rozliczeń CRPDG
""", cs="ISO-8859-2", cte="base64"), crp_pdf),
  what="Fake business-register 'pro-forma invoice' (private directory posing as an official register)",
  why="Unknown private 'register' on a Contabo VPS with PHPMailer; name mimics KRS/CEIDG; pro-forma demands PLN 1,290 within 7 days; the small print admits it is an offer with auto-renewal and no link to KRS/CEIDG.",
  pair=None)

zip25 = B.zipf("FV_1142_11_2026.zip", [
    ("FV_1142_11_2026.pdf.js", b"// placeholder - inert stand-in for a malicious JScript dropper\r\n")],
    password="FV1142", seed=b"a25")
A(num=25, lang="pl", slug="faktura-zip-haslo-przejete-biuro",
  when=(2026, 11, 13, 10, 48, 29), tz="CET",
  frm=("Biuro Rachunkowe Ewa Sadowska", "biuro@br-sadowska.pl"), to=[s("pl_acc")],
  subject="Faktura VAT FV/1142/11/2026 – przypomnienie o płatności",
  hcs=("ISO-8859-2", "Q"),
  infra=("homepl", dict(srv="cloudserver118202.home.pl", ip="79.96.171.8", client="roundcube", rc_ver="1.6.9",
                        client_ip="113.161.72.19", lan_ip="113.161.72.19", msgid_domain="br-sadowska.pl")),
  body=mixed(T_("""Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/1142/11/2026 za usługi księgowe oraz przypominamy o terminie płatności przypadającym na 20.11.2026.

Ze względu na ochronę danych osobowych (RODO) plik został zabezpieczony hasłem: FV1142

W razie pytań pozostajemy do dyspozycji.

Z poważaniem
Ewa Sadowska
Biuro Rachunkowe Ewa Sadowska
ul. Piłsudskiego 18/4, 05-800 Pruszków
""", cs="ISO-8859-2", cte="8bit"), zip25),
  what="Invoice lure from a compromised accounting office's mailbox with a password-protected ZIP",
  why="The company has no contract with this bureau; the genuine mailbox is used via Roundcube from a Vietnamese IP; ZipCrypto archive with the password in the body ('RODO') contains FV_…pdf.js, a script disguised as a PDF.",
  pair=None)

DS_PL_FAKE = "https://eu.docusign.net/Signing/EmailStart.aspx?a=7e2a9c41-5d0b-4f83-b6e1-2c9d0f7a4b18&etti=24&acct=d4c81b7e-0a29-4e6f-93b5-8f1e2a7c6d40&er=1f6b3e92-c8d4-47a0-b5e1-9d2c7f0a3e86"
A(num=26, lang="pl", slug="docusign-naduzycie-podszycie-pod-klienta",
  when=(2026, 11, 17, 16, 31, 55), tz="CET",
  frm=("Dział Umów - Kruszywa Mazowsze via Docusign", "dse@eumail.docusign.net"), to=[s("pl_mgr")],
  reply_to=("Dział Umów - Kruszywa Mazowsze", "umowy.kruszywamazowsze@outlook.com"),
  subject="Dokończ za pomocą Docusign: Aneks_nr_3_umowa_przewozowa_2027.pdf",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="docusign", envelope="7e2a9c41-5d0b-4f83-b6e1-2c9d0f7a4b18")),
  env_from="dse@eumail.docusign.net",
  body=alt("""Dział Umów - Kruszywa Mazowsze wysłał(a) Ci dokument do przejrzenia i podpisania.

PRZEJRZYJ DOKUMENT: %s

Dział Umów - Kruszywa Mazowsze
umowy.kruszywamazowsze@outlook.com

Dzień dobry, w związku ze zmianą stawek dostępu do infrastruktury w 2027 r. przesyłamy aneks nr 3 do umowy przewozowej do akceptacji do 20.11. Prosimy o podpis osoby upoważnionej. Pozdrawiamy, Dział Umów

Nie udostępniaj tej wiadomości e-mail
Ta wiadomość e-mail zawiera bezpieczne łącze do usługi Docusign. Nie udostępniaj tej wiadomości e-mail, łącza ani kodu dostępu innym osobom.

Alternatywna metoda podpisywania
Przejdź na stronę Docusign.com, kliknij „Uzyskaj dostęp do dokumentów” i wprowadź kod zabezpieczający:
7E2A9C415D0B4F83B6E12C9D0F7A4B181
""" % DS_PL_FAKE, B.card_html("Dział Umów - Kruszywa Mazowsze wysłał(a) Ci dokument do przejrzenia i podpisania.", [
      "<p style=\"font-size:14px;color:#333\"><b>Dział Umów - Kruszywa Mazowsze</b><br><a href=\"mailto:umowy.kruszywamazowsze@outlook.com\">umowy.kruszywamazowsze@outlook.com</a></p>",
      "Dzień dobry, w związku ze zmianą stawek dostępu do infrastruktury w 2027 r. przesyłamy aneks nr 3 do umowy przewozowej do akceptacji do 20.11. Prosimy o podpis osoby upoważnionej. Pozdrawiamy, Dział Umów",
      "<p style=\"font-size:12px;color:#666\"><b>Nie udostępniaj tej wiadomości e-mail</b><br>Ta wiadomość e-mail zawiera bezpieczne łącze do usługi Docusign. Nie udostępniaj tej wiadomości e-mail, łącza ani kodu dostępu innym osobom.</p>"],
      button=("PRZEJRZYJ DOKUMENT", DS_PL_FAKE), brand="Docusign", head_bg="#1e1450", color="#ffc820", charset="utf-8", lang="pl"),
      cs="utf-8"),
  what="Abuse of genuine DocuSign: envelope from an attacker's DocuSign account posing as the customer's contracts department",
  why="Real DocuSign infrastructure, but the envelope owner and Reply-To are a free outlook.com address, not kruszywa-mazowsze.pl; the customer's real contact (Anna Nowak) uses the company domain (see business 26); unsolicited 'annex' with a deadline – the document is a link-out to a credential phishing page.",
  pair="business 26, business 15")

# --------------------------------------------------------------- business --

fv_pdf, _ = B.pdf("FV_2026_11_0912_Partner_Logistik.pdf", [
    ("h1", "Partner Logistik sp. z o.o."),
    ("s", "Małaszewicze Duże 12, 21-540 Małaszewicze · NIP %s · KRS 0000412873" % TAX["partner_nip"]),
    ("h2", "FAKTURA VAT nr FV/2026/11/0912"),
    ("n", "Data wystawienia: 04.11.2026   Data sprzedaży: 31.10.2026   Termin płatności: 04.12.2026"),
    ("n", "Nabywca: Example Group Polska sp. z o.o., ul. Grzybowska 62, 00-844 Warszawa, NIP %s" % NIP_FMT),
    ("b", "Lp.  Nazwa usługi                                        Ilość     Cena netto      Wartość netto"),
    ("m", "1    Przeładunek kontenerów 1520/1435, październik 2026    86 TEU     310,00 zł      26 660,00 zł"),
    ("m", "2    Składowanie kontenerów na placu (kontenerodni)       140         30,00 zł       4 200,00 zł"),
    ("n", "Razem netto: 30 860,00 zł   VAT 23%: 7 097,80 zł   Razem brutto: 37 957,80 zł"),
    ("n", "Rachunek bankowy (mBank S.A.): %s" % C.iban_fmt(BANK["pl_partner"])),
    ("s", "Faktura wystawiona w KSeF, numer KSeF: %s-20261104-8F21C4D7A930-7B" % TAX["partner_nip"]),
], meta=dict(title="FV/2026/11/0912", producer="Comarch ERP Optima", creator="Comarch ERP Optima", created="20261104101200+01'00'"))
G(num=22, lang="pl", slug="partner-logistik-faktura",
  when=(2026, 11, 4, 10, 21, 7), tz="CET",
  frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[s("pl_acc")],
  subject="Faktura FV/2026/11/0912 – przeładunek Małaszewicze, październik 2026",
  hcs=("iso-8859-2", "Q"),
  infra=("homepl", dict(srv=PARTNER_SRV, ip="79.96.170.41", client="outlook16", lang="pl",
                        client_ip="89.64.22.135", client_rdns="89-64-22-135.dynamic.chello.pl", msgid_domain="partner-logistik.pl")),
  quote_names=True,
  body=mixed(outlook("""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury nr FV/2026/11/0912 za przeładunek i składowanie kontenerów w Małaszewiczach w październiku 2026 r. Faktura została wystawiona w KSeF.

Płatność na dotychczasowy rachunek w mBanku, termin 30 dni.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
Małaszewicze Duże 12, 21-540 Małaszewicze
tel. +48 83 375 41 20
""", cs="iso-8859-2", lang="PL"), fv_pdf),
  what="Logistics partner's monthly transshipment invoice (KSeF visualisation PDF)",
  why="Partner's genuine mailbox and home.pl server, sent with Outlook from the partner's Polish ISP line; invoice registered in KSeF; unchanged mBank account.",
  pair="attack 22")

G(num=23, lang="pl", slug="partner-logistik-opoznienie-przeladunku",
  when=(2026, 11, 20, 13, 4, 38), tz="CET",
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[s("pl_disp")], cc=[s("pl_mgr")],
  subject="Opóźnienie przeładunku pociągu 44817 – awaria suwnicy",
  hcs=("windows-1250", "Q"),
  infra=("homepl", dict(srv=PARTNER_SRV, ip="79.96.170.41", client="outlook16", lang="pl",
                        client_ip="89.64.22.135", client_rdns="89-64-22-135.dynamic.chello.pl", msgid_domain="partner-logistik.pl")),
  quote_names=True,
  body=outlook("""Panie Pawle,

dziś o 6:40 mieliśmy awarię suwnicy nr 2 na torze szerokim (uszkodzony napęd jazdy). Serwis producenta będzie na miejscu jutro rano, realnie przywrócenie pracy planujemy na sobotę.

W związku z tym przeładunek pociągu 44817 (52 kontenery) przesuwa się o ok. 24–30 godzin. Pierwszą połowę składu robimy teraz suwnicą nr 1, ale na niej obsługujemy też dwa pociągi z Brześcia, więc tempo jest ograniczone.

Proponuję przesunąć odjazd składu na Duisburg na niedzielę 22.11. rano. Proszę o informację, czy po Państwa stronie uda się przebukować trasę – jeżeli tak, potwierdzę godzinę podstawienia do 16:00.

Pozdrawiam
Tadeusz Zieliński
Prezes Zarządu
Partner Logistik sp. z o.o.
tel. +48 83 375 41 00, kom. +48 601 224 718
""", cs="windows-1250", lang="PL"),
  what="Logistics partner reports a crane breakdown delaying a train's transshipment",
  why="Managing director of the partner writes from the partner's own server with Outlook from the usual line; operational content, no attachment, link or payment topic.",
  pair=None)

G(num=24, lang="pl", slug="ksef-zasady-intern",
  when=(2026, 11, 6, 9, 15, 22), tz="CET",
  frm=s("pl_acc"), to=[("Zespół PL", "zespol-pl@example.com")], cc=[s("pl_mgr")],
  rcpt="zespol-pl@example.com",
  subject="KSeF – zasady obiegu faktur od 1 grudnia i uwaga na fałszywe maile",
  hcs=("windows-1250", "Q"),
  infra=("exch_internal", dict(srv="EXCH01", lang="pl-PL", net=20)),
  body=outlook("""Dzień dobry,

od 1 grudnia wszystkie faktury kosztowe pobieramy wyłącznie z KSeF przez nasz system finansowo-księgowy. Wizualizacje PDF przysyłane mailem przez dostawców są tylko informacyjne – proszę ich nie księgować ani nie przekazywać do zapłaty.

Ważne:
1. Ministerstwo Finansów nie wysyła e-maili z linkami do logowania ani do „ponownego uwierzytelnienia” w KSeF. Certyfikaty KSeF odnawiam ja w Aplikacji Podatnika na stronie ksef.podatki.gov.pl.
2. Każda zmiana numeru rachunku kontrahenta wymaga telefonicznego potwierdzenia pod numerem z umowy oraz sprawdzenia rachunku na białej liście VAT.
3. Podejrzane wiadomości proszę zgłaszać przyciskiem „Zgłoś phishing” w Outlooku.

W razie pytań jestem do dyspozycji.

Pozdrawiam
Agnieszka Kowalczyk
Główna Księgowa
Example Group Polska sp. z o.o.
tel. +48 22 318 44 10
""", cs="windows-1250", lang="PL"),
  what="Internal accounting notice about the KSeF invoice workflow and fake KSeF mails",
  why="Internal Exchange and relay chain from the Polish accountant to the team list; points to the official ksef.podatki.gov.pl; warns against exactly the fake KSeF and bank-change mails.",
  pair="attack 23, attack 22")

kam_iban = C.iban_pl("1020102", "0000950203418337")
rach_pdf, _ = B.pdf("Faktura_11_2026_Kaminski.pdf", [
    ("h1", "Faktura nr 11/2026"),
    ("n", "Sprzedawca: Usługi Kolejowe Jan Kamiński, ul. Brzeska 21, 21-500 Biała Podlaska, NIP %s" % C.pl_nip("537101884")),
    ("n", "Nabywca: Example Group Polska sp. z o.o., ul. Grzybowska 62, 00-844 Warszawa, NIP %s" % NIP_FMT),
    ("n", "Data wystawienia: 30.11.2026   Termin płatności: 14 dni"),
    ("m", "1  Usługi manewrowe i obsługa składów, Małaszewicze, listopad 2026   168 h x 95,00 zł = 15 960,00 zł"),
    ("n", "Netto 15 960,00 zł   VAT 23% 3 670,80 zł   Brutto 19 630,80 zł"),
    ("n", "Rachunek: PKO BP %s" % C.iban_fmt(kam_iban)),
], meta=dict(title="Faktura 11/2026", producer="inFakt", creator="inFakt", created="20261130201500+01'00'"))
G(num=25, lang="pl", slug="podwykonawca-wp-grafik-i-faktura",
  when=(2026, 11, 30, 20, 22, 10), tz="CET",
  frm=("Jan Kamiński", "jan.kaminski78@wp.pl"), to=[s("pl_disp")],
  subject="Grafik manewrów grudzień + faktura za listopad",
  hcs=("UTF-8", "Q"),
  infra=("wp", dict(client_ip="83.24.141.92")),
  body=mixed(T_("""Cześć Paweł,

w grudniu mogę brać zmiany jak zwykle, poza 24–26.12. Proponuję:
- 1–13.12 ranne zmiany (6–14),
- 14–23.12 popołudnia (14–22),
- 28–31.12 do ustalenia, zależnie od tego, ile pociągów z Brześcia przyjdzie po świętach.

W załączniku faktura za listopad (168 h), numer konta ten sam co zawsze.

Pozdrawiam
Jan
""", cs="UTF-8"), rach_pdf),
  what="Freelance shunting subcontractor sends his December availability and November invoice from wp.pl",
  why="Known subcontractor who always uses his WP address, real WP infrastructure; invoice with the same PKO BP account as always ('ten sam co zawsze'), plausible hours and rate.",
  pair="attack 25")

DS_PL = "https://eu.docusign.net/Signing/EmailStart.aspx?a=c2f9e0a7-41b3-4d6e-8a5c-0b7d3e9f1a24&etti=24&acct=5a0e7c93-2b4f-4d18-9e6a-3c1f8b0d7e52&er=e9a41c72-6d0f-4b3e-a8c5-2f7b1d9e0c36"
G(num=26, lang="pl", slug="docusign-umowa-ramowa-klient",
  when=(2026, 11, 24, 11, 8, 30), tz="CET",
  frm=("Anna Nowak via Docusign", "dse@eumail.docusign.net"), to=[s("pl_mgr")],
  reply_to=("Anna Nowak", "anna.nowak@kruszywa-mazowsze.pl"),
  subject="Dokończ za pomocą Docusign: Umowa_ramowa_przewozy_2027_Kruszywa_Mazowsze.pdf",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="docusign", envelope="c2f9e0a7-41b3-4d6e-8a5c-0b7d3e9f1a24")),
  env_from="dse@eumail.docusign.net",
  body=alt("""Anna Nowak wysłał(a) Ci dokument do przejrzenia i podpisania.

PRZEJRZYJ DOKUMENT: %s

Anna Nowak
anna.nowak@kruszywa-mazowsze.pl

Panie Krzysztofie, zgodnie z ustaleniami ze spotkania 18.11. przesyłam umowę ramową na 2027 r. z uzgodnionymi stawkami i wolumenami. Proszę o podpis do końca miesiąca. Pozdrawiam, Anna Nowak

Nie udostępniaj tej wiadomości e-mail
Ta wiadomość e-mail zawiera bezpieczne łącze do usługi Docusign. Nie udostępniaj tej wiadomości e-mail, łącza ani kodu dostępu innym osobom.

Alternatywna metoda podpisywania
Przejdź na stronę Docusign.com, kliknij „Uzyskaj dostęp do dokumentów” i wprowadź kod zabezpieczający:
C2F9E0A741B34D6E8A5C0B7D3E9F1A241
""" % DS_PL, B.card_html("Anna Nowak wysłał(a) Ci dokument do przejrzenia i podpisania.", [
      "<p style=\"font-size:14px;color:#333\"><b>Anna Nowak</b><br><a href=\"mailto:anna.nowak@kruszywa-mazowsze.pl\">anna.nowak@kruszywa-mazowsze.pl</a></p>",
      "Panie Krzysztofie, zgodnie z ustaleniami ze spotkania 18.11. przesyłam umowę ramową na 2027 r. z uzgodnionymi stawkami i wolumenami. Proszę o podpis do końca miesiąca. Pozdrawiam, Anna Nowak",
      "<p style=\"font-size:12px;color:#666\"><b>Nie udostępniaj tej wiadomości e-mail</b><br>Ta wiadomość e-mail zawiera bezpieczne łącze do usługi Docusign. Nie udostępniaj tej wiadomości e-mail, łącza ani kodu dostępu innym osobom.</p>"],
      button=("PRZEJRZYJ DOKUMENT", DS_PL), brand="Docusign", head_bg="#1e1450", color="#ffc820", charset="utf-8", lang="pl"),
      cs="utf-8"),
  what="Genuine DocuSign envelope from the customer's known contact for the 2027 framework contract",
  why="DocuSign EU infrastructure with the envelope owned by the customer's corporate address (anna.nowak@kruszywa-mazowsze.pl), referring to a real meeting, eu.docusign.net link.",
  pair="attack 26")
