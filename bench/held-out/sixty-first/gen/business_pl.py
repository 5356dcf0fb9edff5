"""Genuine business messages, Polish (5)."""
from kit import *


def b_invoice():
    m = Mail("business", "pl", "partner-invoice-ksef",
             "Partner Logistik accounting sends invoice FV/1187/10/2026 for October warehousing with its KSeF "
             "number and a PDF visualisation",
             "Real partner mailbox on its Google Workspace, KSeF number in the correct format, the partner's "
             "known mBank account (white-listed), PDF text only; this is the first message of the thread that "
             "is later hijacked (attack 23-pl-thread-hijack-partner-bank-change).")
    I = Ids(m.slug)
    t = utc(2026, 11, 2, 12, 40, 31)
    send(P.gmail, m, I, t, ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [S("acc_pl")],
         "Faktura FV/1187/10/2026 – Partner Logistik")
    m.hdrs = [(k, "<CAHq5fK3vN8pR2xLm7Tq9Wz4Yb6Dc1Ej0Hs3Ku5Mn8Pr=xQ@mail.gmail.com>" if k == "Message-ID" else v)
              for k, v in m.hdrs]
    ksef = "%s-20261031-%s-%s" % (TAX["partner_nip"], I.hex(12, upper=True), I.hex(2, upper=True))
    iban = iban_fmt(BANK["partner"])
    body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/1187/10/2026 za usługi magazynowe i kompletację zamówień w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur – numer KSeF: %s

Kwota brutto: 28 414,23 zł
Termin płatności: 02.12.2026
Rachunek: %s (mBank S.A.) – rachunek widnieje w wykazie podatników VAT.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 4, 95-010 Stryków
tel. +48 42 719 22 40
""" % (ksef, iban)
    doc = pdf([("h", "Partner Logistik sp. z o.o."), ("t", "ul. Logistyczna 4, 95-010 Stryków · NIP " + TAX["partner_nip"]), ("r", ""),
               ("b", "Faktura VAT FV/1187/10/2026 – wizualizacja"),
               ("t", "Numer KSeF: " + ksef),
               ("t", "Data wystawienia: 31.10.2026      Data sprzedaży: 31.10.2026"),
               ("t", "Nabywca: Example Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań, NIP " + TAX["own_pl_nip"]), ("", ""),
               ("m", "Lp Nazwa usługi                            Netto      VAT     Brutto"),
               ("m", "1  Magazynowanie (palety, 31 dni)      14 880,00   23%   18 302,40"),
               ("m", "2  Kompletacja zamówień (1 182 linie)   6 501,60   23%    7 996,97"),
               ("m", "3  Obsługa towaru chłodniczego          1 719,40   23%    2 114,86"), ("", ""),
               ("m", "   Razem                               23 101,00          28 414,23"), ("", ""),
               ("t", "Termin płatności: 02.12.2026, przelew"),
               ("t", "Rachunek: " + iban + " (mBank S.A.)"), ("", ""),
               ("s", "Wizualizacja faktury ustrukturyzowanej. Dokumentem jest faktura w KSeF o podanym numerze.")],
              title="FV/1187/10/2026", creator="Comarch ERP Optima", producer="Comarch ERP Optima", polish=True,
              date="D:20261102124000+01'00'")
    m.body = mixed(gmail_alt(body), att(doc, "application/pdf", "FV_1187_10_2026.pdf", style="2047"))
    return m


def b_thread():
    m = Mail("business", "pl", "partner-thread-reply",
             "Tadeusz Zieliński (Partner Logistik) replies in the delivery-advice thread and confirms dock "
             "slots and pallet counts for week 46",
             "Genuine reply in an existing thread from the known logistics contact on the partner's Google "
             "Workspace, operational details only, no Reply-To redirection, no bank topic.")
    I = Ids(m.slug)
    t = utc(2026, 11, 6, 14, 3, 12)
    prev = "<e81f4c27a9b34d0c8a6f52d1b7c0e394@EXCH01.corp.example.com>"
    send(P.gmail, m, I, t, ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("mgr_pl")],
         "Re: Awizacja dostawy – tydzień 46", irt=prev, refs=prev, cc=[S("acc_pl")])
    body = """Dzień dobry Pani Agnieszko,

potwierdzam awizację na tydzień 46:

- wtorek 10.11, okno 7:00–8:00, rampa 4: 18 palet (karma sucha), 4 palety chłodnicze
- czwartek 12.11, okno 9:30–10:30, rampa 2: 11 palet (akcesoria, materiały opatrunkowe)

Palety chłodnicze proszę oznaczyć jak zwykle etykietą +2/+8 °C, kierowca ma zabrać rejestrator temperatury z powrotem do Poznania.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. logistyki
Partner Logistik sp. z o.o.
tel. +48 603 418 227

czw., 5 lis 2026 o 16:22 Agnieszka Wróbel <agnieszka.wrobel@example.com> napisała:

> Dzień dobry Panie Tadeuszu,
>
> w załączeniu awizacja na przyszły tydzień – dwie dostawy, wtorek i czwartek. Czy pasują Panu okna jak w tym tygodniu?
>
> Pozdrawiam
> Agnieszka Wróbel
> Example Polska sp. z o.o.
"""
    m.body = gmail_alt(body)
    return m


def b_order():
    m = Mail("business", "pl", "customer-order-wp",
             "Order of vaccines, antiparasitics and diet food from the Gniezno veterinary practice 'Azor' via "
             "its wp.pl mailbox",
             "Known customer on its usual consumer mailbox, concrete products and delivery window, no links or "
             "attachments.")
    I = Ids(m.slug)
    t = utc(2026, 11, 23, 8, 47, 55)
    send(P.wp, m, I, t, ("Gabinet Weterynaryjny Azor", "gabinet.azor@wp.pl"), [S("mgr_pl")],
         "Zamówienie - Gabinet Azor, Gniezno", client_ip="83.26.%d.%d" % (I.int(1, 250), I.int(1, 250)),
         hcs="iso-8859-2")
    body = """Dzień dobry,

proszę o realizację zamówienia:

1. Nobivac DHPPi – 2 op. (10 dawek)
2. Nobivac Rabies – 1 op. (10 dawek)
3. Bravecto dla psów 10–20 kg – 10 szt.
4. Milbemax dla kotów – 10 op.
5. Karma weterynaryjna Renal dla kotów 2 kg – 6 szt.

Dostawa w miarę możliwości w czwartek, gabinet czynny od 9:00 do 17:00. Faktura jak zwykle na dane gabinetu, płatność przelewem 14 dni.

Pozdrawiam serdecznie
lek. wet. Katarzyna Nowak
Gabinet Weterynaryjny „Azor”
ul. Wrzesińska 31, 62-200 Gniezno
tel. 61 426 18 90
"""
    # WP webmail in iso-8859-2: typographic dashes/quotes typed as plain ASCII
    m.body = text(body.replace("„Azor”", '"Azor"').replace("–", "-"), "iso-8859-2", "quoted-printable")
    return m


def b_internal():
    m = Mail("business", "pl", "internal-notice-inventory",
             "Poznań office manager announces the year-end stock count (30–31 December) and the rules for "
             "goods receipt during the count",
             "Internal notice from the real mailbox via Exchange and mail-int01 to a distribution list; "
             "organisational only.")
    I = Ids(m.slug)
    t = utc(2026, 12, 7, 8, 30, 44)
    send(P.exchange_internal, m, I, t, S("mgr_pl"), [("Wszyscy - Poznań", "wszyscy-poznan@example.com")],
         "Inwentaryzacja roczna 30–31 grudnia – organizacja", lang="pl-PL", hcs="windows-1250",
         rcpt=S("acc_pl")[1], client_ip="10.50.10.31")
    body = """Drodzy,

informuję, że inwentaryzacja roczna magazynu w Poznaniu odbędzie się w dniach 30–31 grudnia 2026 r.

- 29.12 do godz. 14:00 przyjmujemy ostatnie dostawy, później rampa jest zamknięta;
- 30.12 liczymy strefę chłodniczą i leki (zespoły 1–3), 31.12 karmę i akcesoria (zespoły 4–6);
- w tych dniach nie realizujemy wydań, pilne zamówienia klinik obsługuje magazyn w Strykowie (Partner Logistik);
- arkusze spisowe i skanery wydaje Paweł w dziale księgowości 29.12 od 15:00.

Przydział do zespołów prześlę do 18 grudnia. Proszę nie planować urlopów w tych dniach bez uzgodnienia ze mną.

Dziękuję i pozdrawiam
Agnieszka Wróbel
Kierownik biura – Example Polska sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
"""
    m.body = outlook_alt(body, "windows-1250", "quoted-printable", "PL")
    return m


def b_newsletter():
    m = Mail("business", "pl", "newsletter-mailgun",
             "Subscribed trade newsletter VetRynek.pl (market news, KSeF tips for vet practices, webinars)",
             "Publisher's own Mailgun sending domain with List-Unsubscribe/One-Click, unsubscribe footer with "
             "company data; no login or payment request.")
    I = Ids(m.slug)
    t = utc(2026, 11, 25, 6, 15, 0)
    lu = "<https://email.mg.vetrynek.pl/u/%s>, <mailto:unsubscribe@mg.vetrynek.pl?subject=unsubscribe>" % I.b64(60, url=True)
    send(P.mailgun, m, I, t, ("VetRynek.pl", "newsletter@vetrynek.pl"), [S("mgr_pl")],
         "VetRynek tygodnik 47/2026: ceny karm, KSeF w gabinecie, webinar o antybiotykach",
         mgdom="mg.vetrynek.pl", list_unsub=lu)
    L = ["https://email.mg.vetrynek.pl/c/%s" % I.b64(70, url=True) for _ in range(4)]
    plain = """VetRynek.pl – tygodnik 47/2026

RYNEK: Ceny karm weterynaryjnych w hurcie wzrosły w październiku średnio o 3,1%%. Najmocniej podrożały karmy dietetyczne dla kotów.
Czytaj: %s

KSeF W GABINECIE: Jak odbierać faktury zakupowe z KSeF w małym gabinecie i co zmienia się od 1 stycznia 2027 r. Praktyczny poradnik.
Czytaj: %s

WEBINAR: „Antybiotykoterapia u psów i kotów – raportowanie i dobre praktyki”, 3 grudnia, godz. 19:00.
Zapisz się: %s

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera VetRynek.pl.
Wypisz się: %s
VetRynek.pl, ul. Ratajczaka 19/4, 61-814 Poznań
""" % tuple(L)
    h = """<html><body style="margin:0;background:#eef2f0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#2e7d5b;color:#fff;padding:16px 22px;font-size:22px"><b>VetRynek</b>.pl <span style="font-size:13px">tygodnik 47/2026</span></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;line-height:21px;color:#222">
<p><b>RYNEK</b><br>Ceny karm weterynaryjnych w hurcie wzrosły w październiku średnio o 3,1%%. Najmocniej podrożały karmy dietetyczne dla kotów. <a href="%s">Czytaj</a></p>
<p><b>KSeF W GABINECIE</b><br>Jak odbierać faktury zakupowe z KSeF w małym gabinecie i co zmienia się od 1 stycznia 2027 r. Praktyczny poradnik. <a href="%s">Czytaj</a></p>
<p><b>WEBINAR</b><br>„Antybiotykoterapia u psów i kotów – raportowanie i dobre praktyki”, 3 grudnia, godz. 19:00. <a href="%s">Zapisz się</a></p></td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#777;background:#f7f7f7">Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera VetRynek.pl. <a href="%s" style="color:#777">Wypisz się</a><br>VetRynek.pl, ul. Ratajczaka 19/4, 61-814 Poznań</td></tr>
</table><img width="1" height="1" alt="" src="https://email.mg.vetrynek.pl/o/%s"></body></html>
""" % (tuple(L) + (I.b64(50, url=True),))
    m.body = alt(text(plain.replace("%%", "%"), "utf-8", "quoted-printable"),
                 html(h.replace("%%", "%"), "utf-8", "quoted-printable"))
    return m


MESSAGES = [b_invoice, b_thread, b_order, b_internal, b_newsletter]
