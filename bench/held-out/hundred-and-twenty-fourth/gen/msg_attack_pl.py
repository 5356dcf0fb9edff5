"""attack/22-26 (Polish)."""

import random

import arch
import docs
import ids
import infra
import kit
import mime
import pdf
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html, gmail_html)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate
from msg_attack_de import lnk_placeholder

PL = ENT["PL"]
PLG = CORR["partner"]


# ------------------------------------------------------------------ 22 ----
@msg("attack", "22", "pl", "ksef-uwierzytelnienie-phishing")
def a22(c):
    r = c.rng
    t = T(2026, 11, 16, 8, 2, 11)
    pk = P("piotr.kowalczyk")
    dom = "e-ksef-mf.pl"
    url = "https://ksef-mf.pl-uwierzytelnienie.com/logowanie?nip=%s&sid=%s" % (PL["nip"], infra.rhex(r, 16))
    text = """Szanowni Państwo,

informujemy, że token uwierzytelniający podmiotu EXAMPLE POLSKA SP. Z O.O. (NIP %s) w Krajowym Systemie e-Faktur (KSeF) wygasa z dniem 20.11.2026 r.

W związku z przejściem na uwierzytelnianie certyfikatami KSeF, po tej dacie wystawianie i odbieranie faktur ustrukturyzowanych przez dotychczasowe integracje (systemy ERP, programy księgowe) nie będzie możliwe. Faktury wystawione poza KSeF będą traktowane jako wystawione z naruszeniem art. 106ga ustawy o VAT.

Aby zachować ciągłość fakturowania, osoba uprawniona powinna potwierdzić dane podmiotu i wygenerować nowy certyfikat, logując się przez login.gov.pl (Profil Zaufany, e-dowód lub bankowość elektroniczna):

%s

Operacja zajmuje około 3 minut. Prosimy jej nie odkładać – w ostatnich dniach przed terminem system może działać z opóźnieniem.

Z poważaniem
Krajowa Administracja Skarbowa
Zespół KSeF

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
""" % (PL["nip"], url)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f2f2f2">'
            '<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#d4213d;height:6px"></td></tr>'
            '<tr><td style="padding:18px 26px;font-size:13px;color:#555"><b style="font-size:18px;color:#1b1b1b">Krajowy System e-Faktur</b><br>Ministerstwo Finansów · Krajowa Administracja Skarbowa</td></tr><tr><td style="padding:6px 26px 20px">' +
            "".join(("<p style=\"text-align:center\"><a href=\"%s\" style=\"background:#0052a5;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px\">Zaloguj się i wygeneruj certyfikat</a></p>" % Eq(url))
                    if p.strip() == url else "<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) +
            '</td></tr></table></body></html>')
    root = kit.alt(infra.rhex(r, 28), text, html, "utf-8", "base64", csname="UTF-8")
    frm = mime.addr("KSeF - Ministerstwo Finansów", "powiadomienia@" + dom, "utf-8", "B")
    s0 = senders.ses(r, t, [], frm, dom, region="eu-central-1")
    ch = [hdr("From", frm), hdr("To", pk[1]),
          hdr("Subject", mime.hdr_text("KSeF: token uwierzytelniający wygasa 20.11.2026 – wymagane działanie", "utf-8", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("Message-ID", s0.ses_msgid), hdr("Date", rfcdate(t, "UTC", "plain"))]
    s = senders.ses(r, t, ch, frm, dom, region="eu-central-1", mailfrom="bounce@mail." + dom)
    H, _, _ = infra.deliver(r, s, pk[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Ministry of Finance / KSeF' warns that the e-invoicing token expires and asks to log in via login.gov.pl to create a certificate.",
                "Phishing tailored to Poland's mandatory e-invoicing (KSeF): look-alike sender domain e-ksef-mf.pl via Amazon SES, legal threat and deadline, 'login.gov.pl' link actually on ksef-mf.pl-uwierzytelnienie.com; the ministry does not send such links.",
                urls=[url])


# ------------------------------------------------------------------ 23 ----
@msg("attack", "23", "pl", "partner-logistik-lookalike-zmiana-rachunku")
def a23(c):
    r = c.rng
    t = T(2026, 12, 1, 12, 44, 6)
    pk = P("piotr.kowalczyk")
    dom = "partner-logistlk.pl"
    new_iban = ids.gen_iban(r, "PL", bank="25300008")
    inv = "FV/2026/11/0457"
    net = 18420.00
    text = """Dzień dobry,

w załączeniu przesyłamy fakturę %s za usługi transportowe i składowanie w listopadzie.

Jednocześnie informujemy, że w związku z połączeniem rachunków w ramach grupy od 1 grudnia 2026 r. zmianie uległ nasz rachunek bankowy. Prosimy o regulowanie wszystkich należności, w tym faktur już wystawionych, wyłącznie na rachunek:

Partner Logistik sp. z o.o.
Nest Bank S.A.
%s

Nowy rachunek został zgłoszony do urzędu skarbowego i w ciągu kilku dni będzie widoczny na białej liście podatników VAT. Do tego czasu prosimy o zapłatę przelewem zwykłym (bez MPP) – w razie potrzeby prześlemy oświadczenie.

Prosimy o potwierdzenie aktualizacji danych w Państwa systemie zwrotną wiadomością.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 12, 62-080 Tarnowo Podgórne
""" % (inv, ids.fmt_iban(new_iban))
    html = outlook_html(text, "pl")
    d = pdf.Doc(title="Faktura " + inv, author="Partner Logistik", creator="Comarch ERP Optima", producer="Comarch ERP Optima 2026.1",
                date=docs.pdfdate(plus(t, -3600)))
    W = 595.28
    d.text(56, 790, "Partner Logistik sp. z o.o.", "F2", 14, color=(0.0, 0.3, 0.55))
    d.text(56, 776, "ul. Składowa 12, 62-080 Tarnowo Podgórne · NIP " + ids.fmt_pl_nip(PLG["nip"]), "F1", 8)
    d.rtext(W - 56, 790, "Faktura VAT " + inv, "F2", 12)
    d.rtext(W - 56, 776, "Data wystawienia: 30.11.2026 · Termin płatności: 14.12.2026", "F1", 8)
    d.text(56, 740, "Nabywca:", "F2", 9)
    for i, ln in enumerate(["Example Polska sp. z o.o.", "ul. Obornicka 229, 60-650 Poznań", "NIP " + ids.fmt_pl_nip(PL["nip"])]):
        d.text(56, 727 - i * 12, ln, "F1", 9)
    y = 670
    d.rect(56, y - 4, W - 112, 15, fill=(0.9, 0.93, 0.97))
    for x, h, al in [(60, "Lp.", "l"), (80, "Nazwa usługi", "l"), (390, "Netto", "r"), (430, "VAT", "r"), (539, "Brutto", "r")]:
        (d.rtext if al == "r" else d.text)(x, y, h, "F2", 8.5)
    y -= 16
    items = [("1", "Transport chłodniczy Poznań – Vechta (DE), 6 kursów", 11700.00, 0),
             ("2", "Składowanie chłodnicze 0/+4 °C, 1 460 palet/doba", 5840.00, 23),
             ("3", "Cross-dock, kompletacja i etykietowanie", 880.00, 23)]
    tot_b = 0
    for lp, nm, n, v in items:
        b = n * (1 + v / 100)
        tot_b += b
        d.text(60, y, lp, "F1", 8.5)
        d.text(80, y, nm, "F1", 8.5)
        d.rtext(390, y, "{:,.2f}".format(n).replace(",", " ").replace(".", ","), "F1", 8.5)
        d.rtext(430, y, ("%d%%" % v) if v else "0% (np.)", "F1", 8.5)
        d.rtext(539, y, "{:,.2f}".format(b).replace(",", " ").replace(".", ","), "F1", 8.5)
        y -= 13
    d.line(56, y + 6, W - 56, y + 6)
    d.text(330, y - 8, "Razem do zapłaty:", "F2", 9)
    d.rtext(539, y - 8, "{:,.2f} PLN".format(tot_b).replace(",", " ").replace(".", ","), "F2", 9)
    d.text(56, y - 40, "Forma płatności: przelew   Bank: Nest Bank S.A.", "F1", 9)
    d.text(56, y - 53, "Rachunek: " + ids.fmt_iban(new_iban), "F2", 9)
    d.text(56, y - 80, "Numer KSeF: w trakcie nadawania", "F1", 8)
    pdfb = d.render()
    b1 = "----=_NextPart_000_%s_01DD6180.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    b2 = "----=_NextPart_001_%s_01DD6180.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(text, "plain", "windows-1250", "quoted-printable")
    hp = mime.text(finish_html(html, "windows-1250"), "html", "windows-1250", "quoted-printable")
    alt = mime.multipart_inline("alternative", [tp, hp], b2)
    att = mime.attachment(pdfb, "application/pdf", "FV_2026_11_0457.pdf", style="plain")
    root = mime.multipart_inline("mixed", [alt, att], b1, preamble="This is a multipart message in MIME format.\r\n")
    frm = mime.addr("Księgowość Partner Logistik", "ksiegowosc@" + dom, "windows-1250", "Q")
    mid = "<000001dd6180$%s$%s@%s>" % (infra.rhex(r, 8), infra.rhex(r, 8), dom)
    ch = [hdr("From", frm), hdr("To", mime.addr("Piotr Kowalczyk", pk[1])),
          hdr("Subject", mime.hdr_text("Faktura %s oraz zmiana rachunku bankowego" % inv, "windows-1250", "Q")),
          hdr("Date", rfcdate(t, "CET")), hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Mailer", "Microsoft Outlook 16.0"), hdr("Content-Language", "pl")]
    s = senders.homepl(r, t, ch, frm, server="cloudserver094285.home.pl", ip="79.96.170.185",
                       client_ip="185.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)), dkim_domain=dom)
    H, _, _ = infra.deliver(r, s, pk[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Partner Logistik' accounting sends the November invoice and announces a new bank account (Nest Bank), asking to pay without split payment until the white list is updated.",
                "Look-alike domain partner-logistlk.pl (l for i) even hosted at the same provider as the real partner (home.pl); new account not on the VAT white list, request to skip split payment (MPP), applies to invoices already issued; real partner invoice (business/22) has a KSeF number and the PKO BP account.",
                ibans=[new_iban], iban_notes={new_iban: "attacker"})


# ------------------------------------------------------------------ 24 ----
@msg("attack", "24", "pl", "e-doreczenia-falszywe-powiadomienie")
def a24(c):
    r = c.rng
    t = T(2026, 10, 27, 13, 19, 58)
    aw = P("agnieszka.wisniewska")
    dom = "e-doreczenia-gov.pl"
    ade = "AE:PL-%05d-%05d-%s-%02d" % (r.randint(10000, 99999), r.randint(10000, 99999), infra.ralnum(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), r.randint(10, 99))
    uid = r.randint(10 ** 7, 4 * 10 ** 7)
    click = senders.sg_click(r, uid)
    text = """Masz nową korespondencję w skrzynce do doręczeń elektronicznych

Adres do doręczeń elektronicznych: %s
Adresat: EXAMPLE POLSKA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ
Nadawca: Zakład Ubezpieczeń Społecznych, Oddział w Poznaniu
Rodzaj: Decyzja w sprawie zaległości z tytułu składek
Termin odbioru: 14 dni

Aby odebrać przesyłkę, zaloguj się do skrzynki:
%s

Jeżeli nie odbierzesz przesyłki w terminie, zostanie ona uznana za doręczoną (doręczenie zastępcze) po upływie 14 dni.

Ta wiadomość została wygenerowana automatycznie. Nie odpowiadaj na nią.
e-Doręczenia – Centralny Ośrodek Informatyki
""" % (ade, click)
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#1b1b1b">'
            '<table width="600" align="center"><tr><td style="border-bottom:2px solid #0052a5;padding:12px 0;font-size:20px;font-weight:bold;color:#0052a5">e-Doręczenia</td></tr><tr><td style="padding:14px 0">' +
            "".join(("<p><a href=\"%s\" style=\"background:#0052a5;color:#fff;padding:10px 22px;text-decoration:none\">Odbierz przesyłkę</a></p>" % Eq(click))
                    if p.strip() == click else "<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) +
            '<img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></td></tr></table></body></html>' % (uid, infra.rb64(r, 40).replace("+", "-").replace("/", "_").replace("=", "")))
    root = kit.alt(infra.rhex(r, 60), text, html, "utf-8", "quoted-printable")
    frm = mime.addr("e-Doręczenia", "powiadomienia@" + dom, "utf-8", "B")
    mid = "<%s@geopod-ismtpd-%d>" % (infra.ralnum(r, 22, senders.ALNUM + "-_"), r.randint(1, 40))
    ch = [hdr("Date", rfcdate(t, "UTC", "pad").replace("+0000", "+0000 (UTC)")), hdr("From", frm), hdr("Mime-Version", "1.0"),
          hdr("Message-ID", mid), hdr("Subject", mime.hdr_text("Nowa korespondencja w skrzynce do doręczeń elektronicznych", "utf-8", "B")),
          hdr("To", aw[1]), ("__CONTENT__", None)]
    s = senders.sendgrid(r, t, ch, frm, dom, em="em5520", uid=uid)
    senders.fix_rcpt(s, aw[1])
    H, _, _ = infra.deliver(r, s, aw[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'e-Doręczenia' notice: a ZUS decision about contribution arrears awaits in the company's e-delivery box; deemed delivered after 14 days.",
                "Fake e-Delivery notification from e-doreczenia-gov.pl (hyphen instead of the real .gov.pl domain) via SendGrid, tracked link to a credential page, legal pressure (deemed delivery); genuine notifications come from e-doreczenia.gov.pl (business/24).")


# ------------------------------------------------------------------ 25 ----
@msg("attack", "25", "pl", "zapytanie-ofertowe-zip-haslo")
def a25(c):
    r = c.rng
    t = T(2026, 11, 24, 9, 3, 47)
    aw = P("agnieszka.wisniewska")
    dom = "agromar-hurt.pl"
    pw = "ZO118"
    text = """Dzień dobry,

w imieniu firmy AGRO-MAR Hurtownia Mięsa sp.j. przesyłamy zapytanie ofertowe nr 118/2026 na dostawy półtusz wieprzowych klasy E oraz elementów (szynka, łopatka, boczek) w I kwartale 2027 r.

Szczegółowa specyfikacja ilościowa i warunki dostaw znajdują się w załączniku. Ze względu na poufność danych plik jest zabezpieczony hasłem: %s

Oferty prosimy składać do 30.11.2026 r.

Pozdrawiam serdecznie
Katarzyna Mazur
Dział Zakupów
AGRO-MAR Hurtownia Mięsa sp.j.
ul. Przemysłowa 8, 64-100 Leszno
tel. 65 529 14 80
""" % pw
    html = gmail_html(text)
    dt = (2026, 11, 24, 8, 57, 10)
    z = arch.make_zip([("Zapytanie_ofertowe_118-2026_specyfikacja.pdf.exe",
                        lnk_placeholder("executable with a PDF icon; would install a remote-access trojan (information stealer)."), dt)],
                      password=pw, rng=r)
    root = kit.gmail(r, text, html, atts=[(z, "application/zip", "Zapytanie_ofertowe_118-2026.zip")])
    frm = mime.addr("Katarzyna Mazur - AGRO-MAR", "zakupy@" + dom)
    s = infra.gmail_send(r, t, frm, [mime.addr("Agnieszka Wiśniewska", aw[1], "utf-8", "B")],
                         mime.hdr_text("Zapytanie ofertowe nr 118/2026 – półtusze i elementy wieprzowe I kw. 2027", "utf-8", "B"),
                         infra.gmail_msgid(r), workspace_domain=dom)
    H, _, _ = infra.deliver(r, s, aw[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "Request for quotation from a Polish meat wholesaler for pork carcasses and cuts in Q1 2027, specification in a password-protected ZIP.",
                "Malware delivery from a hijacked Google Workspace mailbox of a small Polish company (authentication passes): password in the same mail, ZIP contains a .pdf.exe (inert placeholder); a genuine RFQ (business/25) arrives as a normal PDF.",
                zip_password=pw, phones=["65 529 14 80"])


# ------------------------------------------------------------------ 26 ----
@msg("attack", "26", "pl", "helpdesk-vpn-aktualizacja-zdalny-dostep")
def a26(c):
    r = c.rng
    t = T(2026, 11, 27, 15, 33, 2)
    pk = P("piotr.kowalczyk")
    aw = P("agnieszka.wisniewska")
    dom = "example-servicedesk.com"
    inc = "INC%07d" % r.randint(40000, 99999)
    url = "https://download.example-servicedesk.com/vpn/FortiClientVPN_7.4.3_update.msi"
    text = """Dzień dobry,

w związku z krytyczną podatnością w kliencie FortiClient VPN (zgłoszenie %s) dział IT przeprowadza pilną aktualizację na wszystkich laptopach biura w Poznaniu. Aktualizacja automatyczna przez Company Portal nie zadziałała na części urządzeń, dlatego prosimy o ręczną instalację jeszcze dzisiaj:

1. Pobierz pakiet aktualizacji: %s
2. Uruchom plik i potwierdź monit „Zezwól”.
3. Po instalacji uruchom komputer ponownie.

Jeżeli instalacja się nie powiedzie, nasz technik połączy się z Państwem zdalnie przez aplikację Szybka pomoc (Quick Assist) – zadzwoni z numeru +48 22 395 71 40 i poda kod sesji.

Bez aktualizacji dostęp do VPN i SAP zostanie zablokowany od poniedziałku.

Dziękujemy za współpracę
Example Group IT Service Desk
Vechta / Poznań
""" % (inc, url)
    html = '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">' + "".join("<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</body></html>"
    root = kit.alt(infra.rhex(r, 28), text, html, "utf-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Example Group IT Service Desk", "servicedesk@" + dom)
    s0 = senders.ses(r, t, [], frm, dom, region="eu-central-1")
    ch = [hdr("From", frm), hdr("To", "%s, %s" % (mime.addr("Piotr Kowalczyk", pk[1]), mime.addr("Agnieszka Wiśniewska", aw[1], "utf-8", "B"))),
          hdr("Subject", mime.hdr_text("[%s] Pilna aktualizacja klienta VPN – wymagane działanie do końca dnia" % inc, "utf-8", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("Message-ID", s0.ses_msgid), hdr("Date", rfcdate(t, "UTC", "plain")),
          hdr("X-Priority", "1")]
    s = senders.ses(r, t, ch, frm, dom, region="eu-central-1", mailfrom="bounce@mail." + dom)
    H, _, _ = infra.deliver(r, s, pk[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Example Group IT Service Desk' asks the Poznań office to install an urgent FortiClient VPN update from a link and accept a Quick Assist session if it fails.",
                "Help-desk/remote-access pretext from the outside domain example-servicedesk.com (Amazon SES), .msi download from that domain, vishing number for a Quick Assist session, lockout threat; the real IT notice (business/15) says updates are automatic and IT never sends installers.",
                urls=[url], phones=["+48 22 395 71 40"])
