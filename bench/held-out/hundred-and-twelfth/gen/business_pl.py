"""Polish genuine business messages (5)."""
import assets
import banking as bk
import data as D
import infra
from builder import register, html_outlook, html_gmail, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "pl", "partner-logistik-faktura-ksef")
def _(b):
    sender = "ksiegowosc@partner-logistik.pl"
    b.at(2026, 11, 4, 13, 12, 40, zone="PL").env(sender, "pawel.kowalczyk@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd08", server_prefix="PA4PR08MB", tenant_id="a3c81e5f-27b4-4d0e-9c1a-6f8e2b7d4c90"))
    b.frm("Księgowość Partner Logistik", sender, "iso-8859-2")
    b.to(("Paweł Kowalczyk", "pawel.kowalczyk@example.com"), cs="iso-8859-2")
    b.subject("Faktura FV/2026/10/0871 - Partner Logistik sp. z o.o.", "iso-8859-2")
    b.set("Accept-Language", "pl-PL, en-US").set("Content-Language", "pl-PL")
    nrb = bk.pl_nrb(D.PARTNER)
    ksef = "%s-20261031-%s-%s" % (D.PARTNER_NIP, infra.hexs(b.rng, 12, True), infra.hexs(b.rng, 2, True))
    txt = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/10/0871 z dnia 31.10.2026 r. za usługi magazynowania i kompletacji zamówień w październiku 2026 r. Faktura ustrukturyzowana została wystawiona w Krajowym Systemie e-Faktur (numer KSeF: %s).

Kwota brutto: 49 097,17 zł
Termin płatności: 30.11.2026 r.

Płatności prosimy kierować wyłącznie na rachunek widniejący w wykazie podatników VAT (biała lista):
PKO BP S.A. %s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Poznańska 140, 62-020 Swarzędz
NIP %s
""" % (ksef, nrb, bk.fmt_nip(D.PARTNER_NIP))
    pdfb = assets.invoice_pdf([
        ("Partner Logistik sp. z o.o.", 15, True), "ul. Poznańska 140, 62-020 Swarzędz · NIP " + bk.fmt_nip(D.PARTNER_NIP), "",
        ("Faktura VAT nr FV/2026/10/0871", 13, True), "Data wystawienia: 31.10.2026 · Data sprzedaży: 31.10.2026",
        "Numer KSeF: " + ksef, "",
        "Nabywca: Example Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań, NIP " + bk.fmt_nip(D.EXAMPLE_PL_NIP), "",
        "Lp.  Nazwa usługi                                   Ilość     Cena netto    Wartość netto",
        "1    Magazynowanie (miejsca paletowe)               1 240        18,50 zł      22 940,00 zł",
        "2    Kompletacja zamówień (linie)                   9 870         1,72 zł      16 976,40 zł",
        "", "Razem netto: 39 916,40 zł   VAT 23%: 9 180,77 zł",
        ("Razem brutto: 49 097,17 zł", 11, True), "",
        "Termin płatności: 30.11.2026 · Przelew na rachunek PKO BP S.A. " + nrb,
    ], title="FV/2026/10/0871", creator="Comarch ERP Optima", producer="Comarch ERP Optima", created="20261104125511+01'00'")
    att = b.attach("application/pdf", pdfb, "FV_2026_10_0871.pdf")
    att.description = "FV_2026_10_0871.pdf"
    att.disp_params = b.exchange_attach_params(len(pdfb))
    b.body(b.mixed(b.alt(b.text(txt, "iso-8859-2"), b.html(html_outlook(txt, "PL", charset="iso-8859-2"), "iso-8859-2")), att))
    b.meta("Genuine monthly warehousing invoice from the logistics partner, PDF visualisation plus KSeF number.",
           "Real partner domain on its Microsoft 365 tenant, KSeF reference, the known PKO BP account and a white-list reminder, no urgency. Hard negative for attacks 22 and 23.")
    assert "49 097,17" in txt


# ---------------------------------------------------------------------------
@register("business", "pl", "nowak-faktura-transport-wp")
def _(b):
    sender = "k.nowak.transport@wp.pl"
    b.at(2026, 11, 2, 19, 14, 3, zone="PL").env(sender, "pawel.kowalczyk@example.com")
    b.style = "outlook_smtp"
    b.via(infra.wp(b, client_ip="83.21.74.160", client_helo="DESKTOP-NOWAK"))
    b.frm("Krzysztof Nowak", sender, "iso-8859-2")
    b.to(("Paweł Kowalczyk", "pawel.kowalczyk@example.com"), cs="iso-8859-2", outlook_quotes=True)
    b.cc(("Agnieszka Wójcik", "agnieszka.wojcik@example.com"), cs="iso-8859-2", outlook_quotes=True)
    b.subject("faktura 112/2026 transport Poznań - Kolonia 28.10", "iso-8859-2")
    b.set("Content-Language", "pl")
    txt = """Dzień dobry Panie Pawle,

w załączniku faktura nr 112/2026 za transport z 28.10 (Poznań - Kolonia, 33 palety, chłodnia, zlecenie ZT/10/2026/045). CMR podpisany przez magazyn w Kolonii wysłałem pocztą razem z oryginałem faktury.

Kwota 6 150,00 zł brutto, termin 30 dni, konto jak zawsze w mBanku.

Pozdrawiam
Krzysztof Nowak
Usługi Transportowe Krzysztof Nowak
tel. 602 418 337
"""
    nrb = bk.pl_nrb(D.NOWAK)
    pdfb = assets.invoice_pdf([
        ("Usługi Transportowe Krzysztof Nowak", 14, True), "ul. Kościuszki 7, 62-300 Września · NIP " + bk.fmt_nip(D.NOWAK_NIP), "",
        ("Faktura nr 112/2026", 13, True), "Data wystawienia: 02.11.2026 · Data wykonania usługi: 28.10.2026", "",
        "Nabywca: Example Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań, NIP " + bk.fmt_nip(D.EXAMPLE_PL_NIP), "",
        "Lp.  Nazwa                                            Netto         VAT          Brutto",
        "1    Transport Poznań - Köln, 33 palety, chłodnia    5 000,00 zł   1 150,00 zł   6 150,00 zł", "",
        ("Do zapłaty: 6 150,00 zł", 11, True), "Słownie: sześć tysięcy sto pięćdziesiąt złotych 00/100",
        "Termin płatności: 30 dni · mBank S.A. " + nrb, "Zlecenie: ZT/10/2026/045",
    ], title="Faktura 112/2026", creator="Microsoft\u00ae Excel\u00ae 2016", producer="Microsoft\u00ae Excel\u00ae 2016",
        created="20261102190210+01'00'")
    b.body(b.mixed(b.text(txt, "iso-8859-2"), b.attach("application/pdf", pdfb, "FV_112_2026.pdf")))
    b.meta("Genuine invoice of the one-man haulier from his wp.pl mailbox via Outlook, PDF attached.",
           "Same consumer mailbox as attack 25, but sent via smtp.wp.pl from his usual Polish IP and Outlook client, specific route/order/CMR details, PDF attached directly, account 'as always'. Hard negative for attack 25.")


# ---------------------------------------------------------------------------
@register("business", "pl", "smakosz-zamowienie-erp")
def _(b):
    sender = "zamowienia@smakosz.com.pl"
    b.at(2026, 10, 13, 7, 31, 26, zone="PL").env(sender, "agnieszka.wojcik@example.com")
    b.style = "generic"
    b.via(infra.own_postfix(b, "mail.smakosz.com.pl", "91.226.32.58",
                            "erp-srv.smakosz.local (unknown [10.0.0.14])", zone="PL", bstyle="java", proto="ESMTP",
                            tls_out="1.2"))
    b.frm("Delikatesy Smakosz - Zamówienia", sender, "windows-1250")
    b.reply_to("Magdalena Nowicka", "m.nowicka@smakosz.com.pl", "windows-1250")
    b.to(("", "agnieszka.wojcik@example.com"))
    b.subject("Zamówienie ZAM/2026/10/0412 od Delikatesy Smakosz sp. z o.o.", "windows-1250")
    b.h("X-Mailer", "InsERT nexo (Subiekt nexo PRO 50.1)")
    txt = """Dzień dobry,

w załączeniu przesyłamy zamówienie nr ZAM/2026/10/0412 z dnia 13.10.2026.

Dostawa do: Centrum Dystrybucyjne, ul. Półłanki 64, 30-740 Kraków
Termin dostawy: 27.10.2026, awizacja do godz. 12:00
Warunki płatności: przelew 45 dni

Prosimy o potwierdzenie przyjęcia zamówienia oraz terminu dostawy na adres m.nowicka@smakosz.com.pl.

Wiadomość została wygenerowana automatycznie przez system Subiekt nexo PRO.
Delikatesy Smakosz sp. z o.o., ul. Wielicka 52, 30-552 Kraków
"""
    pdfb = assets.invoice_pdf([
        ("Delikatesy Smakosz sp. z o.o.", 14, True), "ul. Wielicka 52, 30-552 Kraków", "",
        ("Zamówienie ZAM/2026/10/0412", 13, True), "Data: 13.10.2026 · Dostawca: Example Polska sp. z o.o.", "",
        "Lp.  Indeks   Nazwa                                         Ilość (szt.)",
        "1    40211    Pralinki Example selekcja 250 g                    480",
        "2    40318    Czekolada gorzka 85% 100 g                       1 200",
        "3    40502    Mikołaje z czekolady mlecznej 125 g                960",
        "4    40611    Kalendarz adwentowy 220 g                          360", "",
        "Dostawa: Centrum Dystrybucyjne, ul. Półłanki 64, 30-740 Kraków · 27.10.2026 do 12:00",
        "Osoba kontaktowa: Magdalena Nowicka, tel. 12 262 14 80",
    ], title="ZAM/2026/10/0412", creator="Subiekt nexo PRO", producer="Subiekt nexo PRO", created="20261013073001+02'00'")
    b.body(b.mixed(b.text(txt, "windows-1250", "8bit"), b.attach("application/pdf", pdfb, "ZAM_2026_10_0412.pdf")))
    b.meta("Genuine purchase order from a delicatessen chain, generated by its ERP (Subiekt nexo), PDF attached, buyer as Reply-To.",
           "Customer's own mail server, ERP-generated text, plausible items and delivery details, replies go to the named buyer on the same domain; no payment, no link.")


# ---------------------------------------------------------------------------
@register("business", "pl", "zielinski-sloty-awizacja-watek")
def _(b):
    sender = "t.zielinski@partner-logistik.pl"
    b.at(2026, 11, 12, 9, 48, 12, zone="PL").env(sender, "agnieszka.wojcik@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd08", server_prefix="PA4PR08MB", tenant_id="a3c81e5f-27b4-4d0e-9c1a-6f8e2b7d4c90"))
    b.frm("Tadeusz Zieliński", sender, "iso-8859-2")
    b.to(("Agnieszka Wójcik", "agnieszka.wojcik@example.com"), cs="iso-8859-2")
    b.cc(("Frank Zimmermann", "frank.zimmermann@examplegroup.eu"), cs="iso-8859-2")
    b.subject("RE: Awizacja dostaw przed świętami - sloty rozładunkowe KW 48-51", "iso-8859-2")
    b.thread(["<7b41e0c9f25a4d83a6e1b09d2c4f8a31@EXMBX02.corp.example.com>"])
    b.set("Accept-Language", "pl-PL, en-US").set("Content-Language", "pl-PL")
    txt = """Dzień dobry Pani Agnieszko,

dziękuję za prognozę. Potwierdzam sloty rozładunkowe dla dostaw z Kolonii:

KW 48: wtorek i czwartek, 6:00-8:00
KW 49: poniedziałek, środa, piątek, 6:00-8:00
KW 50-51: codziennie 6:00-7:00 (szczyt przedświąteczny, prosimy o punktualność)

Kompletacja zamówień dla sieci delikatesów będzie realizowana na drugiej zmianie, więc zamówienia złożone do 14:00 wyjadą następnego dnia rano.

W razie zmian proszę o informację najpóźniej 48 godzin przed slotem.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
tel. +48 61 817 42 90

Od: Agnieszka Wójcik <agnieszka.wojcik@example.com>
Wysłane: wtorek, 10 listopada 2026 15:22
Do: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
DW: Frank Zimmermann <frank.zimmermann@examplegroup.eu>
Temat: Awizacja dostaw przed świętami - sloty rozładunkowe KW 48-51

Panie Tadeuszu,

przesyłam prognozę dostaw z Kolonii na okres przedświąteczny: w KW 48-49 ok. 6 aut tygodniowo, w KW 50-51 do 10 aut tygodniowo, wszystkie chłodnie. Proszę o potwierdzenie slotów rozładunkowych.

Pozdrawiam
Agnieszka Wójcik
Example Polska sp. z o.o.
"""
    b.body(b.alt(b.text(txt, "iso-8859-2"), b.html(html_outlook(txt, "PL", charset="iso-8859-2"), "iso-8859-2")))
    b.meta("Genuine reply in an ongoing thread with the logistics partner about unloading slots before Christmas.",
           "Real partner tenant (same tenant ID as business 22), In-Reply-To/References to a real internal message, operational content only, no link/attachment/payment. Hard negative for attacks 22 and 25 (thread context without a malicious payload).")


# ---------------------------------------------------------------------------
@register("business", "pl", "laptop-zepsuty-prywatny-gmail")
def _(b):
    name, sender = D.PRIVATE["pawel"]
    b.at(2026, 11, 23, 7, 12, 45, zone="PL").env(sender, "agnieszka.wojcik@example.com")
    b.style = "gmail"
    b.via(infra.gmail(b, zone="PL"))
    b.frm(name, sender)
    b.to(("Agnieszka Wójcik", "agnieszka.wojcik@example.com"))
    b.subject("Laptop nie działa - będę w biurze ok. 10")
    txt = """Cześć Agnieszko,

piszę z prywatnej skrzynki, bo służbowy laptop wczoraj wieczorem przestał się uruchamiać - po aktualizacji Windowsa pokazuje tylko czarny ekran z kursorem. Nie mam dostępu do poczty ani do VPN.

Przywiozę go dziś do biura koło 10:00 i spróbuję złapać Lukasa z IT na Teamsie z komputera w sali konferencyjnej. Jeśli ktoś będzie mnie szukał w sprawie zamknięcia miesiąca, to od 10 jestem na miejscu. Płatności na dziś są zatwierdzone w banku już od piątku.

Pozdrawiam
Paweł
"""
    b.body(b.alt(b.text(txt, "utf-8", "quoted-printable"), b.html(html_gmail(txt), "utf-8", "quoted-printable")))
    b.meta("Colleague writes from his private Gmail that his company laptop broke and he will bring it to the office.",
           "Genuine Gmail infrastructure, personal and consistent details, asks for nothing (no credentials, payments or account changes), will sort it out in person with IT. Hard negative for the free-mail impersonation attacks 05, 15, 29 and 40.")
