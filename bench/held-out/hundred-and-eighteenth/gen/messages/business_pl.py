"""Genuine messages, Polish (22-26)."""

import base64
import hashlib

from lib import co, ids, office, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (flowed, D, S, alt, eur, footer, letterhead, mixed, outlook_att, outlook_parts, outlook_smtp_msgid,
                             table, zbp)
from messages.registry import msg

B = "business"
PBLUE = (0, 84, 150)


# --------------------------------------------------------------------- 22
@msg(B, 22, "pl", "partner-logistik-faktura-ksef-qr")
def b22(m):
    P = co.PLOG
    nip = P["nip"]
    net = 7860.00
    vat = round(net * 0.23, 2)
    gross = round(net + vat, 2)
    ksef_hash = base64.urlsafe_b64encode(hashlib.sha256(("FA(3)|FV/11/2026/0902|%s|%.2f" % (nip, gross)).encode()).digest()).decode().rstrip("=")
    ksef_no = "%s-20261130-%s-%s" % (nip, smtp.rhex(m.rng, 12, True), smtp.rhex(m.rng, 2, True))
    ksef_url = "https://qr.ksef.mf.gov.pl/invoice/%s/30-11-2026/%s" % (nip, ksef_hash)
    pay = zbp(nip, ids.pl_nrb(P["bank"][2]), int(round(gross * 100)), "PARTNER LOGISTIK SP Z O O", "FV/11/2026/0902")
    m.what = ("Partner Logistik's accounting sends the visualisation of KSeF invoice FV/11/2026/0902 (cold storage and "
              "cross-docking, November) with the KSeF number, the KSeF verification QR code and a ZBP payment QR code.")
    m.why = ("Real partner mailbox on home.pl (DKIM/DMARC pass), ERP mailer as usual, invoice registered in KSeF with a "
             "verification code pointing to the Ministry's qr.ksef.mf.gov.pl, account = the known mBank account (on the VAT "
             "white list); no request to log in anywhere.")
    m.pair = ["22-pl-ksef-faktura-logowanie.eml", "23-pl-partner-logistik-zmiana-rachunku.eml"]
    m.pair_topic = "KSeF invoice / Partner Logistik payment details"
    m.pair_diff = ("Genuine: partner-logistik.pl via home.pl, known mBank account, KSeF QR to the official domain. Attacks: "
                   "'KSeF' login lure on ksef-mf.com.pl, and partner-logistic.pl announcing a Santander account.")
    h = H(P["ksieg"], [co.P("pl_acc")], "Faktura FV/11/2026/0902 - Partner Logistik sp. z o.o.", D(2026, 11, 30, 16, 41, 9),
          hcs="iso-8859-2", henc="Q")
    h.msgid = "<%s.%d@partner-logistik.pl>" % (smtp.rhex(m.rng, 16, True), m.rng.randrange(10 ** 6))
    text = ("Szanowni Państwo,\n\n"
            "w załączeniu przesyłamy wizualizację faktury nr FV/11/2026/0902 z dnia 30.11.2026 r. Faktura została wystawiona "
            "w Krajowym Systemie e-Faktur, numer KSeF: %s.\n\n"
            "Kwota do zapłaty: %s PLN, termin płatności: 14.12.2026 r.\n"
            "Rachunek: %s (mBank S.A.)\n\n"
            "Wiadomość wygenerowana automatycznie z systemu Comarch ERP Optima. W razie pytań prosimy o kontakt: "
            "ksiegowosc@partner-logistik.pl, tel. +48 61 814 52 90 wew. 21.\n\n"
            "Z poważaniem\nDział Księgowości\nPartner Logistik sp. z o.o.\n") % (ksef_no, eur(gross, "pl"), ids.pl_nrb(P["bank"][2]))
    d = m.pdf(info={"Title": "Faktura FV/11/2026/0902", "Producer": "Comarch ERP Optima"}, created="D:20261130163812+01'00'",
              lang="pl-PL")
    p = d.page()
    y = letterhead(p, "PARTNER LOGISTIK", ["Logistyka chłodnicza · Magazynowanie · Cross-docking",
                                           "ul. Składowa 9, 62-080 Tarnowo Podgórne · NIP %s" % nip], PBLUE)
    p.text(56, y, "Faktura VAT nr FV/11/2026/0902", 14, bold=True)
    p.text(56, y + 16, "Numer KSeF: %s" % ksef_no, 8.5)
    y += 36
    for i, (k, v) in enumerate((("Data wystawienia", "30.11.2026"), ("Data sprzedaży", "30.11.2026"), ("Termin płatności", "14.12.2026"),
                                ("Nabywca", "Example Szklarnie Polska sp. z o.o."), ("", "ul. Rawska 118, 96-100 Skierniewice"),
                                ("NIP nabywcy", co.OFF["PL"]["ids"][0][1]))):
        p.text(56, y, k, 9, color=(90, 90, 90))
        p.text(170, y, v, 9)
        y += 13
    y += 10
    y = table(p, 56, y, ["Lp.", "Nazwa usługi", "Ilość", "J.m.", "Cena netto", "Wartość netto", "VAT"],
              [["1", "Magazynowanie chłodnicze (0-4 °C), listopad 2026", "620", "pal.dni", "8,50", eur(5270, "pl"), "23%"],
               ["2", "Cross-docking i kompletacja zamówień", "74", "pal.", "25,00", eur(1850, "pl"), "23%"],
               ["3", "Transport lokalny Tarnowo Podgórne - Poznań", "4", "kurs", "185,00", eur(740, "pl"), "23%"]],
              [26, 200, 36, 40, 56, 74, 40], aligns=["left", "left", "right", "left", "right", "right", "right"])
    for k, v in (("Razem netto", eur(net, "pl")), ("VAT 23%", eur(vat, "pl")), ("Do zapłaty (PLN)", eur(gross, "pl"))):
        p.text(360, y, k, 9.5, bold=k.startswith("Do"))
        p.text(538, y, v, 9.5, align="right", bold=k.startswith("Do"))
        y += 14
    y += 6
    p.text(56, y, "Rachunek bankowy: mBank S.A. %s" % ids.pl_nrb(P["bank"][2]), 9)
    y += 20
    p.qr(56, y, 100, m.qr_matrix(ksef_url))
    p.text(56, y + 108, "Weryfikacja w KSeF (KOD I)", 7.5)
    p.text(56, y + 118, ksef_no, 6)
    p.qr(400, y, 100, m.qr_matrix(pay))
    p.text(400, y + 108, "Zapłać kodem w aplikacji banku", 7.5)
    footer(p, ["Partner Logistik sp. z o.o. · Sąd Rejonowy Poznań - Nowe Miasto i Wilda, KRS 0000593317 · kapitał zakładowy 500 000 zł"])
    pdf = m.render_pdf(d)
    att = m.att(pdf, "application/pdf", "FV_11_2026_0902.pdf", header_order=["ct", "cte", "cd"])
    root = mixed([m.text(text, "iso-8859-2", "quoted-printable"), att], m.boundary("nextpart"))
    return systems.homepl(m, h, root, client_ip="192.0.2.161", client_host="ERP-SRV",
                          ua_lines=["X-Mailer: Comarch ERP Optima 2026.2.1"])


# --------------------------------------------------------------------- 23
@msg(B, 23, "pl", "autenti-aneks-umowy-genuine")
def b23(m):
    P = co.PLOG
    url = "https://app.autenti.com/process/%s/document?lang=pl" % smtp.uuid(m.rng)
    m.what = ("Autenti e-signature invitation: Tadeusz Zieliński (Partner Logistik) asks the Polish office manager to sign "
              "annex no. 3 to the 2027 logistics contract; access code via SMS.")
    m.why = ("Real Autenti notification (autenti.com, its SendGrid account with DKIM autenti.com), real sender shown with his "
             "partner-logistik.pl address, the annex was announced in the thread with Tadeusz, document opens on app.autenti.com "
             "with an SMS code, no Microsoft login.")
    m.pair = ["26-pl-autenti-podpis-lookalike.eml"]
    m.pair_topic = "Autenti e-signature invitation from Partner Logistik"
    m.pair_diff = ("Genuine: autenti.com, SMS access code. Attack: autenti-podpis.com via Mailgun, asks for a Microsoft 365 login.")
    h = H(("Autenti", "no-reply@autenti.com"), [co.P("pl_om")],
          "Tadeusz Zieliński prosi o podpisanie dokumentu: Aneks nr 3 do umowy logistycznej 2027", D(2026, 11, 30, 13, 6, 27),
          reply_to=P["ziel"])
    text = ("Tadeusz Zieliński (t.zielinski@partner-logistik.pl, Partner Logistik sp. z o.o.) prosi Cię o podpisanie dokumentu.\n\n"
            "Dokument: Aneks nr 3 do umowy logistycznej 2027\n"
            "Wiadomość od nadawcy: \"Pani Agnieszko, zgodnie z rozmową przesyłam aneks ze stawkami na 2027. Pozdrawiam, T. Zieliński\"\n\n"
            "Przejdź do dokumentu: %s\n\n"
            "Ze względów bezpieczeństwa dostęp do dokumentu jest chroniony kodem, który otrzymasz SMS-em na numer wskazany przez "
            "nadawcę.\n\nAutenti - podpis elektroniczny\n") % url
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6f8;'
            'font-family:Lato,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:28px"><table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">'
            '<tr><td style="padding:22px 30px;font-size:22px;font-weight:bold;color:#0b2a4a">autenti</td></tr><tr><td '
            'style="padding:0 30px;font-size:16px;color:#222"><b>Tadeusz Zieliński</b> (t.zielinski@partner-logistik.pl, Partner '
            'Logistik sp. z o.o.) prosi Cię o podpisanie dokumentu.</td></tr><tr><td style="padding:16px 30px"><div '
            'style="border:1px solid #dde3ea;padding:12px;font-size:14px">Aneks nr 3 do umowy logistycznej 2027<br><span '
            'style="color:#555">&bdquo;Pani Agnieszko, zgodnie z rozmową przesyłam aneks ze stawkami na 2027. Pozdrawiam, '
            'T. Zieliński&rdquo;</span></div></td></tr><tr><td style="padding:6px 30px 18px 30px"><a href="%s" style="background:'
            '#00a3e0;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">Przejdź do dokumentu</a>'
            '</td></tr><tr><td style="padding:0 30px 24px 30px;font-size:12px;color:#777">Ze względów bezpieczeństwa dostęp do '
            'dokumentu jest chroniony kodem, który otrzymasz SMS-em na numer wskazany przez nadawcę.</td></tr></table><p '
            'style="font-size:11px;color:#999">Autenti - podpis elektroniczny</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("sendgrid"))
    return systems.sendgrid(m, h, root, "autenti.com", ip="149.72.%d.%d" % (201, 36))


# --------------------------------------------------------------------- 24
@msg(B, 24, "pl", "partner-logistik-awizacje-grudzien-xlsx")
def b24(m):
    P = co.PLOG
    m.what = ("Tadeusz Zieliński sends the December unloading slots for the Tarnowo Podgórne cross-dock as an XLSX and asks to "
              "confirm the Christmas-week changes.")
    m.why = ("Real partner contact from Thunderbird on home.pl, operational attachment (XLSX without macros), content fits the "
             "ongoing logistics relationship; nothing about payments or logins.")
    h = H(P["ziel"], [co.P("pl_om")], "Awizacje grudzień - sloty rozładunkowe Tarnowo Podgórne", D(2026, 11, 27, 8, 14, 55),
          cc=[co.P("log")])
    h.msgid = "<%s@partner-logistik.pl>" % smtp.uuid(m.rng)
    text = ("Dzień dobry Pani Agnieszko,\n\n"
            "w załączeniu sloty rozładunkowe na grudzień dla dostaw ze Skierniewic i z Vittorii (Ferretti). W tygodniu "
            "świątecznym (21-24.12) mamy skrócone godziny pracy - bramy czynne 6:00-14:00, 25-26.12 magazyn zamknięty.\n\n"
            "Proszę o potwierdzenie do środy, czy terminy pasują, szczególnie 23.12 (dwa auta jednocześnie).\n\n"
            "Pozdrawiam\nTadeusz Zieliński\nKierownik ds. operacyjnych\nPartner Logistik sp. z o.o.\ntel. +48 61 814 52 90 wew. 14, "
            "kom. +48 601 274 318\n")
    m.tel("+48 601 274 318")
    rows = [[("b", "Data"), ("b", "Godzina"), ("b", "Nadawca"), ("b", "Przewoźnik"), ("b", "Palety"), ("b", "Brama"), ("b", "Uwagi")]]
    days = ["01.12", "03.12", "05.12", "08.12", "10.12", "12.12", "15.12", "17.12", "19.12", "21.12", "23.12", "23.12", "28.12", "30.12"]
    for i, dd in enumerate(days):
        src = "Example Szklarnie (Skierniewice)" if i % 3 else "Example Serre Italia (Vittoria)"
        car = "własny" if i % 3 else "Ferretti Trasporti"
        rows.append([dd, "%02d:00" % (6 + (i % 4) * 2), src, car, 33 if i % 3 == 0 else 18, "B%d" % (1 + i % 4),
                     "skrócone godziny" if dd in ("21.12", "23.12") else ""])
    x = office.xlsx([("Grudzień 2026", rows, [8, 9, 32, 18, 8, 7, 18])],
                    {"title": "Awizacje 12-2026", "creator": "Tadeusz Zieliński", "company": "Partner Logistik sp. z o.o.",
                     "created": "2026-11-26T13:40:00Z", "modified": "2026-11-27T07:10:00Z"})
    att = m.att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Awizacje_2026-12_Example.xlsx",
                fname_style="2231-always", header_order=["ct", "cd", "cte"])
    tp = m.text(flowed(text), "UTF-8", "8bit", params=["format=flowed"])
    b = m.boundary("tb")
    root = mixed([tp, att], b, preamble="This is a multi-part message in MIME format.")
    return systems.homepl(m, h, root, client_ip="192.0.2.162",
                          ua_lines=["User-Agent: Mozilla Thunderbird", "Content-Language: pl"])


# --------------------------------------------------------------------- 25
@msg(B, 25, "pl", "folimex-oferta-folia-ekrany")
def b25(m):
    F = co.FOLI
    m.what = ("Folimex (greenhouse film and screen supplier) sends the requested offer for 2027: diffuse greenhouse film, "
              "thermal screens and packaging film, PDF offer attached.")
    m.why = ("Known supplier answering the group's own enquiry (procurement in CC), from its nazwa.pl mailbox with Outlook "
             "(DKIM/DMARC pass), PDF offer, normal payment terms; no disk image or executable.")
    m.pair = ["25-pl-zapytanie-ofertowe-img.eml"]
    m.pair_topic = "Polish B2B quotation / RFQ e-mail with attachment"
    m.pair_diff = ("Genuine: known supplier, PDF offer. Attack: unknown 'buyer', disk image with a disguised executable.")
    h = H(F["kow"], [co.P("pl_om")], "Oferta Folimex 2027 - folia ogrodnicza, ekrany termiczne", D(2026, 10, 14, 10, 9, 47),
          cc=[co.P("buy")], hcs="windows-1250", henc="Q")
    h.msgid = outlook_smtp_msgid(m, "folimex.com.pl")
    paras = ["Dzień dobry Pani Agnieszko,", "",
             "dziękuję za zapytanie z 8 października. W załączeniu przesyłam ofertę na sezon 2027 dla obiektu w Skierniewicach:", "",
             "- folia ogrodnicza dyfuzyjna 200 µm, 4-letnia, szer. 8,4 m\n- ekrany termiczne/cieniujące 55% aluminium\n"
             "- folia stretch do owijania palet", "",
             "Ceny obowiązują przy zamówieniu do 15.12.2026, dostawa w styczniu. Termin płatności 30 dni jak dotychczas.", "",
             "Z poważaniem", "Marek Kowalczyk", "Doradca handlowy - rolnictwo", "Folimex sp. z o.o.",
             "ul. Przemysłowa 14, 95-100 Zgierz", "tel. +48 42 716 33 80, kom. +48 605 118 742"]
    m.tel("+48 605 118 742")
    t, ht = outlook_parts(m, paras, "windows-1250", "quoted-printable", "PL", "StylWiadomo\u015bciE-mail17", font="Calibri")
    d = m.pdf(info={"Title": "Oferta 2027/114", "Producer": "Microsoft® Word dla Microsoft 365"}, created="D:20261014094411+02'00'",
              lang="pl-PL")
    p = d.page()
    y = letterhead(p, "FOLIMEX", ["Folie ogrodnicze · Ekrany termiczne · Opakowania",
                                   "ul. Przemysłowa 14, 95-100 Zgierz · NIP %s · www.folimex.com.pl" % F["nip"]], (0, 120, 80))
    p.text(56, y, "Oferta nr 2027/114 z dnia 14.10.2026", 13, bold=True)
    p.text(56, y + 16, "dla: Example Szklarnie Polska sp. z o.o., ul. Rawska 118, 96-100 Skierniewice", 9)
    y += 36
    y = table(p, 56, y, ["Poz.", "Produkt", "Ilość", "J.m.", "Cena netto PLN", "Wartość netto PLN"],
              [["1", "Folia dyfuzyjna 200 µm, 4-letnia, 8,4 m", "18 400", "m²", "3,95", eur(72680, "pl")],
               ["2", "Ekran termiczny/cieniujący 55% Al", "9 600", "m²", "11,40", eur(109440, "pl")],
               ["3", "Folia stretch 23 µm, rola 1,5 kg", "240", "rolka", "28,50", eur(6840, "pl")]],
              [30, 200, 54, 36, 74, 90], aligns=["left", "left", "right", "left", "right", "right"])
    p.text(360, y, "Razem netto", 9.5, bold=True)
    p.text(538, y, eur(188960, "pl"), 9.5, align="right", bold=True)
    y += 24
    y = p.wrap(56, y, 480, "Warunki: ceny netto + 23% VAT, transport w cenie przy zamówieniu powyżej 50 000 PLN netto, termin "
               "płatności 30 dni od daty faktury, dostawa 3-4 tygodnie od potwierdzenia zamówienia. Oferta ważna do 15.12.2026.", 9)
    footer(p, ["Folimex sp. z o.o. · Sąd Rejonowy dla Łodzi-Śródmieścia, KRS 0000219874 · BDO 000071264"])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, m.boundary("nextpart")),
                  outlook_att(m, pdf, "application/pdf", "Oferta_Folimex_2027-114_Example.pdf", h.date)],
                 m.boundary("nextpart"), preamble="This is a multipart message in MIME format.")
    return systems.nazwapl(m, h, root, client_ip="192.0.2.171",
                           ua_lines=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtA" + smtp.rb64(m.rng, 27),
                                     "Content-Language: pl"])


# --------------------------------------------------------------------- 26
@msg(B, 26, "pl", "helpdesk-glpi-zgloszenie-quick-assist")
def b26(m):
    url = "https://helpdesk.corp.example.com/index.php?redirect=ticket_4711_Followup_9"
    m.what = ("Internal GLPI helpdesk notification (Polish template) for ticket #4711 opened by the Polish office manager "
              "(scan-to-mail on the office printer); the technician proposes a Quick Assist session at 14:00 and will give the "
              "code by phone.")
    m.why = ("Genuine internal ticket system: glpi01.corp.example.com -> mail-int01, refers to a ticket the user opened herself, "
             "links only to the internal helpdesk host, remote session agreed within the ticket and initiated by IT with a code "
             "given by IT; no download, no external domain.")
    m.pair = ["24-pl-helpdesk-quick-assist-spam.eml"]
    m.pair_topic = "IT help desk offering a Quick Assist remote session"
    m.pair_diff = ("Genuine: user-opened ticket in the internal GLPI, internal sender/links. Attack: unsolicited 'spam flood' "
                   "warning from examplegroup-it.pl with an .exe download and a call from an unknown number.")
    h = H(("Helpdesk Example Group", "helpdesk@example.com"), [co.P("pl_om")],
          "[GLPI #0004711] Nowa odpowiedź: Drukarka biuro Skierniewice - skanowanie do e-mail nie działa",
          D(2026, 11, 19, 11, 27, 3))
    text = ("Adres URL: %s\n\n"
            "Zgłoszenie: opis\nTytuł: Drukarka biuro Skierniewice - skanowanie do e-mail nie działa\n"
            "Zgłaszający: Agnieszka Wróblewska\nData otwarcia: 18-11-2026 15:02\nStatus: W toku (przypisane)\n"
            "Priorytet: Średni\nKategoria: Sprzęt > Drukarki\nPrzypisany technik: Lukas Jansen\n\n"
            "Liczba odpowiedzi: 2\n\n"
            "[19-11-2026 11:26] Lukas Jansen:\nHello Agnieszka, the printer cannot authenticate to mail-int01 since the certificate "
            "renewal. I can fix the SMTP settings remotely today at 14:00 via Quick Assist: I will call you on your desk phone "
            "and give you the 6-digit code to enter. If 14:00 does not suit you, just reply in the ticket. Thanks, Lukas\n\n"
            "[18-11-2026 15:02] Agnieszka Wróblewska:\nOd wczoraj drukarka Konica w biurze nie wysyła skanów na e-mail "
            "(komunikat: błąd połączenia z serwerem). Kopiowanie i drukowanie działa.\n\n"
            "--\nAutomatycznie wygenerowane przez GLPI 10.0.17\n") % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>GLPI</title></head><body>'
            '<div style="font-family:Verdana,Arial;font-size:12px"><p>Adres URL: <a href="%s">%s</a></p>'
            '<table style="border:1px solid #ccc;border-collapse:collapse;font-size:12px" cellpadding="4">'
            '<tr><th colspan="2" style="background:#e6e6e6">Zgłoszenie: opis</th></tr>'
            '<tr><td>Tytuł</td><td>Drukarka biuro Skierniewice - skanowanie do e-mail nie działa</td></tr>'
            '<tr><td>Zgłaszający</td><td>Agnieszka Wróblewska</td></tr><tr><td>Data otwarcia</td><td>18-11-2026 15:02</td></tr>'
            '<tr><td>Status</td><td>W toku (przypisane)</td></tr><tr><td>Priorytet</td><td>Średni</td></tr>'
            '<tr><td>Kategoria</td><td>Sprzęt &gt; Drukarki</td></tr><tr><td>Przypisany technik</td><td>Lukas Jansen</td></tr></table>'
            '<p><b>Liczba odpowiedzi: 2</b></p><p><b>[19-11-2026 11:26] Lukas Jansen:</b><br>Hello Agnieszka, the printer cannot '
            'authenticate to mail-int01 since the certificate renewal. I can fix the SMTP settings remotely today at 14:00 via '
            'Quick Assist: I will call you on your desk phone and give you the 6-digit code to enter. If 14:00 does not suit you, '
            'just reply in the ticket. Thanks, Lukas</p><p><b>[18-11-2026 15:02] Agnieszka Wróblewska:</b><br>Od wczoraj drukarka '
            'Konica w biurze nie wysyła skanów na e-mail (komunikat: błąd połączenia z serwerem). Kopiowanie i drukowanie działa.'
            '</p><p style="color:#888">Automatycznie wygenerowane przez GLPI 10.0.17</p></div></body></html>\n') % (esc(url), esc(url))
    root = alt(m.text(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"), "_" + smtp.rhex(m.rng, 32) + "_")
    h.msgid = "<GLPI_%s-Ticket-4711.1795581623.%d@glpi01.corp.example.com>" % (smtp.rhex(m.rng, 13), m.rng.randrange(10 ** 9))
    return systems.internal_app(m, h, root, "glpi01.corp.example.com", "10.20.5.21",
                                ["X-Mailer: GLPI", "X-GLPI-Sender-Id: 0004711", "Auto-Submitted: auto-generated",
                                 "X-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN"])
