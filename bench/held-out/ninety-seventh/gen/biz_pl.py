"""Genuine business messages, Polish (5)."""
import hops
import ids
from assets import pdf_att, wav_silence
from banking import fmt_iban, ksef_number
from common import Mail, Body, S, Att, local
from textfmt import outlook_html, simple_html, esc


def partner_tenant():
    inf = hops.exo("Partner Logistik tenant", "PA4PR03MB7421", "eurprd03.prod.outlook.com",
                   "EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on2112.outbound.protection.outlook.com",
                   "40.107.21.112", lang="pl-PL", tenant_seed="partner-logistik.pl")
    inf.desc = "genuine Microsoft 365 tenant of partner-logistik.pl"
    return inf


def b22():
    ksef = ksef_number(ids.NIP_PARTNER, "20261031", "4F2A9C71B0D3")
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV 1192/10/2026 z dnia 31.10.2026 za usługi magazynowe i transportowe w październiku 2026.

Faktura została wystawiona w Krajowym Systemie e-Faktur i jest dostępna dla Państwa w KSeF.
Numer KSeF: %s

Kwota brutto: 41 328,00 zł
Termin płatności: 14.11.2026
Rachunek (zgłoszony w wykazie podatników VAT): %s, ING Bank Śląski S.A.
Mechanizm podzielonej płatności: tak

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław
NIP %s
""" % (ksef, fmt_iban(ids.PARTNER_GENUINE), ids.NIP_PARTNER)
    pdf = pdf_att("FV_1192_10_2026.pdf", [
        "Partner Logistik sp. z o.o.", "ul. Kwidzyńska 6, 51-416 Wrocław, NIP " + ids.NIP_PARTNER, "",
        "FAKTURA VAT FV 1192/10/2026 - wizualizacja e-faktury", "Numer KSeF: " + ksef, "",
        "Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O., ul. Legnicka 55, 54-203 Wrocław, NIP " + ids.NIP_EXG_PL, "",
        "Lp  Nazwa                                         Netto       VAT    Brutto",
        "1   Magazynowanie urządzeń alarmowych 10/2026    12 400,00   23%   15 252,00",
        "2   Transport sprzętu do obiektów klientów       21 200,00   23%   26 076,00",
        "    RAZEM                                        33 600,00         41 328,00", "",
        "Termin płatności: 14.11.2026   Mechanizm podzielonej płatności",
        "Rachunek: " + fmt_iban(ids.PARTNER_GENUINE) + " (ING Bank Śląski)"],
        title="FV 1192/10/2026", author="Księgowość", creator="Comarch ERP Optima", producer="Comarch ERP Optima")
    return Mail("partner-logistik-faktura-ksef", "pl", local(2026, 10, 31, 13, 16, "PL"),
                ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), [S("pl_acc")],
                "Faktura FV 1192/10/2026 - numer KSeF", partner_tenant(),
                Body(plain=text, html=outlook_html(text, lang="PL"), charset="windows-1250", cte="base64"),
                atts=[pdf], hdr_cs="windows-1250", hdr_enc="Q", hdr_label="windows-1250",
                what="Logistics partner's genuine invoice visualisation with its KSeF number; payment to the white-listed ING account with split payment.",
                why="Real partner tenant, KSeF number in the official format (NIP-date-hash-check), account on the VAT white list, no links to log in anywhere.",
                hn=[("pl-ksef-faktura-odrzucona", "KSeF topic: genuine e-invoice notice vs. fake 'KSeF rejection' demanding login."),
                    ("pl-partner-logistik-hijack-konto", "Same partner and invoice; the hijack moves payment to a non-white-listed mBank account.")])


def b23():
    text = """Dzień dobry Panie Marku,

przesyłam harmonogram na tydzień 46 dla przewozów sprzętu do obiektów Państwa klientów:

- wtorek 10.11, 7:00 - 8 central alarmowych + akumulatory, magazyn Bielany -> Galeria Odra (rampa nr 2),
- środa 11.11 - nieczynne (święto),
- czwartek 12.11, 6:30 - 24 kamery i 2 rejestratory do centrum dystrybucyjnego w Kątach Wrocławskich,
- piątek 13.11, 14:00 - odbiór uszkodzonych czujek do serwisu.

Kierowcy jak zwykle zgłoszą się do dyspozytorni pół godziny przed przyjazdem. Proszę o potwierdzenie, czy na czwartek będzie ktoś od Państwa na miejscu do odbioru.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. transportu
Partner Logistik sp. z o.o.
tel. +48 71 327 15 40, kom. +48 601 448 217
"""
    return Mail("partner-logistik-harmonogram-przewozow", "pl", local(2026, 11, 6, 10, 21, "PL"),
                ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("pl_ops")],
                "Harmonogram przewozów - tydzień 46", partner_tenant(),
                Body(plain=text, html=outlook_html(text, lang="PL"), charset="iso-8859-2", cte="quoted-printable"),
                cc=[S("pl_mgr")], hdr_cs="iso-8859-2", hdr_enc="Q", hdr_label="iso-8859-2",
                what="Partner's genuine weekly transport schedule for alarm equipment deliveries, addressed to the dispatcher.",
                why="Real tenant, normal sending time, operational detail, phone numbers in the signature, no payment topic, no Reply-To.",
                hn=[("pl-partner-logistik-hijack-konto", "Same sender mailbox and tenant; the hijacked reply adds a Reply-To to a look-alike and a new bank account.")])


def b24():
    text = """Dzień dobry Pani Katarzyno,

od dzisiaj jestem na zwolnieniu lekarskim do piątku 20.11. Lekarz wystawił e-ZLA, więc powinno się już pojawić w PUE ZUS.

Piszę z prywatnej skrzynki, bo służbowy telefon został w dyspozytorni. Dyżury w dyspozytorni na środę i czwartek zamieniłem z Piotrem, grafik poprawię po powrocie.

Pozdrawiam
Marek Dąbrowski
"""
    return Mail("zwolnienie-lekarskie-prywatna-poczta", "pl", local(2026, 11, 16, 7, 41, "PL"),
                ("Marek Dąbrowski", "marek.dabrowski82@wp.pl"), [S("pl_mgr")],
                "Zwolnienie lekarskie do 20.11 - Marek Dąbrowski", hops.wp(),
                Body(plain=text, charset="utf-8", cte="8bit"), hdr_cs="utf-8", hdr_enc="B", hdr_label="UTF-8",
                what="Dispatcher reports sick leave (e-ZLA) from his private wp.pl address and mentions the swapped shifts.",
                why="Consumer mailbox at wp.pl, knows the real process (e-ZLA appears in PUE ZUS), no requests for money or data changes, plain text from webmail.",
                hn=[("de-gehaltskonto-umleitung", "Employee writing from private mail; genuine sickness notice vs. salary-account diversion.")])


def b25():
    text = """Ochrona i Technika - newsletter 11/2026

W tym wydaniu:

Minimalne wynagrodzenie 2027 a stawki w przetargach na ochronę fizyczną - jak przeliczyć kalkulacje w umowach wieloletnich
https://ochronaitechnika.us21.list-manage.com/track/click?u=8f2c41e7a9b3&id=1a&e=7c4d2e

KSeF w firmach ochrony: najczęstsze błędy przy fakturach za usługi stałe
https://ochronaitechnika.us21.list-manage.com/track/click?u=8f2c41e7a9b3&id=2b&e=7c4d2e

Centra monitorowania alarmów: nowe wytyczne dotyczące transmisji IP i redundancji łączy
https://ochronaitechnika.us21.list-manage.com/track/click?u=8f2c41e7a9b3&id=3c&e=7c4d2e

Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na newsletter Ochrona i Technika adresem katarzyna.wojcik@example.com.
Wypisz się: https://ochronaitechnika.us21.list-manage.com/unsubscribe?u=8f2c41e7a9b3&id=d41f0c&e=7c4d2e
Wydawnictwo Ochrona i Technika sp. z o.o., ul. Grochowska 306, 03-840 Warszawa
"""
    items = text.split("\n\n")
    html = ('<!doctype html><html><head><meta charset="UTF-8"><title>Ochrona i Technika 11/2026</title></head>'
            '<body style="margin:0;background:#f4f4f4"><center><table width="600" cellpadding="18" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px">'
            '<tr><td style="background:#14365d;color:#fff;font-size:22px">Ochrona i Technika <span style="font-size:13px">newsletter 11/2026</span></td></tr>'
            + "".join('<tr><td><p style="font-weight:bold">%s</p><a href="%s">Czytaj dalej &raquo;</a></td></tr>' % (esc(it.split("\n")[0]), esc(it.split("\n")[1])) for it in items[2:5])
            + '<tr><td style="font-size:12px;color:#777">Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na newsletter Ochrona i Technika.<br>'
              '<a href="https://ochronaitechnika.us21.list-manage.com/unsubscribe?u=8f2c41e7a9b3&amp;id=d41f0c&amp;e=7c4d2e">Wypisz się</a> &middot; '
              '<a href="https://ochronaitechnika.us21.list-manage.com/profile?u=8f2c41e7a9b3&amp;id=d41f0c&amp;e=7c4d2e">Zmień preferencje</a></td></tr>'
            '</table></center><img src="https://ochronaitechnika.us21.list-manage.com/track/open.php?u=8f2c41e7a9b3&amp;id=e9a1&amp;e=7c4d2e" height="1" width="1" alt=""></body></html>')
    return Mail("newsletter-ochrona-i-technika", "pl", local(2026, 11, 20, 8, 0, "PL"),
                ("Ochrona i Technika", "redakcja@ochronaitechnika.pl"), [S("pl_mgr")],
                "Ochrona i Technika 11/2026: płaca minimalna 2027, KSeF w firmach ochrony, centra monitorowania",
                hops.mailchimp(), Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                sender_hdr=("Ochrona i Technika", "redakcja=ochronaitechnika.pl@mail4.suw41.mcdlv.net"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                extra=[("List-Unsubscribe", "<https://ochronaitechnika.us21.list-manage.com/unsubscribe?u=8f2c41e7a9b3&id=d41f0c&e=7c4d2e&c=a1b2c3>, <mailto:unsubscribe-mc.us21_8f2c41e7a9b3.d41f0c-7c4d2e@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "8f2c41e7a9b3d41f0c mailchimp list <8f2c41e7a9b3d41f0c.ochronaitechnika.list-id.mcsv.net>")],
                what="Subscribed Polish trade-magazine newsletter via Mailchimp with List-Unsubscribe and list-manage tracking links.",
                why="Mailchimp infrastructure with proper List-Id/List-Unsubscribe, consistent sender, subscribed address named in the footer; editorial content.",
                hn=[("pl-domena-proforma-wezwanie", "Unsolicited commercial mail (fake domain invoice) vs. subscribed commercial newsletter.")])


def b26():
    text = """Nowa wiadomość głosowa

Od: 713384217
Do: 214 Katarzyna Wójcik
Długość: 00:00:47
Data: 17.11.2026 09:26

Nagranie w załączniku (WAV). Wiadomość możesz odsłuchać również w aplikacji 3CX lub wybierając *999 na telefonie biurowym.

3CX Phone System - Example Group Wrocław
"""
    wav = Att("vmail_214_20261117_092614_713384217.wav", "audio/wav", wav_silence(1.5), note="WAV audio (silence)")
    inf = hops.internal_app("pbx-wro01.corp.example.com", "10.40.2.15", mailer_hdr=("X-Mailer", "3CX Phone System"),
                            msgid_dom="pbx-wro01.corp.example.com")
    inf.desc = "internal 3CX PBX of the Wrocław office via mail-int01"
    return Mail("3cx-poczta-glosowa", "pl", local(2026, 11, 17, 9, 27, "PL"),
                ("3CX Phone System", "pbx-wroclaw@example.com"), [S("pl_mgr")],
                "Nowa wiadomość głosowa od 713384217", inf,
                Body(html=simple_html(text), charset="utf-8", cte="base64"), atts=[wav],
                hdr_cs="utf-8", hdr_enc="B", hdr_label="utf-8",
                extra=[("Auto-Submitted", "auto-generated")],
                what="Genuine voicemail notification from the office's 3CX PBX with the recording as WAV.",
                why="Generated by the internal PBX and relayed by mail-int01; carries an audio file, not HTML; no login requested.",
                hn=[("pl-poczta-glosowa-html", "Same caller, same minute, same topic; the phish comes from an external compromised host with an HTML login 'recording'.")])


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
