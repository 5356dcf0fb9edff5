# -*- coding: utf-8 -*-
"""Genuine business messages 22-26 (Polish)."""
from msgkit import *  # noqa: F401,F403
from attack_pl import PL_INV_ORIG

MCS_EXO = dict(region="eurprd07", pod="AM9PR07MB", lang_accept="pl-PL, en-US",
               client_host=("EUR05-AM6-obe.outbound.protection.outlook.com",
                            "mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71"))


@message("business", 22, "pl", "partner-logistik-faktura-magazynowanie",
         "Logistics partner's accounting sends invoice FV/2026/11/0342 for October warehousing (PLN 41,328.60), KSeF number and PDF visualisation",
         "Real domain partner-logistik.pl via its hoster home.pl, sent with Thunderbird from the partner's Polish line; Pekao account that is on the VAT white list, as always; start of the thread that attack 22 later hijacks")
def b22():
    p = infra.SMTPHost(mua="thunderbird", software="homepl", host="cloudserver094282.home.pl", host_ip="46.242.241.78",
                       rdns="cloudserver094282.home.pl", lang_tag="pl")
    txt = """Dzień dobry,

w załączeniu przesyłamy fakturę FV/2026/11/0342 z dnia 02.11.2026 za usługi magazynowania i obsługi logistycznej w październiku 2026 (magazyn Bielany Wrocławskie, 146 miejsc paletowych, kompletacja zamówień).

Kwota brutto: 41 328,60 zł
Termin płatności: 17.11.2026
Rachunek: Bank Pekao S.A., %s (rachunek widnieje na białej liście podatników VAT)

Faktura została wystawiona w KSeF, numer KSeF: 8943021178-20261102-3C7A19E05F21-8B; w załączeniu wizualizacja PDF.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 8, 55-040 Bielany Wrocławskie
NIP %s
""" % (P("partner"), VAT["partner"][2:])
    pdf = pdf_att([("Partner Logistik sp. z o.o.", "h"), "ul. Logistyczna 8, 55-040 Bielany Wroclawskie, NIP " + VAT["partner"][2:], "",
                   "Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 55, 54-203 Wroclaw, NIP " + VAT["eg_pl"][2:], "",
                   ("FAKTURA VAT FV/2026/11/0342 z dnia 02.11.2026 (wizualizacja KSeF)", "b"),
                   "Numer KSeF: 8943021178-20261102-3C7A19E05F21-8B", "",
                   "1. Magazynowanie 146 m.p. x 31 dni                 24 823,49 PLN netto",
                   "2. Kompletacja zamowien, 1 912 linii                 8 777,00 PLN netto",
                   "VAT 23%                                              7 728,11 PLN",
                   ("Razem brutto                                        41 328,60 PLN", "b"), "",
                   "Termin platnosci 17.11.2026 - Bank Pekao S.A. " + P("partner")],
                  "FV_2026_11_0342.pdf", title="FV/2026/11/0342", author="Partner Logistik",
                  creator="Comarch ERP Optima", producer="Comarch ERP Optima", date="D:20261103073000+01'00'")
    body = multipart("mixed", [text(txt, "plain", "UTF-8", "8bit", quote=False, flowed=True), pdf])
    return make("b22", p, bt(2026, 11, 3, 7, 48, 5), "ksiegowosc@partner-logistik.pl", S("pl_acc")[1],
                ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), S("pl_acc"),
                "Faktura FV/2026/11/0342 – magazynowanie październik", body, msgid=PL_INV_ORIG,
                cc=[("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")],
                user_ip="83.24.151.87", user_rdns="dnm87.neoplus.adsl.tpnet.pl", user_lan="192.168.20.14",
                lang_tag="pl", hdr_cs="UTF-8", hdr_enc="Q")


@message("business", 23, "pl", "chempol-faktura-ksef-wfirma",
         "Supplier invoice FV 1187/11/2026 issued in KSeF, sent from the supplier's invoicing service with a PDF visualisation",
         "Known supplier; the mail only informs about the KSeF number and attaches the visualisation, no login link; bank account is the supplier's usual mBank account; sent through the invoicing SaaS's SES sender as every month")
def b23():
    p = infra.ESP(kind="ses", ses_region="eu-central-1")
    txt = """Dzień dobry,

w załączniku przesyłamy wizualizację faktury FV 1187/11/2026 z dnia 16.11.2026.

Faktura została przesłana do Krajowego Systemu e-Faktur – numer KSeF: 8992815576-20261116-8A41C2F03B7D-4E. Dokumentem wiążącym jest faktura w KSeF; mają Państwo do niej dostęp w swoim systemie księgowym lub w Aplikacji Podatnika KSeF.

Kwota do zapłaty: 18 704,70 zł
Termin płatności: 30.11.2026
Numer rachunku: %s (mBank S.A.)

Pozdrawiamy
Hurtownia DDD Chem-Pol sp. z o.o.
ul. Krakowska 180, 52-015 Wrocław

Wiadomość wysłana z systemu wFirma.pl
""" % P("chempol")
    pdf = pdf_att([("Hurtownia DDD Chem-Pol sp. z o.o.", "h"), "NIP " + VAT["chempol"][2:], "",
                   ("Faktura VAT FV 1187/11/2026 - wizualizacja", "b"), "Numer KSeF: 8992815576-20261116-8A41C2F03B7D-4E", "",
                   "Srodek owadobojczy (cypermetryna) 5 l x 12          4 920,00",
                   "Pulapki lepowe na karaluchy op. 100 x 40            6 360,00",
                   "Stacje deratyzacyjne z kluczem x 90                 3 927,07",
                   "Netto 15 207,07  VAT 23%  3 497,63", ("Brutto 18 704,70 PLN", "b"), "",
                   "Termin 30.11.2026 - mBank S.A. " + P("chempol")],
                  "FV_1187_11_2026.pdf", title="FV 1187/11/2026", author="wFirma.pl", creator="wFirma.pl",
                  producer="wFirma.pl", date="D:20261116093800+01'00'")
    body = multipart("mixed", [alt(txt, html_simple(txt, "utf-8"), "utf-8", "quoted-printable"), pdf])
    return make("b23", p, bt(2026, 11, 16, 9, 41, 20),
                "0107019391a8c2d4-2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b-000000@eu-central-1.amazonses.com",
                S("pl_acc")[1], ("Hurtownia DDD Chem-Pol sp. z o.o.", "biuro@chempol-ddd.pl"), S("pl_acc"),
                "Faktura VAT FV 1187/11/2026 od Hurtownia DDD Chem-Pol sp. z o.o.", body,
                reply_to=("Hurtownia DDD Chem-Pol", "biuro@chempol-ddd.pl"), extra=[("X-Mailer", "wFirma.pl")])


@message("business", 24, "pl", "piekarnia-reklamacja-prusaki",
         "Customer complaint from a bakery owner: cockroaches again after treatment, Sanepid inspection in two weeks, asks for an urgent night visit and documentation",
         "Long-standing customer writing from her usual wp.pl mailbox; angry and urgent but asks for a service visit and treatment records, nothing financial, no links")
def b24():
    p = infra.Webmail(kind="wp")
    txt = """Dzień dobry Panie Pawle,

piszę z reklamacją. Zabieg dezynsekcji był wykonany 21 października, a od poniedziałku piekarze znowu widzą prusaki przy piecu obrotowym i pod stołem do formowania, dzisiaj rano kilka sztuk było w pułapkach lepowych. Za dwa tygodnie mamy kontrolę z Sanepidu i nie mogę sobie pozwolić na żadne uwagi w protokole.

Proszę o pilny przyjazd technika jeszcze w tym tygodniu, najlepiej w nocy z czwartku na piątek, kiedy nie pieczemy, oraz o dokumentację zabiegu (karta zabiegu, użyty preparat z numerem pozwolenia) do segregatora HACCP.

Jeśli problem się powtórzy, będę musiała rozważyć zmianę firmy.

Anna Nowak
Piekarnia Nowak, ul. Wrocławska 14, 56-400 Oleśnica
tel. 71 314 22 80
"""
    body = text(txt, "plain", "windows-1250", "quoted-printable")
    return make("b24", p, bt(2026, 11, 4, 5, 52, 37), "piekarnia.nowak@wp.pl", S("pl_mgr")[1],
                ("Anna Nowak", "piekarnia.nowak@wp.pl"), S("pl_mgr"),
                "Reklamacja - prusaki w piekarni po zabiegu", body,
                user_ip="5.173.48.201", user_rdns="public-gprs520201.centertel.pl", user_lan="192.168.43.7",
                hdr_cs="windows-1250", hdr_enc="Q")


@message("business", 25, "pl", "mcs-zapytanie-ofertowe-ddd",
         "Prospect's quality manager sends an RFQ for pest control in two warehouses (Gliwice, Sosnowiec) with a readable PDF specification, after meeting at a trade fair",
         "Company domain on its own M365 tenant, named contact with phone, refers to a prior conversation, plain PDF attachment, offers a site visit")
def b25():
    p = infra.EXO(**MCS_EXO)
    txt = """Dzień dobry Panie Pawle,

nawiązując do naszej rozmowy na targach w Poznaniu, przesyłam zapytanie ofertowe na kompleksową obsługę DDD dwóch naszych magazynów: Gliwice, ul. Portowa 21 (22 000 m2, magazyn wysokiego składowania, strefa spożywcza) oraz Sosnowiec, ul. Inwestycyjna 4 (14 500 m2).

Zakres, wymagania (BRCGS Storage & Distribution, IFS Logistics) i wzór formularza cenowego są w załączonym pliku PDF. Oferty prosimy przesyłać do 4 grudnia na mój adres; chętnie umówię też wizję lokalną w przyszłym tygodniu.

Pozdrawiam
Krzysztof Lis
Kierownik ds. Jakości i BHP
Magazyny Centralne Śląsk sp. z o.o.
tel. +48 32 700 41 18
"""
    pdf = pdf_att([("Magazyny Centralne Slask sp. z o.o. - Zapytanie ofertowe ZO/2026/31", "h"), "",
                   "Przedmiot: kompleksowa usluga DDD (deratyzacja, dezynsekcja, dezynfekcja) 2027-2028",
                   "Obiekt 1: Gliwice, ul. Portowa 21 - 22 000 m2, strefa spozywcza, 14 ramp",
                   "Obiekt 2: Sosnowiec, ul. Inwestycyjna 4 - 14 500 m2",
                   "Wymagania: BRCGS Storage & Distribution, IFS Logistics, raporty trendow miesiecznie,",
                   "monitoring elektroniczny stacji w strefie spozywczej, czas reakcji na zgloszenie max 24 h.",
                   "Termin skladania ofert: 04.12.2026 - k.lis@mcs-magazyny.pl"],
                  "Zapytanie_ofertowe_ZO-2026-31_MCS.pdf", title="Zapytanie ofertowe", author="Krzysztof Lis",
                  date="D:20261119090000+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "iso-8859-2", "PL"), "iso-8859-2", "quoted-printable"), pdf])
    return make("b25", p, bt(2026, 11, 19, 9, 12, 3), "k.lis@mcs-magazyny.pl", S("pl_mgr")[1],
                ("Krzysztof Lis", "k.lis@mcs-magazyny.pl"), S("pl_mgr"),
                "Zapytanie ofertowe - usługi DDD dla magazynów MCS (Gliwice, Sosnowiec)", body, lang_tag="pl-PL",
                hdr_cs="iso-8859-2", hdr_enc="Q")


@message("business", 26, "pl", "newsletter-branza-ddd-freshmail",
         "Subscribed trade-association newsletter (FreshMail): sanitary inspections in food plants, expiring biocide authorisations, training; warns that inspectors serve summons only via ePUAP/e-Doręczenia",
         "Opt-in newsletter via FreshMail with List-Unsubscribe; informational links to the association's site only; no login or payment")
def b26():
    p = infra.ESP(kind="freshmail")
    unsub = "https://app.freshmail.com/pl/actions/unsubscribe/4c1a9e/8d27f0b3e6"
    txt = """Newsletter Branży DDD – grudzień 2026

1. Kontrole PIS w zakładach spożywczych: na co inspektorzy zwracają uwagę w dokumentacji DDD (karty zabiegów, mapy stacji, analiza trendów).
Ważne: inspekcja sanitarna doręcza wezwania przez ePUAP lub e-Doręczenia. W ostatnich tygodniach członkowie zgłaszali fałszywe „wezwania PSSE” wysyłane e-mailem z załącznikami HTML – nie logujcie się przez linki z takich wiadomości.
https://www.branzaddd.pl/aktualnosci/kontrole-pis-2026

2. URPL: lista produktów biobójczych, którym w 2027 r. wygasają pozwolenia.
https://www.branzaddd.pl/aktualnosci/wygasajace-pozwolenia-2027

3. Szkolenie: zwalczanie karaczanów w piekarniach i gastronomii – Wrocław, 21 stycznia 2027.
https://www.branzaddd.pl/szkolenia

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Stowarzyszenia Branży DDD.
Wypisz się: %s
""" % unsub
    body = alt(txt, html_simple(txt, "utf-8"), "utf-8", "base64")
    return make("b26", p, bt(2026, 12, 1, 10, 0, 26), "bounce-8d27f0b3e6@fmbounce.freshmail.pl", S("pl_mgr")[1],
                ("Stowarzyszenie Branży DDD", "newsletter@branzaddd.pl"), S("pl_mgr"),
                "Newsletter Branży DDD: kontrole PIS, wygasające pozwolenia, szkolenia", body,
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-8d27f0b3e6@fmbounce.freshmail.pl>" % unsub),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", "<4c1a9e.branzaddd.pl>"), ("Precedence", "bulk")])
