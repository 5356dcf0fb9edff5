"""Genuine business messages, Polish (5)."""
import datetime as _dt

import finance as fin
import systems as sy
from common import M, S, C, fmt_date, rhex
from content import (alt, plain, mixed, branded_alt, pdf_att)
from mime import Text, Multi

F, L = "business", "pl"
NIP_EGP = fin.pl_nip("779253018")
NIP_KOW = fin.pl_nip("763118402")
NIP_PL = fin.pl_nip("598164021")
IBAN_KOW = fin.pl_iban("8932000", "2001000260184751")
IBAN_PARTNER = fin.pl_iban("1090192", "0000000140671839")

# ---------------------------------------------------------------- 22 genuine CMR documents from Partner Logistik
M(F, L, "partner-logistik-cmr-transport-43",
  C("partner", 0), [S("dabrowska")],
  "Odp: CMR i awizacja - transport Rosenheim-Słubice 43/2026", "2026-10-27 13:18:45",
  sy.exim_host("s48.cyber-folks.pl", "195.78.66.48", "31.179.48.220", client="thunderbird", zone="eu", exim="4.98.1", lang="pl"),
  mixed(alt("""Dzień dobry Pani Katarzyno,

w załączeniu podpisane CMR do transportu 43/2026 (2 auta). Rozładunek bez uwag, pakiety kompletne, jedna folia uszkodzona przy pakiecie nr 7 - zabezpieczyliśmy na miejscu, bez szkody na towarze.

Awizacja na 44/2026 zgodnie z planem: poniedziałek 2.11, okno 8:00-10:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik magazynu Słubice
Partner Logistik sp. z o.o.
tel. +48 95 758 41 20

W dniu 27.10.2026 o 09:02, Katarzyna Dąbrowska pisze:
> Dzień dobry Panie Tadeuszu,
> proszę o CMR do transportu 43/2026 i potwierdzenie awizacji na przyszły tydzień.
> Pozdrawiam, Katarzyna Dąbrowska
""", "utf-8", "qp", "tb", pstyle="paren", flowed=True),
        pdf_att("CMR_43_2026_auto1.pdf", [
            ("title", "CMR – Międzynarodowy samochodowy list przewozowy"),
            ("mono", "Nr: 43/2026/1\nNadawca: Example Group GmbH & Co. KG, Am Sägewerk 12, D-83026 Rosenheim\nOdbiorca: Partner Logistik sp. z o.o., magazyn Słubice, PL\nTowar: tarcica świerkowa KVH, 14 pakietów, 24 180 kg\nPrzewoźnik: Trans-Lubusz s.c., WSL 41872\nMiejsce i data przyjęcia: Rosenheim, 23.10.2026\nMiejsce i data dostawy: Słubice, 26.10.2026"),
            ("p", "Towar przyjęto bez zastrzeżeń. Podpis i pieczęć odbiorcy: T. Zieliński"),
        ], {"Producer": "Canon iR-ADV C5840 PDF", "Title": "CMR 43/2026"}),
        pdf_att("CMR_43_2026_auto2.pdf", [
            ("title", "CMR – Międzynarodowy samochodowy list przewozowy"),
            ("mono", "Nr: 43/2026/2\nNadawca: Example Group GmbH & Co. KG, Am Sägewerk 12, D-83026 Rosenheim\nOdbiorca: Partner Logistik sp. z o.o., magazyn Słubice, PL\nTowar: tarcica świerkowa KVH, 13 pakietów, 22 960 kg\nPrzewoźnik: Trans-Lubusz s.c., WSL 41872\nMiejsce i data przyjęcia: Rosenheim, 23.10.2026\nMiejsce i data dostawy: Słubice, 26.10.2026"),
            ("p", "Uwagi: uszkodzona folia pakietu nr 7, towar bez szkody. Podpis odbiorcy: T. Zieliński"),
        ], {"Producer": "Canon iR-ADV C5840 PDF", "Title": "CMR 43/2026"})),
  irt="<7c1d9a3e52b04f8e9a6b1d2c3e4f5a60@EXCH01.corp.example.com>",
  refs="<7c1d9a3e52b04f8e9a6b1d2c3e4f5a60@EXCH01.corp.example.com>",
  what="Partner Logistik's warehouse manager returns the signed CMR notes for transport 43/2026 as plain PDFs and confirms the next slot.",
  why="Genuine mailbox used with Thunderbird from the Słubice office IP through the company's cyber_folks server; unencrypted scanned PDFs as always; specific, consistent logistics details.",
  hn=["partner-logistik-threadhijack-zip-cmr::same CMR topic and sender; Thunderbird from the office with plain PDFs vs. Roundcube from a foreign IP with a password-protected .pdf.js archive"])

# ---------------------------------------------------------------- 23 supplier invoice with KSeF number
_ksef = "%s-20261120-%s-%s" % (NIP_KOW, "8A3F1C02B4D7", "E5")
M(F, L, "tartak-kowalski-faktura-ksef",
  C("kowalski", 1), [S("wojcik")],
  "Faktura FA/1127/11/2026 - nr KSeF %s" % _ksef, "2026-11-20 10:44:02",
  sy.exim_host("serwer1875412.home.pl", "46.242.152.81", "89.171.31.204", client="outlook", zone="eu", exim="4.97", lang="pl", hcs=("windows-1250", "Q")),
  mixed(alt("""Dzień dobry,

uprzejmie informujemy, że faktura FA/1127/11/2026 z dnia 20.11.2026 została wystawiona w Krajowym Systemie e-Faktur i jest dostępna w Państwa systemie.

Numer KSeF: %s
Kwota brutto: 48 919,56 zł
Termin płatności: 20.12.2026
Rachunek: %s (Bank Spółdzielczy w Czarnkowie)

W załączeniu wizualizacja faktury w PDF do Państwa wiadomości.

Z poważaniem
Biuro - Tartak Kowalski sp.j.
ul. Leśna 14, 64-700 Czarnków
tel. 67 255 31 40
""" % (_ksef, fin.pl_nrb(IBAN_KOW)), "windows-1250", "qp", "outlook", lang="PL"),
        pdf_att("FA_1127_11_2026.pdf", [
            ("title", "Faktura VAT FA/1127/11/2026"),
            ("small", "Wizualizacja faktury ustrukturyzowanej · Numer KSeF: %s" % _ksef),
            ("p", "Sprzedawca: Tartak Kowalski sp.j., ul. Leśna 14, 64-700 Czarnków, NIP %s" % NIP_KOW),
            ("p", "Nabywca: Example Group Polska sp. z o.o., ul. Gdyńska 54, 61-016 Poznań, NIP %s" % NIP_EGP),
            ("mono", "Lp. Nazwa                               Ilość   J.m.  Cena netto  Wartość netto\n 1  Tarcica sosnowa 32x150 KD, kl. II     61,40  m3    520,00     31 928,00\n 2  Tarcica sosnowa 50x200 KD, kl. II     14,80  m3    530,00      7 844,00\n                                    Razem netto                 39 772,00\n                                    VAT 23%                      9 147,56\n                                    Razem brutto / do zapłaty   48 919,56"),
            ("p", "Termin płatności: 20.12.2026 · Przelew na rachunek: %s" % fin.pl_nrb(IBAN_KOW)),
        ], {"Producer": "Comarch ERP Optima", "Title": "FA/1127/11/2026"})),
  cc=[S("nowakowski")],
  what="Pine-timber supplier Tartak Kowalski notifies its invoice issued in KSeF (with the KSeF number) and attaches a PDF visualisation.",
  why="Supplier's real domain via its home.pl mail server with Outlook; the invoice itself is in KSeF, the e-mail only carries the KSeF number and a PDF copy; known Polish bank account; no link or login.",
  hn=["ksef-faktura-weryfikacja-logowanie-bank::same KSeF invoice topic and invoice number; real supplier mail with KSeF reference vs. fake KSeF 'verification' with a bank-login link"])

# ---------------------------------------------------------------- 24 urgent payment demand from logistics partner
M(F, L, "partner-logistik-wezwanie-do-zaplaty",
  C("partner", 1), [S("wojcik")],
  "Przedsądowe wezwanie do zapłaty - faktury magazynowe 09-10/2026", "2026-11-24 09:05:31",
  sy.exim_host("s48.cyber-folks.pl", "195.78.66.48", "31.179.48.221", client="outlook", zone="eu", exim="4.98.1", lang="pl", hcs=("iso-8859-2", "Q")),
  alt("""Szanowni Państwo,

pomimo wcześniejszych przypomnień z dnia 28.10 i 10.11.2026 nie odnotowaliśmy zapłaty za następujące faktury:

FV/PL/2026/09/118 z 30.09.2026 - 14 206,80 zł - termin 30.10.2026
FV/PL/2026/10/131 z 31.10.2026 - 15 882,15 zł - termin 14.11.2026
Razem: 30 088,95 zł

Wzywamy do zapłaty powyższej kwoty w terminie 7 dni od otrzymania niniejszego wezwania na rachunek wskazany na fakturach: %s (Santander Bank Polska).

W przypadku braku wpłaty będziemy zmuszeni wstrzymać wydania towaru z magazynu w Słubicach oraz skierować sprawę na drogę sądową, naliczając odsetki ustawowe za opóźnienie w transakcjach handlowych oraz rekompensatę za koszty odzyskiwania należności (art. 10 ustawy o przeciwdziałaniu nadmiernym opóźnieniom).

Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Transportowa 3, 69-100 Słubice - NIP %s
""" % (fin.pl_nrb(IBAN_PARTNER), NIP_PL), "iso-8859-2", "qp", "outlook", lang="PL"),
  cc=[S("nowakowski")],
  what="Pre-litigation payment demand from the logistics partner's accounting for two overdue warehouse invoices, threatening to stop releasing goods.",
  why="Genuine accounting mailbox via Partner Logistik's usual server with Outlook from the Słubice office; payment to the account printed on the existing invoices (no change); statutory references and a request to send proof of payment; firm but legitimate.")

# ---------------------------------------------------------------- 25 genuine e-drewno notification
def _lp_hops(ctx):
    return ["from pld-app02.e-drewno.pl (pld-app02.e-drewno.pl [10.160.4.22])\n\tby smtp.e-drewno.pl (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (rhex(ctx.rng, 10, True), ctx.rcpt, fmt_date(ctx.t, "eu", True))]


M(F, L, "e-drewno-wyniki-aukcji",
  ("Portal Leśno-Drzewny", "powiadomienia@e-drewno.pl"), [S("nowakowski")],
  "e-drewno: wyniki aukcji nr 2027/0418/SIE - Nadleśnictwo Sieraków", "2026-11-19 15:30:00",
  sy.mta("smtp.e-drewno.pl", "smtp.e-drewno.pl", "194.181.92.17", hops_fn=_lp_hops, zone="eu", hcs=("iso-8859-2", "B"),
         msgid_fn=lambda ctx: "<%d.%d.%d.JavaMail.pld@pld-app02.e-drewno.pl>" % (ctx.rng.randrange(10 ** 8, 10 ** 9), ctx.rng.randrange(1000, 99999), int((ctx.t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000))),
  plain("""Szanowni Państwo,

informujemy, że zakończyła się aukcja nr 2027/0418/SIE w aplikacji e-drewno (Nadleśnictwo Sieraków, RDLP Poznań).

Przedsiębiorca: EXAMPLE GROUP POLSKA SP. Z O.O.
Wynik: oferta przyjęta dla 2 z 3 pozycji
- poz. 1: S2AP sosna, 340 m3 - przyjęta
- poz. 2: S2AP świerk, 120 m3 - przyjęta
- poz. 3: WC0 sosna, 80 m3 - nieprzyjęta

Szczegóły oraz projekt umowy są dostępne po zalogowaniu w Portalu Leśno-Drzewnym (www.e-drewno.pl), zakładka Moje procedury. Wadium zostanie zaliczone na poczet zabezpieczenia umowy zgodnie z warunkami procedury.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Portal Leśno-Drzewny, Państwowe Gospodarstwo Leśne Lasy Państwowe
""", "iso-8859-2", "b64"),
  what="Automated notification from the State Forests timber-sales portal (e-drewno) with the results of a roundwood auction.",
  why="From e-drewno.pl's own mail server; no clickable login link, just the portal address and 'log in as usual'; content matches the autumn auction season and company account; no request for data.",
  hn=["e-drewno-portal-lesno-drzewny-wadium::same portal and season; e-drewno.pl result notice without links vs. look-alike asking to 'verify the account and deposit refund account'"])

# ---------------------------------------------------------------- 26 sick leave from private wp.pl
M(F, L, "zwolnienie-lekarskie-prywatny-wp",
  ("Katarzyna Dąbrowska", "kasia.dabrowska88@wp.pl"), [S("nowakowski")],
  "Zwolnienie lekarskie 23-27.11", "2026-11-23 07:12:44",
  sy.wp(user_ip="83.24.117.90"),
  Multi("alternative", [Text("""Dzień dobry Panie Pawle,

niestety od wczoraj mam wysoką gorączkę, lekarz wystawił mi e-zwolnienie (ZUS e-ZLA) na 23-27.11. Powinno być widoczne na PUE ZUS dla firmy jeszcze dziś.

Piszę z prywatnej poczty, bo nie mam przy sobie służbowego laptopa. Awizacja transportu 47/2026 do Słubic jest już wysłana, CMR-y z 46/2026 są w folderze Logistyka. Gdyby coś pilnego, Pani Małgorzata wie, gdzie co jest.

Pozdrawiam
Katarzyna Dąbrowska
""", "plain", "iso-8859-2", "qp"), Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><p>Dzień dobry Panie Pawle,</p><p>niestety od wczoraj mam wysoką gorączkę, lekarz wystawił mi e-zwolnienie (ZUS e-ZLA) na 23-27.11. Powinno być widoczne na PUE ZUS dla firmy jeszcze dziś.</p><p>Piszę z prywatnej poczty, bo nie mam przy sobie służbowego laptopa. Awizacja transportu 47/2026 do Słubic jest już wysłana, CMR-y z 46/2026 są w folderze Logistyka. Gdyby coś pilnego, Pani Małgorzata wie, gdzie co jest.</p><p>Pozdrawiam<br>Katarzyna Dąbrowska</p></body></html>
""", "html", "iso-8859-2", "qp")]),
  cc=[S("wojcik")],
  what="The Polish logistics coordinator reports sick leave (electronic ZUS e-ZLA) from her private wp.pl mailbox.",
  why="Colleague on consumer mail for a personal matter, refers to the official e-ZLA process and internal folders, no attachment, link or request for money or data.")
