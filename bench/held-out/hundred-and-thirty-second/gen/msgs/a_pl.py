"""Attack messages 22-26 (Polish)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

P = C.PLOG


def a22():
    m = mk("22-pl-partner-logistik-przejete-konto-sharepoint", "attack", "pl")
    m.t = local("PL", 2026, 12, 1, 7, 38, 12)
    m.date_zone = "PL"
    m.from_ = P["zielinski"]
    m.to = [C.S("acc_pl")]
    m.cc = [C.S("om_pl")]
    m.rcpt = "krzysztof.nowak@example.com"
    m.subject = "Odp: Magazynowanie elementów stoiska Budma 2027 - faktura FV/2026/11/0412"
    m.hcs = "iso-8859-2"
    m.hmode = "Q"
    prev = "000001db4a11$%s$%s@example.com" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    prev = "%s@EXCH02.corp.example.com" % util.rand_hex(m.r, 32)
    m.refs = ["%s@partner-logistik.pl" % util.uuid4(m.r), prev]
    m.irt = prev
    m.msgid = "000001db63b4$%s$%s@partner-logistik.pl" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    link = ("https://logisticsolutionskrakow-my.sharepoint.com/:b:/g/personal/biuro_logisticsolutions_pl/"
            "EV3kR9mXyQpJtN2w7HcB0aUBsLq8f2GdZx1vKp6yT4rW9g?e=Qm4Zk1")
    paras = ["Dzień dobry Panie Krzysztofie,",
             "w załączeniu przesyłam przez nasz OneDrive korektę do faktury FV/2026/11/0412 (zmiana ilości miejsc "
             "paletowych za listopad: 46 zamiast 52) oraz dokumenty WZ z wydania elementów stoiska na Budmę.",
             "[Korekta FV/2026/11/0412 i dokumenty WZ (PDF, 3 pliki)](%s)" % link,
             "Proszę o akceptację korekty do środy, żeby księgowość mogła ją ująć jeszcze w rozliczeniu VAT za "
             "listopad.",
             "Pozdrawiam"]
    sig = ["Tadeusz Zieliński", "Kierownik magazynu / Dział obsługi klienta", "Partner Logistik sp. z o.o.",
           "ul. Przemysłowa 48A, 62-052 Komorniki", "tel. +48 61 810 44 20"]
    quote = dict(from_="Krzysztof Nowak <krzysztof.nowak@example.com>",
                 date_str=base.quote_date(local("PL", 2026, 11, 30, 15, 47), "pl", "PL"),
                 to="Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", cc="Agnieszka Wójcik <agnieszka.wojcik@example.com>",
                 subject="Magazynowanie elementów stoiska Budma 2027 - faktura FV/2026/11/0412",
                 paras=["Dzień dobry Panie Tadeuszu,",
                        "na fakturze FV/2026/11/0412 za magazynowanie mamy 52 miejsca paletowe, a wg naszego zestawienia "
                        "od 15.11. było ich 46 (część elementów wróciła do Poznania). Czy może Pan to sprawdzić i "
                        "ewentualnie wystawić korektę?",
                        "Pozdrawiam\nKrzysztof Nowak\nGłówny księgowy, Example Group Polska sp. z o.o."])
    body = base.outlook_body(m, paras, sig, quote, "pl", "iso-8859-2", font="Calibri")
    m.root = base.desktop_outlook_bounds(m, body, "01DB63B4")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.homepl, dict(client="outlook", client_ip="194.165.16.44"))
    return finish(m, "Reply in a real invoice thread from the logistics partner's genuine home.pl mailbox "
                     "(compromised): 'corrected invoice and delivery notes via our OneDrive' with a SharePoint link "
                     "belonging to a different, unrelated company.",
                  "Thread hijack with document-share lure: authentic sender (SPF/DKIM pass, home.pl path), context "
                  "copied from the real thread; but Partner Logistik has no Microsoft 365 and the link points to "
                  "another compromised tenant (logisticsolutionskrakow-my.sharepoint.com) whose file leads to a "
                  "credential page; login IP of the webmail session is a hosting address.",
                  phones=["+48 61 810 44 20"])


def a23():
    m = mk("23-pl-ksef-faktura-odrzucona-phishing", "attack", "pl")
    m.t = local("PL", 2026, 12, 9, 9, 12, 40)
    m.date_zone = "PL"
    m.from_ = ("Krajowy System e-Faktur", "powiadomienia@ksef-mf.pl")
    m.to = [(None, "krzysztof.nowak@example.com")]
    m.rcpt = "krzysztof.nowak@example.com"
    m.subject = "KSeF: faktura FA/2026/12/0871 odrzucona - wymagana weryfikacja uprawnień podmiotu"
    dest = "https://ksef-mf.pl/web/logowanie?nip=7792413654&ref=FA-2026-12-0871"
    track = "https://r.ksef-mf.pl/mk/cl/f/sh/%s" % util.rand_alnum(m.r, 40)
    title = "Faktura odrzucona przez Krajowy System e-Faktur"
    paras = ["Szanowni Państwo,",
             "faktura nr **FA/2026/12/0871** wystawiona przez Partner Logistik sp. z o.o. (NIP 7781045230) na rzecz "
             "podmiotu o NIP 7792413654 nie mogła zostać przyjęta do KSeF z powodu wygaśnięcia uprawnień osoby "
             "uprawnionej do odbioru faktur.",
             "Zgodnie z art. 106nd ustawy o VAT, do czasu odnowienia uprawnień faktury ustrukturyzowane nie będą "
             "udostępniane odbiorcy. Prosimy o zalogowanie się do Aplikacji Podatnika KSeF i potwierdzenie "
             "uprawnień w ciągu 72 godzin.",
             "Numer referencyjny: 20261209-SE-4F81C2A07B-9D"]
    footer = ["Ministerstwo Finansów · Krajowa Administracja Skarbowa", "Wiadomość wygenerowana automatycznie – "
              "prosimy na nią nie odpowiadać.", "[Wypisz się](https://r.ksef-mf.pl/mk/un/%s)" % util.rand_alnum(m.r, 30)]
    html = clients.notif_html("KSeF", "#b8142c", title, paras, ("Zaloguj się do Aplikacji Podatnika KSeF", track),
                              footer, "pl", logo_text="Krajowy System e-Faktur · Ministerstwo Finansów")
    text = clients.notif_text(title, paras, ("Zaloguj się do Aplikacji Podatnika KSeF", dest), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="brevo")
    m.extra = [("List-Unsubscribe", "<https://r.ksef-mf.pl/mk/un/%s>" % util.rand_alnum(m.r, 30)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.system = (infra.brevo, dict())
    return finish(m, "'KSeF: invoice rejected, confirm your permissions within 72 h' from ksef-mf.pl via Brevo, "
                     "quoting the company's NIP and the real logistics partner.",
                  "Credential phishing timed to the 2026 KSeF e-invoicing rollout: look-alike of ksef.mf.gov.pl, the "
                  "ministry does not send such mails, Brevo tracking domain, invented legal reference, deadline; "
                  "compare the genuine invoice with KSeF QR in business/22.")


def a24():
    m = mk("24-pl-dpd-doplata-blik", "attack", "pl")
    m.t = local("PL", 2026, 10, 22, 12, 31, 6)
    m.date_zone = "PL"
    m.from_ = ("DPD Polska", "powiadomienia@dpd-przesylki-pl.com")
    m.to = [(None, "agnieszka.wojcik@example.com")]
    m.rcpt = "agnieszka.wojcik@example.com"
    m.subject = "Przesyłka 13825006341727 wstrzymana - wymagana dopłata 6,48 zł"
    url = "https://dpd-przesylki-pl.com/platnosc/13825006341727?k=%s" % util.rand_alnum(m.r, 10)
    title = "Twoja przesyłka czeka na dopłatę"
    paras = ["Dzień dobry,",
             "przesyłka nr **13825006341727** (nadawca: Lieferant GmbH, Bielefeld) została wstrzymana w oddziale "
             "Poznań-Komorniki z powodu niedopłaty za ponadgabarytowy format (rama aluminiowa, dł. 2,50 m).",
             "Kwota do zapłaty: **6,48 zł**. Po zaksięgowaniu płatności BLIK lub kartą przesyłka zostanie doręczona "
             "następnego dnia roboczego.",
             "Jeżeli dopłata nie wpłynie w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy."]
    footer = ["DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa", "Ta wiadomość została wygenerowana "
              "automatycznie."]
    html = clients.notif_html("DPD", "#dc0032", title, paras, ("Opłać przesyłkę", url), footer, "pl",
                              logo_text="DPD Polska")
    text = clients.notif_text(title, paras, ("Opłać przesyłkę", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="mailgun")
    m.system = (infra.mailgun, dict(mg_dom="mg.dpd-przesylki-pl.com"))
    return finish(m, "DPD-style notice: parcel from Lieferant GmbH held for a 6.48 PLN oversize surcharge, pay by "
                     "BLIK or card within 48 h.",
                  "Courier-fee phishing for card/BLIK data; plausible because frames really come from the supplier; "
                  "look-alike domain on Mailgun; DPD does not collect surcharges by e-mail link (compare business/23).")


def a25():
    m = mk("25-pl-zapytanie-ofertowe-img-lnk", "attack", "pl")
    m.t = local("PL", 2026, 11, 16, 8, 57, 30)
    m.date_zone = "PL"
    m.from_ = ("Marek Dąbrowski", "marek.dabrowski.zakupy@gmail.com")
    m.to = [C.S("om_pl")]
    m.rcpt = "agnieszka.wojcik@example.com"
    m.subject = "Zapytanie ofertowe - zabudowa stoiska 96 m2 - Polagra Food 2027"
    paras = ["Dzień dobry,",
             "w imieniu firmy Agro-Smak sp. z o.o. zwracam się z zapytaniem ofertowym na projekt i wykonanie zabudowy "
             "stoiska o powierzchni 96 m² (wyspa, 12 x 8 m) na targach Polagra Food 2027 w Poznaniu.",
             "Specyfikację techniczną, rzut hali i wytyczne graficzne przesyłam w załączniku (obraz płyty – plik jest "
             "duży, otwiera się dwuklikiem w Windows).",
             "Termin składania ofert: 27.11.2026. Proszę o potwierdzenie otrzymania zapytania.",
             "Z poważaniem"]
    sig = ["Marek Dąbrowski", "Dział Zakupów", "Agro-Smak sp. z o.o.", "tel. 604 218 377"]
    iso = containers.make_iso("SPECYFIKACJA", [
        ("Zapytanie ofertowe - specyfikacja.pdf.lnk", "ZAPYTANI.LNK",
         base.inert("Windows shortcut (.lnk) that runs a hidden DLL via rundll32", "Zapytanie ofertowe - specyfikacja.pdf.lnk"), False),
        ("rzut_hali_3A.pdf.lnk", "RZUT_HAL.LNK", base.inert("Windows shortcut (.lnk)", "rzut_hali_3A.pdf.lnk"), False),
        ("data.dll", "DATA.DLL", base.inert("loader DLL (hidden)", "data.dll"), True),
    ], dt=(2026, 11, 16, 7, 40, 0), app_id="IMGBURN")
    ip = att(m, iso, "application/octet-stream", "Zapytanie_ofertowe_Polagra_2027.img", "gmail")
    m.root = base.gmail_body(m, paras, sig, atts=[ip], lang="pl")
    m.system = (infra.gmail, dict())
    return finish(m, "Request for quotation for a 96 m² island stand at Polagra Food 2027 from a Gmail 'purchasing' "
                     "address with a disk image (.img) 'because the specification is large'.",
                  "Malware loader in an ISO/IMG container (bypasses Mark-of-the-Web): visible .pdf.lnk shortcuts plus "
                  "a hidden DLL (inert placeholders); free-mail sender for a company tender; compare the genuine "
                  "tender with a DOCX in business/24.",
                  phones=["604 218 377"])


def a26():
    m = mk("26-pl-wezwanie-przedsadowe-dropbox", "attack", "pl")
    m.t = local("PL", 2026, 10, 29, 14, 20, 18)
    m.date_zone = "PL"
    m.from_ = ("Kancelaria Radcy Prawnego Paweł Sikorski", "kancelaria@sikorski-windykacja.pl")
    m.to = [C.S("acc_pl")]
    m.rcpt = "krzysztof.nowak@example.com"
    m.subject = "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY - sygn. KS/1147/2026 - Example Group Polska sp. z o.o."
    m.hcs = "windows-1250"
    link = ("https://www.dropbox.com/scl/fi/x9k2mv7qzt1rbw4/Wezwanie_KS-1147-2026.zip?rlkey=h7t2wq9sjd0pkz3vyl5mn8cxe"
            "&st=4gk1w9qz&dl=1")
    text = ("Szanowni Państwo,\n\n"
            "działając w imieniu i na rzecz naszego Klienta, na podstawie udzielonego pełnomocnictwa, wzywam do "
            "zapłaty kwoty 38 412,60 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, "
            "wynikającej z niezapłaconych faktur za dostawy materiałów ekspozycyjnych.\n\n"
            "Szczegółowe zestawienie należności, kopie faktur oraz pełnomocnictwo zostały udostępnione w bezpiecznym "
            "archiwum:\n%s\n\n"
            "W przypadku braku zapłaty w terminie 7 dni od dnia otrzymania niniejszego wezwania sprawa zostanie "
            "skierowana na drogę postępowania sądowego (EPU, e-Sąd Lublin), co narazi Państwa na dodatkowe koszty, "
            "oraz zgłoszona do Krajowego Rejestru Długów.\n\n"
            "Z poważaniem\nr.pr. Paweł Sikorski\nKancelaria Radcy Prawnego Paweł Sikorski\nul. Grunwaldzka 186/4, "
            "60-166 Poznań\ntel. 61 307 44 19\n" % link)
    m.root = base.plain_body(m, text, "windows-1250", "quoted-printable")
    m.system = (infra.postfix, dict(host="mail.sikorski-windykacja.pl", ip="51.83.140.27",
                                    rdns="vps-3f9a21c4.vps.ovh.net", client="other", amavis=False,
                                    client_ip="5.253.204.11", dkim_sel="mail"))
    return finish(m, "Pre-litigation payment demand from a 'law office' for PLN 38,412.60 with the 'documents' as a "
                     "ZIP on Dropbox, threat of e-court and debt register.",
                  "Fake legal notice / malware delivery through a real file-sharing platform: no creditor named, "
                  "unknown invoices, Dropbox direct-download ZIP, fear and deadline; freshly registered domain on an "
                  "OVH VPS; compare the genuine payment reminder in business/25.",
                  phones=["61 307 44 19"])


MESSAGES = [a22, a23, a24, a25, a26]
