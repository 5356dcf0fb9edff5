"""Attack messages 22-26 (Polish)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf, att_zip
from world import S

MAILS = []
EG_NIP = C.pl_nip("894303121")
PARTNER_NIP = C.pl_nip("897187433")


def add(**kw):
    MAILS.append(Mail(lang="pl", folder="attack", **kw))


# 22 ------------------------------------------------------------------------
add(n=22, slug="partner-logistik-lookalike-account-change",
    via=I.vps_postfix, via_kw=dict(helo="mail.partner-logisitk.pl", rdns="vps-4c7e21d9.vps.ovh.net", ip="51.75.146.203",
                                   client_desc="[10.0.0.4] (unknown [194.26.192.71])", mid_style="outlook",
                                   mua=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index", "Content-Language: pl"]),
    frm=("Tadeusz Zieliński", "t.zielinski@partner-logisitk.pl"), to=[S("pl_acc")], hcs="iso-8859-2", henc="Q",
    subject="Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", date=(2026, 10, 28, 13, 5, 44), zone="PL",
    body=alt("""Szanowna Pani Agnieszko,

uprzejmie informuję, że w związku z wdrożeniem wspólnego systemu rozliczeń (cash pooling) w naszej grupie kapitałowej od dnia 2 listopada 2026 r. zmienia się rachunek bankowy Partner Logistik sp. z o.o. (NIP %s).

Nowy rachunek (mBank S.A.):
%s

Rachunek został zgłoszony do Wykazu podatników VAT (tzw. białej listy); ze względu na opóźnienia w aktualizacji wykazu po stronie KAS może być widoczny dopiero w przyszłym tygodniu. Dotychczasowy rachunek w Santander Bank Polska zostanie zamknięty z końcem października.

Uprzejmie proszę o aktualizację danych w systemie oraz przekazanie płatności za fakturę FV/10/2026/0417 (31 482,60 zł brutto, termin płatności 5.11.2026) już na nowy rachunek, w mechanizmie podzielonej płatności jak dotychczas.

Będę wdzięczny za krótkie potwierdzenie zmiany w odpowiedzi na tę wiadomość.

Z poważaniem

Tadeusz Zieliński
Kierownik ds. rozliczeń
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław""" % (PARTNER_NIP, C.pl_nrb(D.PL_FAKE)), cs="iso-8859-2", cte="quoted-printable",
             style="outlook", lang="PL"),
    what="Supplier BEC: account change for the logistics partner from the typo-domain partner-logisitk.pl, new account "
         "'not yet visible' on the VAT white list",
    why="Transposed-letter look-alike of partner-logistik.pl on an OVH VPS (the partner uses Microsoft 365); pre-empts the "
        "mandatory white-list check ('visible only next week'); pressure on a specific invoice; confirmation requested "
        "by reply only. A Polish accountant paying to a non-listed account also loses VAT/CIT deductibility.")

# 23 ------------------------------------------------------------------------
ksef = "https://ap-ksef-mf.com.pl/web/uwierzytelnienie?podmiot=%s&ref=20261116-EE-4A1C93B2F0-7D" % EG_NIP
add(n=23, slug="ksef-token-phishing",
    via=I.ses, via_kw=dict(region="eu-central-1"),
    frm=("Krajowy System e-Faktur", "powiadomienia@ap-ksef-mf.com.pl"), to=[S("pl_acc")],
    subject="KSeF: faktura FA/2026/11/0932 odrzucona – wymagane ponowne uwierzytelnienie podmiotu",
    date=(2026, 11, 16, 8, 12, 30), zone="PL", hcs="utf-8", henc="B",
    body=alt("""Szanowni Państwo,

informujemy, że faktura ustrukturyzowana nr FA/2026/11/0932 wystawiona na rzecz podmiotu o NIP %s nie została przyjęta przez Krajowy System e-Faktur z powodu wygaśnięcia tokenu uwierzytelniającego podmiotu.

Do czasu ponownego uwierzytelnienia faktury zakupowe przesyłane do Państwa za pośrednictwem KSeF nie będą udostępniane w Państwa oprogramowaniu księgowym, co może skutkować utratą prawa do odliczenia podatku VAT w bieżącym okresie rozliczeniowym.

Aby wygenerować nowy token, prosimy zalogować się do Aplikacji Podatnika KSeF:

[[Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Logowanie jest możliwe przy użyciu Profilu Zaufanego, podpisu kwalifikowanego lub pieczęci elektronicznej.

Z poważaniem
Ministerstwo Finansów
Krajowy System e-Faktur

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.""" % (EG_NIP, ksef), cs="utf-8", cte="base64",
             style="news"),
    what="KSeF (Polish national e-invoicing) phishing: 'invoice rejected, entity token expired', link to a fake "
         "Aplikacja Podatnika login",
    why="KSeF does not send such e-mails and lives under ksef.mf.gov.pl; the look-alike ap-ksef-mf.com.pl is mailed via "
        "Amazon SES; threat of losing VAT deduction; harvests Profil Zaufany / qualified-signature logins that grant "
        "access to all of the company's invoices.")

# 24 ------------------------------------------------------------------------
add(n=24, slug="payment-confirmation-archive",
    via=I.cpanel_exim, via_kw=dict(host="s48.cyber-hosting-pl.net", host_ip="94.152.44.81", client_ip="91.92.242.17",
                                   webmail=False, mua=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index",
                                                       "Content-Language: pl"], order="outlook", bstyle="outlook"),
    frm=("Dział Księgowości TRANS-POL", "ksiegowosc@transpol-spedycja.pl"), to=[S("pl_acc")], hcs="windows-1250",
    henc="Q", subject="Potwierdzenie przelewu – faktura 0412/10/2026", date=(2026, 10, 27, 11, 48, 2), zone="PL",
    body=mixed(text("""Dzień dobry,

w załączeniu przesyłamy potwierdzenie przelewu za fakturę nr 0412/10/2026 oraz zestawienie płatności za październik.

Prosimy o sprawdzenie i ewentualne uwagi do końca tygodnia.

Pozdrawiam
Magdalena Wójcik
Dział Księgowości
TRANS-POL Spedycja sp. z o.o.""", cs="windows-1250", cte="quoted-printable"),
               att_zip("Potwierdzenie_przelewu_PKO_BP_27102026.zip", [
                   ("Potwierdzenie_przelewu_PKO_BP_27102026.pdf.scr", "inert placeholder\n")],
                   dt=(2026, 10, 27, 11, 40, 0))),
    what="Malware lure: unsolicited 'payment confirmation' from a forwarding company with a ZIP holding a .pdf.scr",
    why="No business relationship with TRANS-POL; the mailbox of a small company on shared hosting is abused (login from "
        "a foreign hosting IP); archive hides a screensaver executable behind a PDF name — the classic Polish "
        "'potwierdzenie przelewu' info-stealer campaign.")

# 25 ------------------------------------------------------------------------
epu = "https://e-sad-epu.pl/portal/dokumenty?sygn=VI-Nc-e-1984217-26&kod=Q7T4-22KM"
add(n=25, slug="fake-court-payment-order",
    via=I.mailgun, via_kw=dict(mg_dom="mg.e-sad-epu.pl"),
    frm=("e-Sąd – Sąd Rejonowy Lublin-Zachód w Lublinie", "powiadomienia@e-sad-epu.pl"), to=[S("pl_mgr")],
    subject="Nakaz zapłaty w elektronicznym postępowaniu upominawczym – sygn. akt VI Nc-e 1984217/26",
    date=(2026, 11, 25, 15, 33, 9), zone="PL", hcs="utf-8", henc="Q",
    body=alt("""Szanowni Państwo,

uprzejmie informujemy, że w sprawie z powództwa Kancelaria Windykacyjna LEXUS sp. z o.o. przeciwko Example Group Polska sp. z o.o. (NIP %s) Sąd Rejonowy Lublin-Zachód w Lublinie, VI Wydział Cywilny, wydał nakaz zapłaty w elektronicznym postępowaniu upominawczym.

Sygnatura akt: VI Nc-e 1984217/26
Wartość przedmiotu sporu: 18 940,00 zł
Termin na wniesienie sprzeciwu: 14 dni od dnia doręczenia

Treść pozwu, nakazu zapłaty oraz pouczenie są dostępne w portalu e-Sąd po podaniu kodu dostępu Q7T4-22KM:

[[Pobierz dokumenty sprawy|%s]]

Dokumenty uznaje się za doręczone z upływem 14 dni od udostępnienia w systemie teleinformatycznym.

Sekretariat VI Wydziału Cywilnego
Sąd Rejonowy Lublin-Zachód w Lublinie""" % (EG_NIP, epu), cs="utf-8", cte="quoted-printable", style="news"),
    what="Fake court notice: 'e-Sąd' electronic payment order with a link to download the claim",
    why="Impersonates the real EPU court, but the EPU does not notify defendants by e-mail and its portal is "
        "e-sad.gov.pl; look-alike e-sad-epu.pl through Mailgun; legal deadline pressure; the download delivers malware "
        "or harvests credentials.")

# 26 ------------------------------------------------------------------------
add(n=26, slug="data-leak-extortion-bitcoin",
    via=I.proton, frm=("", "wyciek.danych.2026@proton.me"), to=[S("pl_mgr")], hcs="utf-8", henc="B",
    subject="Dane Waszych klientów – ostatnie ostrzeżenie", date=(2026, 12, 2, 2, 14, 55), zone="PL",
    body=text("""Dzień dobry,

uzyskaliśmy dostęp do Waszej sieci i skopiowaliśmy ok. 41 GB danych z serwera plików oddziału we Wrocławiu: karty zleceń pogrzebowych, skany aktów zgonu i kart zgonu, dane kontaktowe rodzin, numery PESEL, umowy i faktury.

Dowód: wśród skopiowanych plików są m.in. \\\\fs01\\Zlecenia\\2026\\10\\, \\\\fs01\\Kadry\\umowy\\ oraz zestawienie "rozliczenia_ZUS_2026.xlsx".

Jeśli w ciągu 72 godzin na poniższy adres nie wpłynie 0,35 BTC, opublikujemy dane na naszej stronie, prześlemy je do mediów oraz zawiadomimy UODO i rodziny zmarłych o wycieku.

Adres BTC: %s

Nie odpowiadamy na prośby o negocjacje. Po wpłacie usuniemy dane i przekażemy opis, jak dostaliśmy się do sieci.""" % D.BTC_PL,
              cs="utf-8", cte="quoted-printable"),
    what="Data-leak extortion: anonymous Proton address claims theft of families' and employees' data and demands "
         "0.35 BTC within 72 hours",
    why="Extortion with a Bitcoin (base58check) address, unverifiable 'proof' of generic paths, threat to inform the "
        "regulator (UODO) and the bereaved families; sent at night from a throw-away Proton mailbox.")
