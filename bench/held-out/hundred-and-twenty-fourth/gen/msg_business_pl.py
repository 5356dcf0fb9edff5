"""business/22-26 (Polish)."""

import base64
import hashlib

import docs
import ids
import infra
import kit
import mime
import pdf
import senders
from common import (E, Eq, msg, outlook_html, outlook_reply, quote_block, spec, finish_html, gmail_html)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate

PL = ENT["PL"]
PLG = CORR["partner"]


def pln(x):
    return "{:,.2f}".format(x).replace(",", " ").replace(".", ",")


# ------------------------------------------------------------------ 22 ----
@msg("business", "22", "pl", "partner-logistik-faktura-ksef-qr")
def b22(c):
    r = c.rng
    t = T(2026, 11, 27, 14, 10, 2)
    pk = P("piotr.kowalczyk")
    inv = "FV/2026/11/0441"
    items = [("1", "Transport chłodniczy Poznań – Vechta (DE), 5 kursów, CMR wg zestawienia", 9750.00, 0),
             ("2", "Składowanie chłodnicze 0/+4 °C, 1 312 paletodni", 5248.00, 23),
             ("3", "Cross-dock, kompletacja i etykietowanie, 96 palet", 864.00, 23)]
    net0 = sum(n for (_, _, n, v) in items if v == 0)
    net23 = sum(n for (_, _, n, v) in items if v == 23)
    vat23 = round(net23 * 0.23, 2)
    total = net0 + net23 + vat23
    ksef_no = "%s-20261127-%s-%s" % (PLG["nip"], infra.rhex(r, 12, True), infra.rhex(r, 2, True))
    digest = hashlib.sha256(("%s|%s" % (ksef_no, inv)).encode()).digest()
    h = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    qr = "https://ksef.mf.gov.pl/client-app/invoice/%s/27-11-2026/%s" % (PLG["nip"], h)
    d = pdf.Doc(title="Faktura " + inv, author="Partner Logistik", creator="Comarch ERP Optima", producer="Comarch ERP Optima 2026.1",
                date=docs.pdfdate(plus(t, -600)))
    W = 595.28
    d.text(56, 790, "Partner Logistik sp. z o.o.", "F2", 14, color=(0.0, 0.3, 0.55))
    d.text(56, 776, "ul. Składowa 12, 62-080 Tarnowo Podgórne · NIP " + ids.fmt_pl_nip(PLG["nip"]) + " · tel. +48 61 896 44 10", "F1", 8)
    d.rtext(W - 56, 790, "Faktura VAT " + inv, "F2", 12)
    d.rtext(W - 56, 776, "Data wystawienia: 27.11.2026 · Data wykonania usługi: 30.11.2026", "F1", 8)
    d.text(56, 745, "Sprzedawca:", "F2", 9)
    d.text(320, 745, "Nabywca:", "F2", 9)
    for i, ln in enumerate(["Partner Logistik sp. z o.o.", "ul. Składowa 12", "62-080 Tarnowo Podgórne", "NIP " + ids.fmt_pl_nip(PLG["nip"])]):
        d.text(56, 732 - i * 12, ln, "F1", 9)
    for i, ln in enumerate(["Example Polska sp. z o.o.", "ul. Obornicka 229", "60-650 Poznań", "NIP " + ids.fmt_pl_nip(PL["nip"])]):
        d.text(320, 732 - i * 12, ln, "F1", 9)
    y = 660
    d.rect(56, y - 4, W - 112, 15, fill=(0.9, 0.93, 0.97))
    for x, hd, al in [(60, "Lp.", "l"), (80, "Nazwa usługi", "l"), (400, "Netto", "r"), (445, "VAT", "r"), (539, "Brutto", "r")]:
        (d.rtext if al == "r" else d.text)(x, y, hd, "F2", 8.5)
    y -= 16
    for lp, nm, n, v in items:
        d.text(60, y, lp, "F1", 8)
        d.text(80, y, nm, "F1", 8)
        d.rtext(400, y, pln(n), "F1", 8)
        d.rtext(445, y, "%d%%" % v, "F1", 8)
        d.rtext(539, y, pln(round(n * (1 + v / 100), 2)), "F1", 8)
        y -= 13
    d.line(56, y + 6, W - 56, y + 6)
    for k, v in [("Netto 0% (transport międzynarodowy, art. 83 ust. 1 pkt 23 ustawy o VAT)", pln(net0)),
                 ("Netto 23%", pln(net23)), ("VAT 23%", pln(vat23)), ("Razem do zapłaty PLN", pln(total))]:
        y -= 13
        d.text(200, y, k, "F2" if k.startswith("Razem") else "F1", 8.5)
        d.rtext(539, y, v, "F2" if k.startswith("Razem") else "F1", 8.5)
    y -= 28
    for ln in ["Termin płatności: 11.12.2026, przelew",
               "Bank: PKO Bank Polski S.A.   Rachunek: " + ids.fmt_iban(PLG["iban"]),
               "Mechanizm podzielonej płatności – jeśli dotyczy (kwota > 15 000 PLN brutto, załącznik nr 15).",
               "Numer KSeF: " + ksef_no]:
        d.text(56, y, ln, "F1", 8.5)
        y -= 12
    d.qr(W - 56 - 95, 120, 95, qr)
    d.ctext(W - 56 - 47, 110, "Weryfikacja faktury w KSeF", "F1", 6.5)
    d.ctext(W - 56 - 47, 102, "OFFLINE: nie dotyczy", "F1", 6)
    d.text(56, 60, "Wizualizacja faktury ustrukturyzowanej wystawionej w Krajowym Systemie e-Faktur.", "F1", 7)
    pdfb = d.render()
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury %s wystawionej w KSeF (numer KSeF: %s).
Faktura ustrukturyzowana jest dostępna w Krajowym Systemie e-Faktur.

Kwota do zapłaty: %s PLN, termin płatności: 11.12.2026.
Rachunek bez zmian: PKO Bank Polski, %s

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 12, 62-080 Tarnowo Podgórne
tel. +48 61 896 44 10
""" % (inv, ksef_no, pln(total), ids.fmt_iban(PLG["iban"]))
    root = kit.mixed("----=_NextPart_%s" % infra.rhex(r, 20, True),
                     [mime.text(text, "plain", "iso-8859-2", "quoted-printable", csname="ISO-8859-2", ct_style="bare"),
                      mime.attachment(pdfb, "application/pdf", "FV_2026_11_0441.pdf", style="plain")],
                     preamble="This is a multi-part message in MIME format.")
    frm = mime.addr("Księgowość - Partner Logistik", "ksiegowosc@partner-logistik.pl", "iso-8859-2", "Q", csname="ISO-8859-2")
    mid = "<%s.%s@partner-logistik.pl>" % (t.strftime("%Y%m%d%H%M%S"), infra.rhex(r, 10, True))
    ch = [hdr("Message-ID", mid), hdr("Date", rfcdate(t, "CET")), hdr("From", frm),
          hdr("To", mime.addr("Piotr Kowalczyk", pk[1])),
          hdr("Subject", mime.hdr_text("Faktura %s - Partner Logistik sp. z o.o." % inv, "iso-8859-2", "Q", csname="ISO-8859-2")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "Comarch ERP Optima")]
    host, ip = PLG["relay"]
    s = senders.homepl(r, t, ch, frm, server=host, ip=ip, client_ip="83.%d.%d.%d" % (r.randint(0, 31), r.randint(0, 255), r.randint(1, 254)),
                       dkim_domain="partner-logistik.pl")
    H, _, _ = infra.deliver(r, s, pk[1], dmarc=("pass", "none", "partner-logistik.pl"))
    return spec(H, root,
                "Logistics partner sends the visualisation of a KSeF e-invoice for November transport and cold storage, with the KSeF verification QR code.",
                "Partner's real domain at home.pl (DKIM/SPF/DMARC pass), KSeF number and verification QR pointing to ksef.mf.gov.pl, account unchanged at PKO BP (matches the VAT white list), split-payment note as the law requires.",
                qr=[qr], ibans=[PLG["iban"]], phones=["+48 61 896 44 10"],
                pair=[("23", "Invoice from the logistics partner / account details",
                       "Attack from partner-logistlk.pl wants payment to a new Nest Bank account without split payment; genuine invoice carries a KSeF number and the white-listed PKO BP account."),
                      ("22", "KSeF e-invoicing", "Attack asks to log in to a fake KSeF/login.gov.pl page; genuine only references the KSeF number and the official verification link.")])


# ------------------------------------------------------------------ 23 ----
@msg("business", "23", "pl", "partner-logistik-awizacja-watek")
def b23(c):
    r = c.rng
    t = T(2026, 12, 3, 7, 48, 55)
    t0 = T(2026, 12, 2, 16, 20, 4)
    aw = P("agnieszka.wisniewska")
    md = P("mehmet.yildiz")
    text = """Dzień dobry Pani Agnieszko,

potwierdzam awizację na tydzień 49:

- 07.12 (pon.) 2 auta chłodnie, załadunek Tarnowo Podgórne 6:00, rozładunek Vechta 8.12 rano
- 09.12 (śr.) 1 auto, załadunek 6:00, 22 palety EPAL
- 11.12 (pt.) 2 auta, załadunek 5:30 - proszę o potwierdzenie, bo w Vechcie tego dnia jest inwentaryzacja

Numery rejestracyjne i kierowców prześlę jutro do 12:00, jak zwykle do Pani i do pana Yıldıza.

Pozdrawiam
Tadeusz Zieliński
Partner Logistik sp. z o.o.
tel. +48 61 896 44 12, kom. +48 601 338 412"""
    quoted = """Dzień dobry Panie Tadeuszu,

przesyłam plan odbiorów na tydzień 49 (7-11.12). Proszę o potwierdzenie dostępności aut i godzin załadunku. W piątek 11.12 magazyn w Vechcie przyjmuje tylko do 14:00.

Pozdrawiam
Agnieszka Wiśniewska
Example Polska sp. z o.o."""
    ql = quote_block("pl", "Agnieszka Wiśniewska <agnieszka.wisniewska@example.com>", t0,
                     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "Awizacja tydz. 49", cc="Mehmet Yıldız <mehmet.yildiz@example.com>")
    sig = ""
    plain = text + "\n\n" + "\n".join("%s: %s" % kv for kv in ql) + "\n\n" + quoted + "\n"
    plain = plain.replace("ı", "i")
    html = outlook_html(plain, "pl")
    mid = "<000001dd6331$%s$%s@partner-logistik.pl>" % (infra.rhex(r, 8), infra.rhex(r, 8))
    orig = "<%s@EXCH01.corp.example.com>" % infra.rhex(r, 32)
    b1 = "----=_NextPart_000_%s_01DD6331.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(plain, "plain", "iso-8859-2", "quoted-printable", csname="iso-8859-2")
    hp = mime.text(finish_html(html, "iso-8859-2"), "html", "iso-8859-2", "quoted-printable", csname="iso-8859-2")
    root = mime.multipart_inline("alternative", [tp, hp], b1, preamble="This is a multipart message in MIME format.\r\n")
    frm = mime.addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "iso-8859-2", "Q")
    ch = [hdr("From", frm), hdr("To", mime.addr("Agnieszka Wiśniewska", aw[1], "iso-8859-2", "Q")),
          hdr("Cc", mime.addr("Mehmet Yildiz", md[1])), hdr("References", orig), hdr("In-Reply-To", orig),
          hdr("Subject", mime.hdr_text("ODP: Awizacja tydz. 49", "iso-8859-2", "Q")),
          hdr("Date", rfcdate(t, "CET")), hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Mailer", "Microsoft Outlook 16.0"), hdr("Thread-Index", "AQH" + infra.rb64(r, 24)[:30]), hdr("Content-Language", "pl")]
    host, ip = PLG["relay"]
    s = senders.homepl(r, t, ch, frm, server=host, ip=ip, client_ip="83.%d.%d.%d" % (r.randint(0, 31), r.randint(0, 255), r.randint(1, 254)),
                       dkim_domain="partner-logistik.pl")
    H, _, _ = infra.deliver(r, s, aw[1], dmarc=("pass", "none", "partner-logistik.pl"))
    return spec(H, root,
                "Logistics partner's managing director confirms the trucking schedule for week 49 in reply to the Poznań office.",
                "Reply in a real thread from the partner's own domain at home.pl (DKIM/SPF/DMARC pass), operational content only, known phone numbers, nothing to click or pay.",
                phones=["+48 61 896 44 12", "+48 601 338 412"])


# ------------------------------------------------------------------ 24 ----
@msg("business", "24", "pl", "e-doreczenia-powiadomienie-prawdziwe")
def b24(c):
    r = c.rng
    t = T(2026, 11, 6, 10, 31, 40)
    aw = P("agnieszka.wisniewska")
    ade = "AE:PL-%05d-%05d-%s-%02d" % (r.randint(10000, 99999), r.randint(10000, 99999), infra.ralnum(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), r.randint(10, 99))
    u1 = "https://www.gov.pl/web/e-doreczenia"
    text = """Dzień dobry,

na adres do doręczeń elektronicznych %s (EXAMPLE POLSKA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ) wpłynęła nowa wiadomość.

Nadawca: Pierwszy Urząd Skarbowy Poznań-Winogrady
Data nadania: 06.11.2026 10:29

Aby odczytać wiadomość, zaloguj się do swojej skrzynki do doręczeń elektronicznych przez stronę %s lub w aplikacji mObywatel. W wiadomości e-mail nie przesyłamy treści korespondencji ani załączników.

To powiadomienie zostało wysłane automatycznie. Nie odpowiadaj na nie.

Pozdrawiamy
Zespół e-Doręczeń
""" % (ade, u1)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">' +
            "".join("<p>%s</p>" % E(p).replace("\n", "<br>").replace(E(u1), '<a href="%s">%s</a>' % (u1, u1)) for p in text.strip().split("\n\n")) + "</body></html>")
    root = kit.alt("----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000), text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("e-Doręczenia", "powiadomienia@e-doreczenia.gov.pl", "utf-8", "B", csname="UTF-8")
    mid = "<%d.%d.%d@ade-notify02.e-doreczenia.gov.pl>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7), infra.epoch(t) * 1000)
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("From", frm), hdr("To", aw[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Nowa wiadomość w skrzynce do doręczeń elektronicznych", "utf-8", "B", csname="UTF-8")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("Auto-Submitted", "auto-generated")]
    host, ip = "mx2.e-doreczenia.gov.pl", "192.0.2.118"
    inner = [senders.rec_local_app(r, plus(t, 1), "ade-notify02.e-doreczenia.gov.pl", host, app_ip="10.150.4.22")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="e-doreczenia.gov.pl", selector="s2026", inner=inner, amavis=False,
                            mailfrom="bounce@e-doreczenia.gov.pl")
    H, _, _ = infra.deliver(r, s, aw[1], dmarc=("pass", "reject", "e-doreczenia.gov.pl"))
    return spec(H, root,
                "Genuine e-Delivery (e-Doręczenia) notice that the tax office sent a message to the Polish entity's electronic delivery box.",
                "From e-doreczenia.gov.pl (DKIM/DMARC reject pass), names the company's ADE address and the sending office, no login link — only the general gov.pl page and mObywatel, explicitly no content or attachments in e-mail.",
                urls=[u1],
                pair=[("24", "Polish e-Delivery notifications",
                       "Attack: e-doreczenia-gov.pl via SendGrid with a tracked 'collect' button and deemed-delivery pressure; genuine: gov.pl domain, no direct login link.")])


# ------------------------------------------------------------------ 25 ----
@msg("business", "25", "pl", "klient-zapytanie-ofertowe-pdf")
def b25(c):
    r = c.rng
    t = T(2026, 11, 9, 13, 5, 26)
    aw = P("agnieszka.wisniewska")
    d = docs.letter(title="Zapytanie ofertowe 14/2026", author="Marta Nowicka", creator="Microsoft Word", producer="Microsoft® Word dla Microsoft 365",
                    date=docs.pdfdate(plus(t, -4000)), brand="Delikatesy Smakosz", brand_color=(0.55, 0.1, 0.15), brand_sub="sieć delikatesów Wielkopolski",
                    sender_line="Delikatesy Smakosz sp. z o.o. · ul. Hetmańska 91 · 60-218 Poznań",
                    recipient=["Example Polska sp. z o.o.", "ul. Obornicka 229", "60-650 Poznań"],
                    place_date="Poznań, 09.11.2026", subject="Zapytanie ofertowe nr 14/2026 – mięso wieprzowe, I kwartał 2027",
                    body=["Szanowni Państwo,",
                          "w związku z planowaniem dostaw na I kwartał 2027 r. prosimy o przedstawienie oferty na dostawy do naszego magazynu centralnego w Poznaniu (ul. Hetmańska 91) na poniższe asortymenty:",
                          ("box", [("Schab b/k, pakowany próżniowo", "ok. 2 400 kg / tydzień"), ("Karkówka b/k", "ok. 1 800 kg / tydzień"),
                                   ("Łopatka b/k", "ok. 1 500 kg / tydzień"), ("Boczek surowy z/k", "ok. 900 kg / tydzień")]),
                          "Prosimy o podanie cen netto za kg (franco nasz magazyn), minimalnej ilości zamówienia, terminów dostaw (dni tygodnia) oraz warunków płatności. Wymagamy certyfikatu IFS Food lub BRCGS oraz dokumentów handlowych HDI.",
                          "Oferty prosimy przesyłać do 20.11.2026 r. na adres m.nowicka@smakosz-delikatesy.pl. W razie pytań jestem do dyspozycji pod numerem 61 667 31 24."],
                    closing=["Z poważaniem", "", "Marta Nowicka", "Kierownik Działu Zakupów"],
                    footer=[["Delikatesy Smakosz sp. z o.o.", "ul. Hetmańska 91, 60-218 Poznań"], ["NIP " + ids.fmt_pl_nip(CORR["smakosz"]["nip"]), "KRS 0000456712"]])
    pdfb = d.render()
    text = """Dzień dobry Pani Agnieszko,

jak rozmawiałyśmy na targach w Poznaniu, w załączeniu przesyłam nasze zapytanie ofertowe na I kwartał 2027 (schab, karkówka, łopatka, boczek). Termin na ofertę: 20.11.

Pozdrawiam serdecznie
Marta Nowicka
Kierownik Działu Zakupów
Delikatesy Smakosz sp. z o.o.
tel. 61 667 31 24
"""
    root = kit.gmail(r, text, gmail_html(text), atts=[(pdfb, "application/pdf", "Zapytanie_ofertowe_14-2026_Smakosz.pdf")])
    frm = mime.addr("Marta Nowicka", "m.nowicka@smakosz-delikatesy.pl")
    s = infra.gmail_send(r, t, frm, [mime.addr("Agnieszka Wiśniewska", aw[1], "utf-8", "B")],
                         mime.hdr_text("Zapytanie ofertowe 14/2026 – wieprzowina I kw. 2027", "utf-8", "B"), infra.gmail_msgid(r),
                         workspace_domain="smakosz-delikatesy.pl")
    H, _, _ = infra.deliver(r, s, aw[1], dmarc=("pass", "quarantine", "smakosz-delikatesy.pl"))
    return spec(H, root,
                "Polish delicatessen chain sends a request for quotation (PDF) for pork cuts in Q1 2027, after meeting at a trade fair.",
                "Known customer's Google Workspace domain (DKIM/DMARC pass), follows a personal contact, ordinary PDF without password, realistic volumes and requirements (IFS/BRCGS).",
                phones=["61 667 31 24"],
                pair=[("25", "Request for quotation with attachment",
                       "Attack sends a password-protected ZIP with a .pdf.exe from a hijacked wholesaler mailbox; genuine RFQ is a plain PDF from a known customer.")])


# ------------------------------------------------------------------ 26 ----
@msg("business", "26", "pl", "helpdesk-zgloszenie-rozwiazane-wewnetrzne")
def b26(c):
    r = c.rng
    t = T(2026, 11, 30, 9, 12, 7)
    pk = P("piotr.kowalczyk")
    tid = r.randint(4400, 4999)
    url = "https://servicedesk.example.com/front/ticket.form.php?id=%d" % tid
    text = """Dzień dobry Piotrze,

Twoje zgłoszenie zostało rozwiązane.

Zgłoszenie: #%d
Tytuł: Brak połączenia VPN po aktualizacji FortiClient (laptop PL-NB-0217)
Status: Rozwiązane
Technik: Lukas Hoffmann

Rozwiązanie:
Po weekendowej aktualizacji do wersji 7.4.3 profil VPN nie został zmigrowany. Profil został ponownie wdrożony przez Intune; połączenie sprawdzone zdalnie w ramach zgłoszenia, które sam otworzyłeś (sesja Quick Assist rozpoczęta przez Ciebie o 08:51).

Jeśli problem nadal występuje, odpowiedz na tę wiadomość lub otwórz zgłoszenie ponownie w portalu:
%s

--
Example Group IT Service Desk
tel. wewn. 444 / +49 4441 9270-444
""" % (tid, url)
    root = kit.single(text, "plain", "utf-8", "8bit", csname="UTF-8", ct_style="quoted")
    frm = mime.addr("Example Group IT Service Desk", "servicedesk@example.com")
    mid = "<GLPI_%s-%d-%d@servicedesk.example.com>" % (infra.rhex(r, 13), tid, infra.epoch(t))
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("To", mime.addr("Piotr Kowalczyk", pk[1])), hdr("From", frm),
          hdr("Reply-To", "servicedesk@example.com"), hdr("Subject", mime.hdr_text("[GLPI #%07d] Zgłoszenie rozwiązane: Brak połączenia VPN po aktualizacji FortiClient" % tid, "utf-8", "B")),
          hdr("Message-ID", mid), hdr("X-Mailer", "GLPI"), hdr("Auto-Submitted", "auto-generated"), hdr("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders._sent("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", plus(t, 2), "servicedesk@example.com", infra.TLS12)
    s.headers = [infra.raw("Received", "from glpi01.corp.example.com (glpi01.corp.example.com [10.20.4.31])\r\n\tby mail-int01.example.com (Postfix) with ESMTP id %s;\r\n\t%s" %
                           (infra.postfix_qid(r), rfcdate(plus(t, 1), "CET", "postfix")))] + ch
    H, _, _ = infra.deliver(r, s, pk[1], ar=False)
    return spec(H, root,
                "Internal GLPI service-desk notification: the Polish accountant's VPN ticket has been resolved.",
                "Internal ticket system via mail-int01, refers to a ticket the user opened himself, technician from the staff list, link to the internal service-desk host, remote session started by the user.",
                urls=[url], phones=["+49 4441 9270-444"],
                pair=[("26", "IT help-desk / VPN update",
                       "Attack: outside domain, download link to an .msi and an unsolicited Quick Assist session; genuine: internal ticket the user opened, fix pushed by Intune.")])
