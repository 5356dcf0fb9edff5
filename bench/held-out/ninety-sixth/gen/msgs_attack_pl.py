"""Attack messages, Polish (5)."""
import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded_alt, pdf_att, zip_att, PLACEHOLDER)
from mime import Text, Multi

F, L = "attack", "pl"
NIP_EGP = fin.pl_nip("779253018")

# ---------------------------------------------------------------- 22 Partner Logistik thread hijack, password ZIP
M(F, L, "partner-logistik-threadhijack-zip-cmr",
  C("partner", 0), [S("dabrowska")],
  "Odp: CMR i awizacja - transport Rosenheim-Słubice 44/2026", "2026-11-03 17:26:40",
  sy.exim_host("s48.cyber-folks.pl", "195.78.66.48", "45.141.215.93", client="roundcube", zone="eu", exim="4.98.1"),
  alt("""Dzień dobry Pani Katarzyno,

w załączeniu przesyłam podpisane listy CMR oraz protokół rozbieżności do transportu 44/2026 (3 auta, tarcica świerkowa KVH). Proszę o sprawdzenie i potwierdzenie do końca dnia, żebyśmy mogli zamknąć rozliczenie z przewoźnikiem.

Plik jest zabezpieczony hasłem ze względu na dane osobowe kierowców: CMR4426

Pozdrawiam
Tadeusz Zieliński
Kierownik magazynu Słubice
Partner Logistik sp. z o.o.

W dniu 02.11.2026 o 14:05, Katarzyna Dąbrowska pisze:
> Dzień dobry Panie Tadeuszu,
> proszę o przesłanie podpisanych CMR do transportu 44/2026 oraz informacji, czy przy rozładunku były jakieś uszkodzenia pakietów.
> Z góry dziękuję
> Katarzyna Dąbrowska
> Example Group Polska sp. z o.o. | Logistyka
""", "utf-8", "qp", "tb", pstyle="paren"),
  irt="<3e8b1f0a9d2c4b67a5e1f9c0d7b2a468@EXCH01.corp.example.com>",
  refs="<9f41c2d7-5b3a-4e8c-a1d6-72c0e4b5f913@partner-logistik.pl> <3e8b1f0a9d2c4b67a5e1f9c0d7b2a468@EXCH01.corp.example.com>",
  what="Reply-chain hijack from the genuinely compromised mailbox of Tadeusz Zieliński (Partner Logistik): answer in a real CMR thread with a password-protected ZIP 'CMR + protocol'.",
  why="Real thread and address, but sent via Roundcube from a foreign hosting IP (Partner Logistik normally uses Thunderbird from the Słubice office and attaches plain PDFs, see business/22); ZipCrypto archive with the password in the body to beat scanning, containing a .pdf.js script name (placeholder) – Qakbot/Pikabot-style reply-chain malware delivery.")

# patch the attachment in (mixed) – kept separate for readability
_m = __import__("common").REGISTRY[-1]
_m.body = mixed(_m.body, zip_att("CMR_44_2026_protokol.zip", [("CMR_44_2026_protokol_rozbieznosci.pdf.js", PLACEHOLDER)], password="CMR4426"))

# ---------------------------------------------------------------- 23 KSeF phishing
_u23 = "https://u31877219.ct.sendgrid.net/ls/click?upn=u001.Rt5vQ2-2BksNn0Yz8Lw3aX1cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6"
M(F, L, "ksef-faktura-weryfikacja-logowanie-bank",
  ("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-podatnik.pl"), [S("wojcik")],
  "KSeF: faktura FA/1127/11/2026 oczekuje na weryfikację nabywcy", "2026-11-20 12:04:33",
  sy.sendgrid("em2207.ksef-podatnik.pl", ip="159.183.%d.%d" % (224, 131)),
  branded_alt("Faktura oczekuje na weryfikację", [
      "Szanowni Państwo,",
      "w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną FA/1127/11/2026 na kwotę 48 712,35 zł brutto, wystawioną dla nabywcy o NIP %s (Example Group Polska sp. z o.o.)." % NIP_EGP,
      "Z powodu niezgodności danych adresowych nabywcy faktura została wstrzymana i nie będzie widoczna w Państwa systemie finansowo-księgowym do czasu weryfikacji. Weryfikacji należy dokonać w ciągu 3 dni roboczych.",
      "Zaloguj się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego lub bankowości elektronicznej (PKO BP, Pekao, mBank, Santander, ING).",
  ], ("Zaloguj się do Aplikacji Podatnika", _u23),
      "Wiadomość wygenerowana automatycznie przez Krajowy System e-Faktur. Prosimy na nią nie odpowiadać.\nMinisterstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa",
      cs="utf-8", cte="b64", brand="#c8102e", logo_text="KSeF · Krajowy System e-Faktur", lang="pl",
      preheader="Wymagana weryfikacja faktury"),
  what="KSeF (Polish national e-invoicing) look-alike: 'an invoice for PLN 48,712 is on hold, verify within 3 days', login 'via trusted profile or your bank'.",
  why="KSeF does not e-mail invoices or verification requests and has no buyer-verification step; look-alike domain via SendGrid with a tracking redirect; the 'log in with your bank' chooser is the typical Polish bank-credential phishing flow. Compare business/23 (real invoice with KSeF number).")

# ---------------------------------------------------------------- 24 fake register fee
_iban24 = fin.pl_iban("1090101", "0000088214736591")
M(F, L, "rejestr-dzialalnosci-oplata-proforma",
  ("Centralny Rejestr Działalności Gospodarczej", "rejestr@crdg-rejestr.pl"), [S("wojcik")],
  "Aktualizacja wpisu - Example Group Polska sp. z o.o. (KRS 0000712345) - opłata", "2026-10-27 08:41:10",
  sy.vps_postfix("mail.crdg-rejestr.pl", "srv47.mikr.us", "65.21.118.47", ua="php", lang="pl"),
  mixed(plain("""Szanowni Państwo,

w związku z aktualizacją danych w Centralnym Rejestrze Działalności Gospodarczej przesyłamy formularz aktualizacyjny wraz z fakturą proforma dla podmiotu:

Example Group Polska sp. z o.o.
ul. Gdyńska 54, 61-016 Poznań
NIP %s, KRS 0000712345

Opłatę w wysokości 1 290,00 zł prosimy uregulować w terminie 7 dni na rachunek wskazany w dokumencie. Brak wpłaty może skutkować nieaktualnymi danymi Państwa firmy w rejestrze.

Z poważaniem
Dział Obsługi Rejestru
CRDG
""" % NIP_EGP, "iso-8859-2", "qp"),
        pdf_att("CRDG_proforma_2026_10_8841.pdf", [
            ("title", "CRDG – Centralny Rejestr Działalności Gospodarczej"),
            ("small", "Dział Obsługi Rejestru · ul. Grzybowska 87 · 00-844 Warszawa"),
            ("gap", 12),
            ("h", "Formularz aktualizacyjny / Faktura proforma nr 2026/10/8841"),
            ("p", "Podmiot: Example Group Polska sp. z o.o., ul. Gdyńska 54, 61-016 Poznań, NIP %s, KRS 0000712345" % NIP_EGP),
            ("mono", "Lp. Usługa                                      Kwota netto   VAT 23%    Brutto\n 1  Aktualizacja i publikacja wpisu CRDG (12 m.)  1 048,78     241,22     1 290,00 zł"),
            ("p", "Termin płatności: 7 dni. Rachunek:"),
            ("mono", "Odbiorca: CRDG Sp. z o.o.\nNr rachunku: %s\nTytuł: CRDG 2026/10/8841" % fin.pl_nrb(_iban24)),
            ("small", "Wpłata oznacza akceptację regulaminu i zamówienie usługi publikacji danych w prywatnym katalogu internetowym CRDG na okres 12 miesięcy z automatycznym przedłużeniem. CRDG nie jest rejestrem urzędowym i nie ma związku z Krajowym Rejestrem Sądowym ani CEIDG."),
        ], {"Producer": "mPDF 8.2", "Title": "Proforma 2026/10/8841"})),
  what="Fake register fee: 'Centralny Rejestr Działalności Gospodarczej' sends a pro-forma for PLN 1,290 to 'update the entry' of the Polish subsidiary.",
  why="Private directory dressed up as an official register (the fine print says payment = order of a self-renewing listing, not related to KRS/CEIDG); KRS entries are not updated by paying such invoices; bulk PHPMailer on a cheap VPS. Classic Polish register-invoice scam.")

# ---------------------------------------------------------------- 25 e-drewno portal look-alike
_u25 = "https://e-drewno-lasy.pl/logowanie?ref=PLD-2027-aukcje&uid=EG-PL-0419"
M(F, L, "e-drewno-portal-lesno-drzewny-wadium",
  ("Portal Leśno-Drzewny", "powiadomienia@e-drewno-lasy.pl"), [S("nowakowski")],
  "Sprzedaż drewna na 2027 r. - potwierdź konto i wadium do 18.11.2026", "2026-11-13 07:55:02",
  sy.vps_postfix("mail.e-drewno-lasy.pl", "srv512873.hstgr.cloud", "147.93.52.118", ua="php", lang="pl"),
  branded_alt("Potwierdzenie konta przed aukcjami na 2027 r.", [
      "Szanowni Państwo,",
      "w związku z rozpoczęciem procedur sprzedaży drewna na rok 2027 (aukcje internetowe w aplikacji e-drewno oraz Portal Leśno-Drzewny) wprowadziliśmy nowy moduł uwierzytelniania kont przedsiębiorców.",
      "Konto przypisane do firmy Example Group Polska sp. z o.o. nie zostało jeszcze zweryfikowane. Aby złożone oferty nie zostały odrzucone, prosimy o zalogowanie się, potwierdzenie danych oraz rachunku bankowego do zwrotu wadium do dnia 18.11.2026.",
  ], ("Potwierdź konto", _u25),
      "Państwowe Gospodarstwo Leśne Lasy Państwowe · Portal Leśno-Drzewny\nWiadomość wygenerowana automatycznie.",
      cs="iso-8859-2", cte="qp", brand="#2e6b30", logo_text="Portal Leśno-Drzewny · e-drewno", lang="pl",
      preheader="Weryfikacja konta przed sesją sprzedaży"),
  what="Trade-specific portal phishing: look-alike of the State Forests timber-sales portal (e-drewno) asks to 'verify the account and the deposit refund account' before the 2027 timber auctions.",
  why="Look-alike domain e-drewno-lasy.pl on a Hostinger VPS (genuine notices come from e-drewno.pl, see business/25); harvests portal credentials and changes the deposit (wadium) refund account; deadline tied to the real autumn sales season.")

# ---------------------------------------------------------------- 26 PKO BP business banking
_u26 = "https://ipkobiznes-aktualizacja.pl/logowanie?cif=8823017&lang=pl"
M(F, L, "pko-ipko-biznes-aktualizacja",
  ("PKO Bank Polski", "komunikaty@pkobp-biznes.info"), [S("wojcik")],
  "iPKO biznes: wymagana aktualizacja zabezpieczeń do 25.11.2026", "2026-11-23 14:11:27",
  sy.exim_host("serwer2491873.home.pl", "46.242.145.71", "", client="php", local=True, zone="eu", exim="4.97"),
  Multi("alternative", [
      Text("""Szanowni Państwo,

od 26.11.2026 logowanie do serwisu iPKO biznes będzie możliwe wyłącznie po aktualizacji metody autoryzacji (nowa wersja aplikacji mobilnej PKO Biznes i token sprzętowy).

Aby zachować dostęp do rachunków firmy Example Group Polska sp. z o.o., prosimy o aktualizację danych do 25.11.2026:
%s

Po tym terminie dostęp do serwisu zostanie czasowo zablokowany, a zlecenia oczekujące nie zostaną zrealizowane.

Z poważaniem
Zespół Bankowości Elektronicznej
PKO Bank Polski S.A.
""" % _u26, "plain", "windows-1250", "qp"),
      Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="background:#003574;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">PKO BANK POLSKI &nbsp;|&nbsp; iPKO biznes</div>
<div style="padding:20px">
<p>Szanowni Państwo,</p>
<p>od <b>26.11.2026</b> logowanie do serwisu iPKO biznes będzie możliwe wyłącznie po aktualizacji metody autoryzacji (nowa wersja aplikacji mobilnej PKO Biznes i token sprzętowy).</p>
<p>Aby zachować dostęp do rachunków firmy <b>Example Group Polska sp. z o.o.</b>, prosimy o aktualizację danych do 25.11.2026.</p>
<p><a href="%s" style="background:#003574;color:#fff;padding:10px 22px;text-decoration:none">Zaktualizuj teraz</a></p>
<p>Po tym terminie dostęp do serwisu zostanie czasowo zablokowany, a zlecenia oczekujące nie zostaną zrealizowane.</p>
<p style="font-size:11px;color:#777">PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa. Nigdy nie prosimy o podanie hasła w wiadomości e-mail.</p>
</div></body></html>
""" % _u26, "html", "windows-1250", "qp")]),
  mail_from="pkoinfo@serwer2491873.home.pl",
  what="PKO Bank Polski 'iPKO biznes' look-alike: mandatory security update of the business-banking login by 25.11., link to ipkobiznes-aktualizacja.pl.",
  why="Sent by a PHP script from a compromised home.pl hosting account under a pkobp-biznes.info sender; PKO uses pkobp.pl and never asks to re-enter credentials via e-mail links; access-block threat; the target is the corporate banking login and token (ironically quoting 'we never ask for your password').")
